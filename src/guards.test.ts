import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardPolicy } from './lib/guard-mark.js';
import { createTestApp } from './test/harness.js';

// Issue 14: one guard style. Every route is either public by design (listed here, with why) or
// has a guard (requireViewer, requireAdmin, requireGroup, requireLeading) registered before its
// handler. A new route that is neither fails this test.
const PUBLIC: Record<string, string> = {
  'GET /assets/:file': 'static assets',
  'GET /healthz': 'liveness probe',
  'GET /therapists': 'finding a therapist: listed, verified profiles only',
  'GET /therapists/:slug': 'a listed therapist’s public profile',
  'GET /readyz': 'readiness probe',
  'GET /metrics': 'metrics, refused unless enabled and asked with the token',
  'GET /sign-up': 'creating an account',
  'POST /sign-up': 'creating an account',
  'GET /verify-email': 'the link in the confirmation mail',
  'POST /verify-email': 'the link in the confirmation mail',
  'POST /verify-email/resend': 'asking for the mail again (rate-limited)',
  'GET /sign-in': 'signing in',
  'POST /sign-in': 'signing in',
  'GET /sign-in/two-factor': 'the second step, bound to the first by a signed cookie',
  'POST /sign-in/two-factor': 'the second step, bound to the first by a signed cookie',
  'POST /sign-out': 'signing out (does nothing without a session)',
  'GET /forgot-password': 'asking for a reset link',
  'POST /forgot-password': 'asking for a reset link',
  'GET /reset-password': 'the reset link',
  'POST /reset-password': 'the reset link',
  'GET /dev/outbox': 'the development outbox: never in production, local requests only',
  'GET /dev/styleguide': 'the design system’s examples: never in production, holds no secrets',
  'GET /': 'home',
  'POST /language': 'choosing a language',
  'GET /time-zone': 'choosing a time zone',
  'POST /time-zone': 'choosing a time zone',
  'GET /crisis': 'crisis lines',
  'GET /compare': 'support groups and group therapy compared',
  'GET /guide': 'the choosing guide',
  'POST /guide': 'the choosing guide',
  'GET /resources': 'articles',
  'GET /resources/:slug': 'articles',
  'GET /groups': 'the directory',
  'GET /groups/:file': 'a published group’s public calendar',
  'GET /groups/:slug': 'a group’s page (what it shows is decided by membership policies)',
  'POST /groups/:slug/report': 'reporting a listing (rate-limited)',
  'GET /tools/feed-check': 'the Meeting Guide feed checker, open to anyone',
  'POST /tools/feed-check': 'checking a feed (rate-limited; nothing is saved)',
  'GET /calendar/:file': 'a private calendar feed: the secret token in the path is the key',
  'GET /unsubscribe/:token': 'one-click unsubscribe: the signed token is the key',
  'POST /unsubscribe/:token': 'one-click unsubscribe: the signed token is the key',
  'GET /api/v1/groups': 'the public directory API',
  'GET /api/v1/map': 'the public directory API',
  'GET /api/v1/groups/:slug': 'the public directory API',
  'GET /api/v1/meeting-guide.json': 'the public Meeting Guide feed',
  'GET /api/v1/topics': 'the public directory API',
  'GET /api/v1/openapi.json': 'the API’s description',
  'GET /api/docs': 'the API’s documentation',
  'GET /orgs': 'organisation accounts, public',
  'GET /orgs/:slug': 'an organisation’s public page',
  'GET /orgs/:slug/meeting-guide.json': 'an organisation’s public Meeting Guide feed',
  'GET /hsds': 'the public HSDS API (published listings only)',
  'GET /hsds/': 'the public HSDS API (published listings only)',
  'GET /hsds/services': 'the public HSDS API (published listings only)',
  'GET /hsds/services/:id': 'the public HSDS API (published listings only)',
  'GET /hsds/organizations': 'the public HSDS API (published listings only)',
  'GET /hsds/organizations/:id': 'the public HSDS API (published listings only)',
  'GET /hsds/service_at_locations': 'the public HSDS API (published listings only)',
  'GET /hsds/service_at_locations/:id': 'the public HSDS API (published listings only)',
};

/** `/groups/:slug{[a-z0-9-]+}/join` as `/groups/:slug/join`. */
const plain = (path: string) => path.replace(/\{(?:[^{}]|\{[^{}]*\})*\}/g, '');

/** Whether middleware registered at `pattern` (Hono's `*` wildcard) runs for `path`. */
const covers = (pattern: string, path: string) =>
  new RegExp(
    `^${plain(pattern)
      .replace(/[.+?^$()[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')}$`,
  ).test(plain(path));

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Each endpoint (not middleware) with the guards registered before its handler. */
function endpoints() {
  const routes = t.app.routes;
  const out = new Map<string, string[]>();
  routes.forEach((route, i) => {
    // `app.use` registers for every method; endpoints name theirs.
    if (route.method === 'ALL' || guardPolicy(route.handler)) return;
    const key = `${route.method} ${plain(route.path)}`;
    const guards = routes
      .slice(0, i)
      .filter(
        (r) =>
          guardPolicy(r.handler) &&
          (r.method === route.method || r.method === 'ALL') &&
          covers(r.path, route.path),
      )
      .map((r) => guardPolicy(r.handler)!);
    out.set(key, [...(out.get(key) ?? []), ...guards]);
  });
  return out;
}

describe('the route table', () => {
  it('has a guard on every route that is not public by design', () => {
    const unguarded = [...endpoints()]
      .filter(([key, guards]) => guards.length === 0 && !(key in PUBLIC))
      .map(([key]) => key);
    expect(unguarded).toEqual([]);
  });

  it('lists as public only routes that exist and have no guard', () => {
    const found = endpoints();
    for (const key of Object.keys(PUBLIC)) {
      expect(found.has(key), `${key} is listed as public but is not a route`).toBe(true);
      expect(found.get(key), `${key} is listed as public but has a guard`).toEqual([]);
    }
  });

  it('names the policy each guard checks', () => {
    const found = endpoints();
    expect(found.get('GET /account')).toEqual(['canManageAccount']);
    expect(found.get('POST /admin/accounts/:id/role')).toEqual([
      'canUseAdmin',
      'canModerateAccount',
    ]);
    expect(found.get('GET /lead/:slug/people')).toEqual(['canSeeRoster']);
    expect(found.get('POST /admin/import')).toEqual(['canUseAdmin']);
  });
});
