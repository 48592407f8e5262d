import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DateTime } from 'luxon';
import type { AppEnv } from '../../app-env.js';
import { renderPage } from '../../views/page.js';
import type { AuditAction } from '../accounts/audit.js';
import { forbid } from '../membership/guards.js';
import { canLeadGroup, canManageLeaders } from '../membership/policies.js';
import { changeGroupState, STATE_CHANGES, type StateChange, stateChangesFor } from './commands.js';
import { auditGroup, formBody, leading, one, requireLeading } from './guard.js';
import type { LeadText } from './messages/index.js';
import { CloseForm, EndConfirm } from './views/pages.js';

const AUDITED: Record<StateChange, AuditAction> = {
  publish: 'group.published',
  unpublish: 'group.unpublished',
  close: 'group.closed',
  reopen: 'group.reopened',
  end: 'group.ended',
};

/**
 * The date a closing leader expects to meet again: empty (they do not know), or a real date
 * from tomorrow to two years ahead in the group's own zone. Anything else is an error message.
 */
export function parseReopensOn(
  value: string,
  zone: string,
  m: LeadText,
  now = new Date(),
): { ok: true; date: string | null } | { ok: false; error: string } {
  const text = value.trim();
  if (!text) return { ok: true, date: null };
  const date = DateTime.fromISO(text, { zone });
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !date.isValid) {
    return { ok: false, error: m.close.errors.invalid };
  }
  if (date <= today) return { ok: false, error: m.close.errors.past };
  if (date > today.plus({ years: 2 })) return { ok: false, error: m.close.errors.far };
  return { ok: true, date: text };
}

/** Publishing, closing (with the expected reopening), reopening and ending a group. */
export function stateRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/lead/:slug/end', requireLeading(canManageLeaders, 'ownerOnly'), async (c) => {
    const lead = leading(c);
    const name = lead.stored.input.name;
    return renderPage(
      c,
      { title: lead.m.overview.endTitle(name) },
      <EndConfirm m={lead.m} slug={lead.access.slug} name={name} />,
    );
  });

  app.get('/lead/:slug/close', requireLeading(canLeadGroup), async (c) => {
    const lead = leading(c);
    if (!stateChangesFor(lead.access.published, lead.access.status).includes('close')) {
      return c.redirect(`/lead/${lead.access.slug}`, 303);
    }
    const name = lead.stored.input.name;
    return renderPage(
      c,
      { title: lead.m.close.title(name) },
      <CloseForm m={lead.m} slug={lead.access.slug} name={name} />,
    );
  });

  app.post('/lead/:slug/state', requireLeading(canLeadGroup), async (c) => {
    const body = await formBody(c);
    const change = one(body.change) as StateChange;
    const ending = change === 'end';
    const { access, viewer, m, stored } = leading(c);
    // Any leader may close or reopen; only the owner may end the group.
    if (ending && !canManageLeaders(viewer, access)) forbid(c, 'ownerOnly');
    if (
      !STATE_CHANGES.includes(change) ||
      !stateChangesFor(access.published, access.status).includes(change)
    ) {
      throw new HTTPException(400);
    }
    if (ending && one(body.confirm) !== 'yes') return c.redirect(`/lead/${access.slug}/end`, 303);
    let reopensOn: string | null = null;
    if (change === 'close') {
      const zone = stored.input.schedules[0]?.timezone ?? c.var.deps.config.defaultTimezone;
      const value = one(body.reopens_on);
      const parsed = parseReopensOn(value, zone, m);
      if (!parsed.ok) {
        const name = stored.input.name;
        return renderPage(
          c,
          { title: m.close.title(name), status: 422 },
          <CloseForm m={m} slug={access.slug} name={name} value={value} error={parsed.error} />,
        );
      }
      reopensOn = parsed.date;
    }
    await changeGroupState(c.var.deps.database.db, access.groupId, change, reopensOn);
    await auditGroup(c, viewer, AUDITED[change], access.groupId);
    return c.redirect(`/lead/${access.slug}?done=${change}`, 303);
  });

  return app;
}
