import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { publicOrigin } from '../../lib/public-origin.js';
import { loadSupportGroupsForExport } from '../directory/export-query.js';
import { toMeetingGuideFeed } from './export.js';

/**
 * Weekly support groups as a Meeting Guide feed, beside the public API (whose CORS and ETag
 * middleware cover /api/v1/*); docs/meeting-guide.md says what the format cannot carry
 * (monthly and fortnightly schedules, therapy groups).
 */
export function meetingGuideFeedRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/api/v1/meeting-guide.json', async (c) => {
    const { database } = c.var.deps;
    const groups = await loadSupportGroupsForExport(database.db);
    const origin = publicOrigin(c);
    const { records, skipped } = toMeetingGuideFeed(
      groups.map((g) => ({ ...g, url: `${origin}/groups/${g.slug}` })),
      { baseUrl: origin },
    );
    c.header('Cache-Control', 'public, max-age=300');
    c.header('X-Skipped-Groups', String(skipped.length));
    return c.json(records);
  });
  return app;
}
