import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { groups, listingReports } from '../../db/schema/index.js';
import { renderPage } from '../../views/page.js';
import { notifyLeaders } from '../notifications/notify.js';
import { directoryText } from './messages/index.js';

// Problems are reported by field and worded in the page's language below.
const reportForm = z.object({
  problem: z.enum(['time', 'place', 'closed', 'other']),
  details: z.string().trim().max(1000).default(''),
  // The honeypot: people never see it, naive bots fill it in.
  website: z.string().optional(),
});

/** "Report outdated information": anyone may send one; administrators read them. */
export async function reportListing(c: Context<AppEnv>) {
  const slug = c.req.param('slug') ?? '';
  const { db } = c.var.deps.database;
  const [group] = await db
    .select({ id: groups.id })
    .from(groups)
    .where(eq(groups.slug, slug))
    .limit(1);
  const m = directoryText(c.var.locale);
  if (!group) throw new HTTPException(404, { message: m.group.notFound });
  const parsed = reportForm.safeParse(await c.req.parseBody());
  if (!parsed.success) {
    const t = m.report;
    const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    return renderPage(
      c,
      { title: t.errorTitle, status: 400 },
      <section>
        <h1>{t.errorHeading}</h1>
        <ul>
          {fields.has('problem') ? <li>{t.invalidProblem}</li> : null}
          {fields.has('details') ? <li>{t.tooLong}</li> : null}
        </ul>
        <p>
          <a href={`/groups/${slug}#report`}>{t.back}</a>
        </p>
      </section>,
    );
  }
  if (!parsed.data.website) {
    const { problem, details } = parsed.data;
    await db.transaction(async (tx) => {
      await tx.insert(listingReports).values({ groupId: group.id, problem, details });
      // The leaders hear of it too (administrators read the details in /admin).
      await notifyLeaders(tx, { kind: 'listing_reported', groupId: group.id });
    });
  }
  return c.redirect(`/groups/${slug}?reported=1#report`, 303);
}
