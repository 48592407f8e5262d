// Loaded on the pages that show meeting times (a group's page, search, /my). Tells the server the browser's time zone once, in a cookie, so every
// later page shows times in it (features/zones). If this very page showed times in another
// zone, because the server could not know yet, it is loaded again, once.

const COOKIE = 'gw_tz';

function browserZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const hasCookie = () => document.cookie.split('; ').some((p) => p.startsWith(`${COOKIE}=`));

if (!hasCookie()) {
  const zone = browserZone();
  if (zone && /^[A-Za-z0-9_+\-/]{1,64}$/.test(zone)) {
    const secure = window.location.protocol === 'https:' ? '; Secure' : '';
    // A plain cookie on purpose: the Cookie Store API is missing from browsers we serve.
    // biome-ignore lint/suspicious/noDocumentCookie: see above
    document.cookie = `${COOKIE}=${zone}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
    // Only when the cookie took (a browser may refuse it) and only once per tab, so a page can
    // never reload itself in a loop.
    const shown = [...document.querySelectorAll<HTMLElement>('[data-times]')].map(
      (e) => e.dataset.times,
    );
    const reloaded = sessionStorage.getItem('gw_tz_reloaded') === '1';
    if (hasCookie() && !reloaded && shown.some((z) => z && z !== zone)) {
      sessionStorage.setItem('gw_tz_reloaded', '1');
      window.location.reload();
    }
  }
}
