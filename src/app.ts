import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { routePath } from 'hono/route';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import { onError, onNotFound } from './app/errors.js';
import { groupPageRoutes, showGroupPage } from './app/group-page.js';
import { shellPage } from './app/shell.js';
import type { AppDeps, AppEnv } from './app-env.js';
import { accountRoutes } from './features/accounts/account-routes.js';
import { authRoutes } from './features/accounts/auth-routes.js';
import { professionalRoutes } from './features/accounts/professional-routes.js';
import { sessionMiddleware } from './features/accounts/session.js';
import { adminRoutes } from './features/admin/routes.js';
import { attendingRoutes } from './features/attending/routes.js';
import { boardDataOf, releasePostsOf } from './features/boards/account-data.js';
import { moderationRoutes } from './features/boards/moderation-routes.js';
import { boardPostRoutes } from './features/boards/post-routes.js';
import { boardRoutes } from './features/boards/routes.js';
import { boardAlertSource } from './features/boards/safety-source.js';
import { compareRoutes } from './features/compare/routes.js';
import { crisisRoutes } from './features/crisis/routes.js';
import { directoryApi } from './features/directory/api.js';
import { apiDocsRoutes } from './features/directory/api-docs.js';
import { directoryRoutes } from './features/directory/routes.js';
import { FEED_CHECK_PATH, feedCheckRoutes } from './features/feeds/routes.js';
import { guideRoutes } from './features/guide/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { homeRoutes } from './features/home/routes.js';
import { hsdsRoutes } from './features/hsds/routes.js';
import { languageRoutes } from './features/language/routes.js';
import { leadingRoutes } from './features/leading/routes.js';
import { rateLimit } from './features/limits/rate-limit.js';
import { outboxRoutes } from './features/mail/outbox-routes.js';
import { UNSUBSCRIBE_PATH } from './features/mail/unsubscribe-token.js';
import { measureDataOf } from './features/measures/account-data.js';
import { measureRoutes } from './features/measures/routes.js';
import { measureAlertSource } from './features/measures/safety-source.js';
import { meetingGuideFeedRoutes } from './features/meeting-guide/feed-routes.js';
import {
  FEED_UPLOAD_LIMIT_BYTES,
  FEED_UPLOAD_PATH,
  feedUploadRoutes,
} from './features/meeting-guide/upload-routes.js';
import {
  deleteAccountLeavingGroups,
  membershipDataOf,
} from './features/membership/account-deletion.js';
import { membershipRoutes } from './features/membership/routes.js';
import { applicationAlertSource } from './features/membership/safety-source.js';
import { notesDataOf } from './features/notes/account-data.js';
import { notesRoutes } from './features/notes/routes.js';
import { unreadCountOf } from './features/notifications/queries.js';
import { notificationRoutes } from './features/notifications/routes.js';
import { organisationAdminRoutes } from './features/organisations/admin-routes.js';
import { feedsSection, organisationFeedRoutes } from './features/organisations/feed-routes.js';
import { organisationManageRoutes } from './features/organisations/manage-routes.js';
import { organisationRoutes } from './features/organisations/routes.js';
import { resourceRoutes } from './features/resources/routes.js';
import { roomReportRoutes } from './features/rooms/reports.js';
import { roomRoutes } from './features/rooms/routes.js';
import { roomAlertSource } from './features/rooms/safety-source.js';
import { safetyRoutes } from './features/safety/routes.js';
import { styleguideRoutes } from './features/styleguide/routes.js';
import { planRoutes } from './features/therapists/plan-routes.js';
import { therapistRoutes } from './features/therapists/routes.js';
import { threadRoutes } from './features/threads/routes.js';
import { threadAlertSource } from './features/threads/safety-source.js';
import { zoneRoutes } from './features/zones/routes.js';
import { zoneMiddleware } from './features/zones/zone.js';
import { localeMiddleware } from './i18n/locale.js';
import { isLocale } from './i18n/locales.js';
import { refuseNul } from './lib/no-nul.js';

export type { AppDeps } from './app-env.js';

const YEAR = 31_536_000;

/** The CSP source for map tiles: "https://{s}.tile.example/..." becomes "https://*.tile.example". */
function tileOrigin(template: string): string {
  return (template.match(/^https:\/\/[^/]+/)?.[0] ?? "'none'").replace(/\{s\}/g, '*');
}

