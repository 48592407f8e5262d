import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { groups, listingReports } from '../../db/schema/index.js';
import { renderPage } from '../../views/layout.js';

const reportForm = z.object({
  problem: z.enum(['time', 'place', 'closed', 'other'], {
    error: () => 'Choose what is wrong from the list.',
  }),
  details: z
    .string()
    .trim()
    .max(1000, 'Please keep the details under 1,000 characters.')
    .default(''),
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
  if (!group) throw new HTTPException(404, { message: 'There is no group at this address.' });
  const parsed = reportForm.safeParse(await c.req.parseBody());
  if (!parsed.success) {
    return renderPage(
      c,
      { title: 'Check your report', status: 400 },
      <section>
        <h1>We could not take that report</h1>
        <ul>
          {parsed.error.issues.map((i) => (
            <li>{i.message}</li>
          ))}
        </ul>
        <p>
          <a href={`/groups/${slug}#report`}>Back to the group</a>
        </p>
      </section>,
    );
  }
  if (!parsed.data.website) {
    await db.insert(listingReports).values({
      groupId: group.id,
      problem: parsed.data.problem,
      details: parsed.data.details,
    });
  }
  return c.redirect(`/groups/${slug}?reported=1#report`, 303);
}
