import type { Child } from 'hono/jsx';
import { accountText } from '../features/accounts/messages/index.js';
import { canSeeAdminLink } from '../features/accounts/policies.js';
import type { Viewer } from '../features/accounts/viewer.js';
import { type CrisisRegion, crisisRegionFor } from '../features/crisis/crisis-lines.js';
import { notificationText } from '../features/notifications/messages/index.js';
import { zoneText } from '../features/zones/messages/index.js';
import { zoneLabel } from '../features/zones/zone.js';
import { localeOf, regionOf } from '../i18n/locale.js';
import { LOCALES, type Locale } from '../i18n/locales.js';
import { Icon } from '../views/icon.js';
import { type ShellText, shellText } from '../views/messages/index.js';
import type { Shell } from '../views/page.js';

/**
 * Header links; a feature adds its entry here when it lands. All are in the menu; `wide` ones
 * are also laid out in the header on screens wide enough for them.
 */
const NAV: { href: string; key: keyof ShellText['nav']; wide?: true }[] = [
  { href: '/', key: 'home' },
  { href: '/groups', key: 'groups', wide: true },
  { href: '/therapists', key: 'therapists' },
  { href: '/orgs', key: 'organisations' },
  { href: '/guide', key: 'guide', wide: true },
  { href: '/compare', key: 'compare', wide: true },
  { href: '/resources', key: 'resources', wide: true },
  { href: '/crisis', key: 'crisis' },
];

type LayoutProps = {
  title: string;
  description?: string;
  lang: Locale;
  path: string;
  /** Path and query of this page: where the language switcher comes back to. */
  here: string;
  viewer: Viewer | null;
  /** The viewer's time zone, when known (features/zones). */
  zone?: string;
  stylesheet: string;
  extraStylesheets: string[];
  scripts: string[];
  nonce?: string;
  crisis: CrisisRegion;
  children?: Child;
};

/** Which zone times are in, and the way to change it, on every page (no script needed). */
function ZoneLine({ lang, zone, here }: { lang: Locale; zone?: string; here: string }) {
  const t = zoneText(lang);
  const href = here === '/time-zone' ? '/time-zone' : `/time-zone?next=${encodeURIComponent(here)}`;
  return (
    <p>
      {zone ? t.current(zoneLabel(zone, lang)) : t.unknown}{' '}
      <a href={href}>{zone ? t.change : t.choose}</a>
    </p>
  );
}

/**
 * The crisis line, in the header so it never scrolls out of reach: a button that dials the
 * region's line (or opens /crisis where there is no one number), and on wider screens the
 * banner's sentence too. On a phone the crisis page is in the menu.
 */
export function CrisisBanner({ crisis, lang }: { crisis: CrisisRegion; lang: Locale }) {
  const t = shellText(lang);
  const { call, show, text } = crisis.banner;
  return (
    <aside class="crisis-banner" aria-label={t.crisisLabel}>
      <a href="/crisis" class="crisis-banner__link">
        {text[lang]}
      </a>
      {call ? (
        <a href={`tel:${call}`} class="crisis-banner__call">
          <Icon name="phone" />
          <span class="crisis-banner__verb">{t.call} </span>
          {show ?? call}
        </a>
      ) : (
        <a href="/crisis" class="crisis-banner__call crisis-banner__call--page">
          {t.nav.crisis}
        </a>
      )}
    </aside>
  );
}

/**
 * A plain form so it works without JavaScript; the cookie it sets outranks Accept-Language.
 * Each language is named in itself, so a person who reads only that one can find it.
 */
function LanguageSwitch({ lang, here }: { lang: Locale; here: string }) {
  return (
    <form
      class="language-switch"
      method="post"
      action="/language"
      aria-label={shellText(lang).language}
    >
      <input type="hidden" name="next" value={here} />
      {LOCALES.map((code) => (
        <button
          type="submit"
          name="lang"
          value={code}
          lang={code}
          class="link-button"
          aria-current={code === lang ? 'true' : undefined}
        >
          {shellText(code).languageName}
        </button>
      ))}
    </form>
  );
}

