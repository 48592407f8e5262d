import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../app-env.js';
import { type CrisisRegion, crisisRegionForLocale } from '../features/crisis/crisis-lines.js';

/** Header links; a feature adds its entry here when it lands. */
const NAV: { href: string; label: string }[] = [
  { href: '/', label: 'Home' },
  { href: '/groups', label: 'Find a group' },
  { href: '/crisis', label: 'Crisis help' },
];

type LayoutProps = {
  title: string;
  description?: string;
  lang: string;
  path: string;
  stylesheet: string;
  extraStylesheets: string[];
  scripts: string[];
  nonce?: string;
  crisis: CrisisRegion;
  children?: Child;
};

export function CrisisBanner({ crisis }: { crisis: CrisisRegion }) {
  return (
    <aside class="crisis-banner" aria-label="Crisis help">
      <a href="/crisis" class="crisis-banner__link">
        {crisis.banner.text}
      </a>
      {crisis.banner.call ? (
        <a href={`tel:${crisis.banner.call}`} class="crisis-banner__call">
          Call now
        </a>
      ) : null}
    </aside>
  );
}

export function Layout(props: LayoutProps) {
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title === 'Gatherwell' ? props.title : `${props.title} · Gatherwell`}</title>
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
          Skip to main content
        </a>
        <CrisisBanner crisis={props.crisis} />
        <header class="site-header">
          <a class="brand" href="/">
            Gatherwell
          </a>
          <nav aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li>
                  <a href={item.href} aria-current={item.href === props.path ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>
            Gatherwell lists peer support groups and group therapy. It does not give medical advice.
            If you are in danger, call your local emergency number.
          </p>
          <p>
            <a href="/crisis">Crisis help</a>
          </p>
        </footer>
      </body>
    </html>
  );
}

/** Render a full page in the site layout, with the locale and assets of this request. */
export function renderPage(
  c: Context<AppEnv>,
  page: {
    title: string;
    description?: string;
    status?: ContentfulStatusCode;
    /** Logical names of client modules this page is enhanced by. */
    scripts?: string[];
    /** Logical names of stylesheets those modules need. */
    styles?: string[];
  },
  body: Child,
) {
  const { config, assets } = c.var.deps;
  const locale = config.defaultLocale;
  const html = (
    <Layout
      title={page.title}
      description={page.description}
      lang={locale.split('-')[0] ?? 'en'}
      path={c.req.path}
      stylesheet={assets.url('styles.css')}
      scripts={(page.scripts ?? []).map((name) => assets.url(name))}
      extraStylesheets={(page.styles ?? []).map((name) => assets.url(name))}
      nonce={c.var.secureHeadersNonce}
      crisis={crisisRegionForLocale(locale)}
    >
      {body}
    </Layout>
  );
  return c.html(`<!doctype html>${html}`, page.status ?? 200);
}
