import type { Config } from './config.js';
import type { DbHandle } from './db/client.js';
import type { Auth } from './features/accounts/auth.js';
import type { Viewer } from './features/accounts/viewer.js';
import type { Board } from './features/boards/guard.js';
import type { SearchIndex } from './features/directory/search-index.js';
import type { Geocoder } from './features/geo/index.js';
import type { Leading } from './features/leading/guard.js';
import type { Limits } from './features/limits/limits.js';
import type { Mailer } from './features/mail/mailer.js';
import type { GroupAccess } from './features/membership/access.js';
import type { OrgAccess } from './features/organisations/access.js';
import type { Room } from './features/rooms/guard.js';
import type { Locale } from './i18n/locales.js';
import type { Assets } from './lib/assets.js';
import type { Logger } from './lib/logger.js';
import type { Metrics } from './lib/metrics.js';
import type { Shell } from './views/page.js';

/** What the app is built from: the server and the tests hand in the same things. */
export type AppDeps = {
  config: Config;
  database: DbHandle;
  logger: Logger;
  assets: Assets;
  geocoder: Geocoder;
  /** The directory's in-memory search read-model (ADR 14), built before the app serves. */
  searchIndex: SearchIndex;
  auth: Auth;
  mailer: Mailer;
  /** Abuse limits, counted where every instance sees them (ADR 18). */
  limits: Limits;
  /** Present only when metrics are enabled. */
  metrics?: Metrics;
};

/** Per-request values set by middleware, typed for every router. */
export type AppEnv = {
  Variables: {
    requestId: string;
    secureHeadersNonce?: string;
    deps: AppDeps;
    /** The site's header and footer around a page (app/shell.tsx); features call renderPage. */
    shell: Shell;
    locale: Locale;
    /** The signed-in person, or null. */
    viewer: Viewer | null;
    /** The viewer's time zone when known (features/zones): browser, choice or profile. */
    zone?: string;
    /** Set by requireGroup: the viewer's standing in the group in the path (groupAccess(c)). */
    access?: GroupAccess;
    /** Set by requireLeading: the same, with the listing as stored (leading(c)). */
    lead?: Leading;
    /** Set by requireRoom: the viewer, the group and its room's open session (room(c)). */
    room?: Room;
    /** Set by requireBoard: the viewer, the group and their standing on its board (board(c)). */
    board?: Board;
    /** Set by requireOrg: the organisation in the path and the viewer's role in it (orgAccess(c)). */
    org?: OrgAccess;
    /** Set when this request's session was just ended (inactivity, lifetime, disabled). */
    sessionEnded?: 'idle' | 'lifetime' | 'disabled';
  };
};
