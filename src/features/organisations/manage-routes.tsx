import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../../app-env.js';
import { publicOrigin } from '../../lib/public-origin.js';
import { renderPage } from '../../views/page.js';
import { signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import type { OrgAccess } from './access.js';
import {
  addGroup,
  contactKey,
  releaseGroup,
  setContactPublic,
  updateOrganisation,
} from './commands.js';
import { parseDetails } from './form.js';
import { orgAccess, requireOrg } from './guard.js';
import { type OrgText, orgText } from './messages/index.js';
import {
  changeRole,
  createInvite,
  type PeopleOutcome,
  removePerson,
  setShowProfile,
} from './people.js';
import { canEditOrganisation, canManageOrganisation, canShowProfileThere } from './policies.js';
import {
  groupsToAdd,
  groupWithContacts,
  managedGroupsOf,
  peopleOf,
  publishedContactKeys,
} from './queries.js';
import { DetailsForm } from './views/forms.js';
import { ContactsPage, ManagePage } from './views/manage.js';

/**
 * What an organisation's owners and editors do (docs/organisations.md): its groups, people,
 * details and published contacts. Feeds hand their section in (feedsSection), so this file
 * does not know how feeds work.
 */

type Notice = keyof OrgText['manage']['notices'] | 'joined';
const SLUG = '{[a-z0-9-]{1,80}}';
const GROUP = '{[a-z0-9-]{1,120}}';
const USER = '{[A-Za-z0-9_-]{1,64}}';

const form = async (c: Context<AppEnv>) =>
  (await c.req.parseBody({ all: true })) as Record<string, string | string[]>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const back = (c: Context<AppEnv>, done: Notice) =>
  c.redirect(`/orgs/${orgAccess(c).slug}/manage?done=${done}`, 303);
const peopleNotice = (outcome: PeopleOutcome, ok: Notice): Notice =>
  outcome === 'last_owner' ? 'lastOwner' : ok;

export type FeedsSection = (c: Context<AppEnv>, org: OrgAccess) => Promise<Child>;

export function organisationManageRoutes(feedsSection?: FeedsSection) {
  const app = new Hono<AppEnv>();
  const editor = requireOrg(canEditOrganisation);
  const owner = requireOrg(canManageOrganisation, 'ownersOnly');

  const managePage = async (c: Context<AppEnv>, inviteLink: string | null = null) => {
    const viewer = signedIn(c);
    const org = orgAccess(c);
    const t = orgText(c.var.locale);
    const { db } = c.var.deps.database;
    const people = await peopleOf(db, org.id);
    const done = c.req.query('done') as Notice | undefined;
    const notice =
      done === 'joined'
        ? t.invite.joined
        : done && done in t.manage.notices
          ? t.manage.notices[done]
          : null;
    return renderPage(
      c,
      { title: t.manage.title(org.name) },
      <ManagePage
        ctx={{
          t,
          locale: c.var.locale,
          viewerId: viewer.id,
          professional: canShowProfileThere(viewer, org),
        }}
        org={org}
        groups={await managedGroupsOf(db, org.id)}
        toAdd={await groupsToAdd(db, viewer.id)}
        people={people}
        showProfile={people.some((p) => p.user_id === viewer.id && p.show_profile)}
        notice={notice}
        inviteLink={inviteLink}
        feeds={feedsSection ? await feedsSection(c, org) : undefined}
      />,
    );
  };

  app.get(`/orgs/:slug${SLUG}/manage`, editor, (c) => managePage(c));

  app.get(`/orgs/:slug${SLUG}/details`, owner, (c) => {
    const t = orgText(c.var.locale);
    const org = orgAccess(c);
    return renderPage(
      c,
      { title: t.form.editTitle },
      <DetailsForm
        t={t}
        action={`/orgs/${org.slug}/details`}
        value={{ name: org.name, kind: org.kind, url: org.url ?? '', description: org.description }}
        errors={{}}
        editing
      />,
    );
  });

  app.post(`/orgs/:slug${SLUG}/details`, owner, async (c) => {
    const t = orgText(c.var.locale);
    const org = orgAccess(c);
    const parsed = parseDetails(await form(c), t);
    const again = (errors: Record<string, string>, status: 400 | 409) =>
      renderPage(
        c,
        { title: t.form.editTitle, status },
        <DetailsForm
          t={t}
          action={`/orgs/${org.slug}/details`}
          value={parsed.value}
          errors={errors}
          editing
        />,
      );
    if (!parsed.ok) return again(parsed.errors, 400);
    const saved = await updateOrganisation(
      c.var.deps.database.db,
      signedIn(c),
      org,
      parsed.value,
      ipOf(c),
    );
    if (!saved.ok) return again({ name: t.form.takenClaimed }, 409);
    return back(c, 'saved');
  });

  app.post(`/orgs/:slug${SLUG}/people/invite`, owner, async (c) => {
    const role = one((await form(c)).role) === 'owner' ? 'owner' : 'editor';
    const token = await createInvite(
      c.var.deps.database.db,
      signedIn(c),
      orgAccess(c),
      role,
      ipOf(c),
    );
    c.header('Cache-Control', 'no-store');
    return managePage(c, `${publicOrigin(c)}/orgs/invite/${token}`);
  });

  app.post(`/orgs/:slug${SLUG}/people/:user${USER}/role`, owner, async (c) => {
    const role = one((await form(c)).role) === 'owner' ? 'owner' : 'editor';
    const outcome = await changeRole(
      c.var.deps.database.db,
      signedIn(c),
      orgAccess(c),
      c.req.param('user'),
      role,
      ipOf(c),
    );
    if (outcome === 'not_found') throw new HTTPException(404);
    return back(c, peopleNotice(outcome, 'roleChanged'));
  });

  app.post(`/orgs/:slug${SLUG}/people/:user${USER}/remove`, owner, async (c) => {
    const outcome = await removePerson(
      c.var.deps.database.db,
      signedIn(c),
      orgAccess(c),
      c.req.param('user'),
      ipOf(c),
    );
    if (outcome === 'not_found') throw new HTTPException(404);
    return back(c, peopleNotice(outcome, 'removed'));
  });

  app.post(`/orgs/:slug${SLUG}/leave`, editor, async (c) => {
    const viewer = signedIn(c);
    const org = orgAccess(c);
    const outcome = await removePerson(c.var.deps.database.db, viewer, org, viewer.id, ipOf(c));
    if (outcome === 'last_owner') return back(c, 'lastOwner');
    return c.redirect(`/orgs/${org.slug}`, 303);
  });

  app.post(
    `/orgs/:slug${SLUG}/profile`,
    requireOrg(canShowProfileThere, 'professionalsOnly'),
    async (c) => {
      const viewer = signedIn(c);
      await setShowProfile(
        c.var.deps.database.db,
        viewer,
        orgAccess(c),
        one((await form(c)).show) === 'on',
      );
      return back(c, 'saved');
    },
  );

  app.post(`/orgs/:slug${SLUG}/groups`, editor, async (c) => {
    const added = await addGroup(
      c.var.deps.database.db,
      signedIn(c),
      orgAccess(c),
      one((await form(c)).group),
      ipOf(c),
    );
    return back(c, added ? 'added' : 'notAdded');
  });

  app.post(`/orgs/:slug${SLUG}/groups/:group${GROUP}/release`, editor, async (c) => {
    const released = await releaseGroup(
      c.var.deps.database.db,
      signedIn(c),
      orgAccess(c),
      c.req.param('group'),
      ipOf(c),
    );
    return back(c, released ? 'released' : 'notReleased');
  });

  /** One of the organisation's groups with its imported contacts (private unless published). */
  const contactsOf = async (c: Context<AppEnv>) => {
    const org = orgAccess(c);
    const { db } = c.var.deps.database;
    const group = await groupWithContacts(db, org.id, c.req.param('group') ?? '');
    if (!group) throw new HTTPException(404, { message: orgText(c.var.locale).errors.notFound });
    const published = await publishedContactKeys(db, group.id);
    return {
      org,
      group,
      contacts: group.contacts.map((x) => ({
        ...x,
        key: contactKey(x),
        published: published.has(contactKey(x)),
      })),
    };
  };

  app.get(`/orgs/:slug${SLUG}/groups/:group${GROUP}/contacts`, editor, async (c) => {
    const t = orgText(c.var.locale);
    const { org, group, contacts } = await contactsOf(c);
    return renderPage(
      c,
      { title: t.contacts.title(group.name) },
      <ContactsPage t={t} org={org} group={group} contacts={contacts} />,
    );
  });

  app.post(`/orgs/:slug${SLUG}/groups/:group${GROUP}/contacts`, editor, async (c) => {
    const { org, group, contacts } = await contactsOf(c);
    const body = await form(c);
    const key = one(body.key);
    // Only a contact the group has now: a key from an old page or another group changes nothing.
    if (!contacts.some((x) => x.key === key)) throw new HTTPException(404);
    await setContactPublic(
      c.var.deps.database.db,
      signedIn(c),
      org,
      group.id,
      key,
      one(body.publish) === 'yes',
      ipOf(c),
    );
    return c.redirect(`/orgs/${org.slug}/groups/${group.slug}/contacts`, 303);
  });

  return app;
}