/** Pages (as opposed to assets, probes and the JSON API) know the viewer and their language. */
const isPage = (path: string) =>
  !(
    path.startsWith('/assets/') ||
    path.startsWith('/api/') ||
    path === '/healthz' ||
    path === '/readyz' ||
    path === '/metrics'
  );

/** Build the whole app from its dependencies. The server and every test call this. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { config, logger, metrics } = deps;

  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('shell', shellPage);
    await next();
  });
  // Our own id for every request: a client's X-Request-Id is never adopted into our logs, where
  // it could pose as another request's or carry text of the client's choosing.
  app.use(requestId({ headerName: '' }));
  app.use(async (c, next) => {
    c.header('X-Request-Id', c.var.requestId);
    await next();
  });

  // One line per request, and metrics by route pattern: never the URL itself.
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = c.res.status === 404 ? 'unmatched' : routePath(c);
    metrics?.observe(c.req.method, route, c.res.status, seconds);
    const quiet = route === '/healthz' || route === '/readyz' || route === '/metrics';
    logger[quiet ? 'debug' : 'info'](
      {
        requestId: c.var.requestId,
        method: c.req.method,
        route,
        status: c.res.status,
        ms: Math.round(seconds * 10_000) / 10,
      },
      'request',
    );
  });

  // The same headers everywhere; only pages get a fresh script nonce (the JSON API and assets
  // run no script, and making one costs a random draw per request).
  const headersFor = (scriptSrc: (string | typeof NONCE)[]) =>
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc,
        styleSrc: ["'self'"],
        // Map tiles come from the configured tile server.
        imgSrc: ["'self'", 'data:', tileOrigin(config.map.tileUrl)],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      // Sent below, and only over HTTPS: browsers ignore it on plain HTTP anyway, and a
      // developer on http://localhost should not pin HTTPS for that host.
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
      xFrameOptions: 'DENY',
      permissionsPolicy: { camera: [], microphone: [], geolocation: ['self'] },
    });
  const withNonce = headersFor(["'self'", NONCE]);
  const withoutNonce = headersFor(["'self'"]);
  app.use((c, next) =>
    (c.req.path.startsWith('/api/v1/') || c.req.path.startsWith('/assets/')
      ? withoutNonce
      : withNonce)(c, next),
  );
  app.use(async (c, next) => {
    await next();
    const forwarded = config.trustProxy ? c.req.header('x-forwarded-proto') : undefined;
    const https = new URL(c.req.url).protocol === 'https:' || forwarded === 'https';
    if (https) c.header('Strict-Transport-Security', `max-age=${YEAR}; includeSubDomains`);
  });

  // The language comes first, so that even a refused request (too large, another site's form)
  // is answered in the viewer's language. Assets, probes and the API speak English.
  const siteLanguage = config.defaultLocale.split('-')[0];
  const locale = localeMiddleware(isLocale(siteLanguage) ? siteLanguage : 'en');
  app.use(async (c, next) => {
    c.set('viewer', null);
    if (isPage(c.req.path)) return locale(c, next);
    c.set('locale', 'en');
    await next();
  });

  app.use(compress({ threshold: 1024 }));
  // No message of our own: the error page says it in the viewer's language.
  const tooLarge = () => {
    throw new HTTPException(413);
  };
  const formLimit = bodyLimit({ maxSize: config.bodyLimitBytes, onError: tooLarge });
  // A Meeting Guide feed upload may be larger than any form.
  const feedLimit = bodyLimit({ maxSize: FEED_UPLOAD_LIMIT_BYTES, onError: tooLarge });
  // A GET, HEAD or OPTIONS request has no body we read; asking for one would make the Node
  // adapter build a whole web Request, a tenth of the search API's CPU (issue 13's benchmark).
  const bodiless = new Set(['GET', 'HEAD', 'OPTIONS']);
  app.use((c, next) =>
    bodiless.has(c.req.method)
      ? next()
      : (c.req.path === FEED_UPLOAD_PATH || c.req.path === FEED_CHECK_PATH ? feedLimit : formLimit)(
          c,
          next,
        ),
  );

  // Forms may only be posted from our own pages (Origin check; cookies are SameSite too).
  // One exception: an unsubscribe link's POST. Mail apps send RFC 8058's one-click request
  // (`List-Unsubscribe=One-Click`) from their own servers, with no Origin or Sec-Fetch-Site
  // header, so the check would refuse every one. The signed token in the path is what
  // authorises it (not a cookie), so a forged cross-site post gains nothing a link does not.
  const sameOrigin = csrf(config.publicUrl ? { origin: config.publicUrl } : undefined);
  app.use((c, next) =>
    c.req.method === 'POST' && UNSUBSCRIBE_PATH.test(c.req.path) ? next() : sameOrigin(c, next),
  );

  app.use(refuseNul());

  app.use(
    '/api/*',
    // Every API request: counted in memory, shared in batches (ADR 18), never waiting on a write.
    rateLimit({
      bucket: 'api.address',
      limit: config.apiRateLimit,
      windowMs: 60_000,
      batched: true,
    }),
  );

  app.get('/assets/:file', (c) => {
    const asset = deps.assets.byUrl.get(c.req.path);
    if (!asset) return c.notFound();
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', `public, max-age=${YEAR}, immutable`);
    c.header('ETag', asset.etag);
    c.header('Vary', 'Accept-Encoding');
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304);
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      c.header('Content-Encoding', 'gzip');
      return c.body(asset.gzip);
    }
    return c.body(asset.body);
  });

  // Who is asking: not needed for assets, probes or the public API.
  const session = sessionMiddleware({ unreadCount: unreadCountOf });
  app.use((c, next) => (isPage(c.req.path) ? session(c, next) : next()));
  const zone = zoneMiddleware();
  app.use((c, next) => (isPage(c.req.path) ? zone(c, next) : next()));

  app.route('/', healthRoutes());
  app.route('/', authRoutes());
  app.route(
    '/',
    accountRoutes({
      // Boards' part runs first, in the deletion's own transaction (the person's choice of posts).
      deleteAccount: (deps, id, ip, choices) =>
        deleteAccountLeavingGroups(deps, id, ip, (tx) => releasePostsOf(tx, id, choices.posts)),
      exportData: async (deps, id) => ({
        ...(await membershipDataOf(deps, id)),
        ...(await boardDataOf(deps, id)),
        ...(await measureDataOf(deps, id)),
        ...(await notesDataOf(deps, id)),
      }),
    }),
  );
  app.route('/', notificationRoutes());
  app.route('/', threadRoutes());
  app.route('/', roomRoutes());
  app.route('/', roomReportRoutes());
  app.route('/', boardRoutes());
  app.route('/', therapistRoutes());
  app.route('/', organisationAdminRoutes());
  app.route('/', organisationFeedRoutes());
  app.route('/', organisationManageRoutes(feedsSection));
  app.route('/', organisationRoutes());
  app.route('/', planRoutes());
  app.route('/', notesRoutes());
  app.route('/', boardPostRoutes());
  app.route('/', moderationRoutes());
  app.route('/', measureRoutes());
  app.route(
    '/',
    safetyRoutes({
      application: applicationAlertSource,
      thread_message: threadAlertSource,
      room_message: roomAlertSource,
      board_post: boardAlertSource,
      measure_response: measureAlertSource,
    }),
  );
  app.route('/', outboxRoutes());
  app.route('/', styleguideRoutes());
  app.route('/', feedUploadRoutes());
  app.route('/', feedCheckRoutes());
  app.route('/', professionalRoutes());
  app.route('/', adminRoutes());
  app.route('/', homeRoutes());
  app.route('/', languageRoutes());
  app.route('/', zoneRoutes());
  app.route('/', crisisRoutes());
  app.route('/', compareRoutes());
  app.route('/', guideRoutes());
  app.route('/', resourceRoutes());
  app.route('/', directoryRoutes());
  app.route('/', groupPageRoutes());
  app.route('/', membershipRoutes({ groupPage: showGroupPage }));
  app.route('/', attendingRoutes());
  app.route('/', leadingRoutes());
  app.route('/', directoryApi());
  app.route('/', meetingGuideFeedRoutes());
  app.route('/', hsdsRoutes());
  app.route('/', apiDocsRoutes());

  app.onError(onError);
  app.notFound(onNotFound);
  return app;
}

export type App = ReturnType<typeof createApp>;