/** A header link, marked as the current page where it is. */
function NavItem({ href, path, label }: { href: string; path: string; label: string }) {
  return (
    <li>
      <a href={href} aria-current={href === path ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
}

/** The bell: a count of unread notices, said in words for screen readers. */
function NotificationsLink({ viewer, lang, path }: { viewer: Viewer; lang: Locale; path: string }) {
  const m = notificationText(lang);
  const n = viewer.unreadNotifications ?? 0;
  return (
    <li>
      <a href="/notifications" aria-current={path === '/notifications' ? 'page' : undefined}>
        {m.title}
        {n > 0 ? (
          <span class="count">
            {n > 99 ? '99+' : n}
            <span class="visually-hidden"> {m.unreadWord}</span>
          </span>
        ) : null}
      </a>
    </li>
  );
}

const ACCOUNT_PAGES =
  /^\/(sign-in|sign-up|sign-out|verify-email|forgot-password|reset-password)(\/|$)/;

function AccountLinks({
  viewer,
  lang,
  path,
  here,
}: {
  viewer: Viewer | null;
  lang: Locale;
  path: string;
  /** This page's path and query, when it was fetched with GET. */
  here?: string;
}) {
  const a = accountText(lang);
  if (!viewer) {
    // Signing in (or up) from a page comes back to it; from the account pages themselves, or
    // home, there is nowhere better than the default.
    const back = here && !ACCOUNT_PAGES.test(path) && path !== '/' ? here : undefined;
    const href = back ? `/sign-in?next=${encodeURIComponent(back)}` : '/sign-in';
    return (
      <li>
        <a href={href} aria-current={path === '/sign-in' ? 'page' : undefined}>
          {a.nav.signIn}
        </a>
      </li>
    );
  }
  return (
    <>
      <NavItem href="/my" path={path} label={a.nav.my} />
      <NavItem href="/lead" path={path} label={a.nav.lead} />
      <NotificationsLink viewer={viewer} lang={lang} path={path} />
      <NavItem href="/account" path={path} label={a.nav.account} />
      {canSeeAdminLink(viewer) ? <NavItem href="/admin" path={path} label={a.nav.admin} /> : null}
      <li>
        <form method="post" action="/sign-out" class="sign-out">
          <button type="submit" class="link-button">
            {a.signOut}
          </button>
        </form>
      </li>
    </>
  );
}

/**
 * The menu: a disclosure, so it opens without JavaScript. It holds every link, the account's
 * and the language switcher; on a wide screen the links already in the header are left out.
 */
function Menu(props: LayoutProps) {
  const t = shellText(props.lang);
  const unread = props.viewer?.unreadNotifications ?? 0;
  return (
    <details class="menu">
      <summary class="header-action">
        <Icon name="menu" />
        <span class="header-action__label">{t.menu}</span>
        {unread > 0 ? (
          <span class="count count--dot">
            <span class="visually-hidden">{t.unread(unread)}</span>
          </span>
        ) : null}
      </summary>
      <div class="menu__panel">
        <nav aria-label={t.menuNav}>
          <ul>
            {NAV.map((item) => (
              <li class={item.wide ? 'menu__narrow' : undefined}>
                <a href={item.href} aria-current={item.href === props.path ? 'page' : undefined}>
                  {t.nav[item.key]}
                </a>
              </li>
            ))}
          </ul>
          <ul>
            <AccountLinks
              viewer={props.viewer}
              lang={props.lang}
              path={props.path}
              here={props.here}
            />
          </ul>
        </nav>
        <LanguageSwitch lang={props.lang} here={props.here} />
      </div>
    </details>
  );
}

export function Layout(props: LayoutProps) {
  const t = shellText(props.lang);
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title === t.brand ? props.title : `${props.title} · ${t.brand}`}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={props.stylesheet} />
        {props.extraStylesheets.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        {props.scripts.map((src) => (
          <script type="module" src={src} nonce={props.nonce} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.skipLink}
        </a>
        <header class="site-header">
          <a class="brand" href="/">
            <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <circle cx="10" cy="12" r="5" />
              <circle cx="22" cy="12" r="5" />
              <path d="M3 27a7 7 0 0 1 14 0zm12 0a7 7 0 0 1 14 0z" />
            </svg>
            <span class="brand__name">{t.brand}</span>
          </a>
          <nav class="site-nav" aria-label={t.mainNav}>
            <ul>
              {NAV.filter((item) => item.wide).map((item) => (
                <NavItem href={item.href} path={props.path} label={t.nav[item.key]} />
              ))}
            </ul>
          </nav>
          <a
            class="header-action header-find"
            href="/groups"
            aria-current={props.path === '/groups' ? 'page' : undefined}
          >
            <Icon name="search" />
            <span class="header-action__label">{t.find}</span>
          </a>
          <CrisisBanner crisis={props.crisis} lang={props.lang} />
          <Menu {...props} />
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>{t.footer.about}</p>
          <ZoneLine lang={props.lang} zone={props.zone} here={props.here} />
          <p>
            <a href="/crisis">{t.footer.crisis}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}

/**
 * The site's shell around a page's body: renderPage(c, page, body) in any feature reaches it
 * through c.var.shell, set for every request (so error pages have it too) in app.ts.
 */
export const shellPage: Shell = (c, page, body) => {
  const { assets } = c.var.deps;
  const url = new URL(c.req.url);
  // Error pages can be drawn before the locale and session middleware ran.
  const lang = localeOf(c);
  const html = (
    <Layout
      title={page.title}
      description={page.description}
      lang={lang}
      path={c.req.path}
      here={c.req.method === 'GET' ? `${url.pathname}${url.search}` : url.pathname}
      viewer={c.var.viewer ?? null}
      zone={c.var.zone}
      stylesheet={assets.url('styles.css')}
      // Never after a POST: reloading that page would send the form again.
      scripts={[
        ...(page.times && c.req.method === 'GET' ? ['zone.js'] : []),
        ...(page.scripts ?? []),
      ].map((name) => assets.url(name))}
      extraStylesheets={(page.styles ?? []).map((name) => assets.url(name))}
      nonce={c.var.secureHeadersNonce}
      crisis={crisisRegionFor(regionOf(c))}
    >
      {body}
    </Layout>
  );
  return c.html(`<!doctype html>${html}`, page.status ?? 200);
};
