import type { Child } from 'hono/jsx';
import type { Locale } from '../../../i18n/locales.js';
import { plainDateOf } from '../../../shared/schedule/format.js';
import { Notice, PostButton } from '../../../views/forms.js';
import type { ContactInput } from '../../directory/model.js';
import type { OrgAccess } from '../access.js';
import type { OrgText } from '../messages/index.js';
import type { ManagedGroupRow, OrgPerson } from '../queries.js';

/** An organisation's own pages: its groups, feeds and people (/orgs/{slug}/manage). */

type Ctx = { t: OrgText; locale: Locale; viewerId: string; professional: boolean };

function GroupsTable({
  ctx,
  org,
  groups,
}: {
  ctx: Ctx;
  org: OrgAccess;
  groups: ManagedGroupRow[];
}) {
  const m = ctx.t.manage;
  if (groups.length === 0) return <p>{m.noGroups}</p>;
  return (
    <table class="table-stack">
      <caption class="visually-hidden">{m.groups}</caption>
      <thead>
        <tr>
          <th scope="col">{m.group}</th>
          <th scope="col">{m.state}</th>
          <th scope="col">{m.origin}</th>
          <th scope="col">{m.actions}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr>
            <td data-label={m.group}>
              <a href={`/groups/${g.slug}`}>{g.name}</a>
            </td>
            <td data-label={m.state}>
              {ctx.t.groupKinds[g.kind]} ·{' '}
              {g.published ? (m.states[g.status as 'active'] ?? g.status) : m.draft}
            </td>
            <td data-label={m.origin}>
              {g.from_source ? m.fromSource(g.source_name ?? '') : m.added}
            </td>
            <td data-label={m.actions}>
              {g.led ? m.ledByLeaders : <a href={`/lead/${g.slug}/edit`}>{m.edit}</a>}
              {g.contacts > 0 ? (
                <>
                  {' · '}
                  <a href={`/orgs/${org.slug}/groups/${g.slug}/contacts`}>
                    {m.contacts(g.contacts)}
                  </a>
                </>
              ) : null}
              {g.from_source ? null : (
                <PostButton
                  action={`/orgs/${org.slug}/groups/${g.slug}/release`}
                  label={m.release}
                  secondary
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function People({ ctx, org, people }: { ctx: Ctx; org: OrgAccess; people: OrgPerson[] }) {
  const m = ctx.t.manage;
  const owner = org.role === 'owner';
  return (
    <table class="table-stack">
      <caption class="visually-hidden">{m.people}</caption>
      <thead>
        <tr>
          <th scope="col">{m.name}</th>
          <th scope="col">{m.role}</th>
          <th scope="col">{m.since}</th>
          {owner ? <th scope="col">{m.actions}</th> : null}
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr>
            <td data-label={m.name}>
              {p.name}
              {p.user_id === ctx.viewerId ? ` (${m.you})` : ''}
            </td>
            <td data-label={m.role}>{m.roles[p.role]}</td>
            <td data-label={m.since}>
              {plainDateOf(new Date(p.since).toISOString().slice(0, 10), ctx.locale)}
            </td>
            {owner ? (
              <td data-label={m.actions}>
                <PostButton
                  action={`/orgs/${org.slug}/people/${p.user_id}/role`}
                  fields={{ role: p.role === 'owner' ? 'editor' : 'owner' }}
                  label={p.role === 'owner' ? m.makeEditor : m.makeOwner}
                  secondary
                />
                {p.user_id === ctx.viewerId ? null : (
                  <PostButton
                    action={`/orgs/${org.slug}/people/${p.user_id}/remove`}
                    label={m.remove}
                    secondary
                  />
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ManagePage(props: {
  ctx: Ctx;
  org: OrgAccess;
  groups: ManagedGroupRow[];
  toAdd: { slug: string; name: string }[];
  people: OrgPerson[];
  showProfile: boolean;
  notice: string | null;
  inviteLink: string | null;
  feeds?: Child;
}) {
  const { ctx, org } = props;
  const m = ctx.t.manage;
  return (
    <article class="org-manage">
      <h1>{m.title(org.name)}</h1>
      <p>
        <a href={`/orgs/${org.slug}`}>{m.publicPage}</a>
        {org.role === 'owner' ? (
          <>
            {' · '}
            <a href={`/orgs/${org.slug}/details`}>{m.editDetails}</a>
          </>
        ) : null}
      </p>
      {props.notice ? (
        <Notice>
          <p>{props.notice}</p>
        </Notice>
      ) : null}
      {props.inviteLink ? (
        <div class="notice" role="status">
          <p>{m.inviteReady}</p>
          <p>
            <label for="invite-link">{m.inviteLink}</label>
            <input id="invite-link" type="text" readonly value={props.inviteLink} />
          </p>
        </div>
      ) : null}
      {org.verifiedAt ? null : <p class="hint">{m.notVerifiedYet}</p>}

      <section aria-labelledby="groups">
        <h2 id="groups">{m.groups}</h2>
        <p class="hint">{m.groupsHint}</p>
        <GroupsTable ctx={ctx} org={org} groups={props.groups} />
        {props.toAdd.length ? (
          <form method="post" action={`/orgs/${org.slug}/groups`} class="inline-form">
            <p class="field">
              <label for="add-group">{m.addGroup}</label>
              <select id="add-group" name="group">
                {props.toAdd.map((g) => (
                  <option value={g.slug}>{g.name}</option>
                ))}
              </select>
            </p>
            <button class="button button--secondary" type="submit">
              {m.add}
            </button>
          </form>
        ) : null}
      </section>

      {props.feeds ? (
        <section aria-labelledby="feeds">
          <h2 id="feeds">{m.feeds}</h2>
          {props.feeds}
        </section>
      ) : null}

      <section aria-labelledby="people">
        <h2 id="people">{m.people}</h2>
        <People ctx={ctx} org={org} people={props.people} />
        {org.role === 'owner' ? (
          <form method="post" action={`/orgs/${org.slug}/people/invite`} class="inline-form">
            <p class="field">
              <label for="invite-role">{m.inviteAs}</label>
              <select id="invite-role" name="role">
                <option value="editor">{m.roles.editor}</option>
                <option value="owner">{m.roles.owner}</option>
              </select>
            </p>
            <button class="button button--secondary" type="submit">
              {m.createInvite}
            </button>
          </form>
        ) : null}
        <div class="org-leave">
          <PostButton action={`/orgs/${org.slug}/leave`} label={m.leave} secondary />
        </div>
      </section>

      {ctx.professional ? (
        <section aria-labelledby="profile">
          <h2 id="profile">{m.profile}</h2>
          <form method="post" action={`/orgs/${org.slug}/profile`}>
            <p class="field">
              <label class="check">
                <input type="checkbox" name="show" value="on" checked={props.showProfile} />{' '}
                {m.showProfile}
              </label>
            </p>
            <button class="button button--secondary" type="submit">
              {m.saveProfile}
            </button>
          </form>
        </section>
      ) : null}
    </article>
  );
}

export function ContactsPage(props: {
  t: OrgText;
  org: OrgAccess;
  group: { slug: string; name: string };
  contacts: (ContactInput & { key: string; published: boolean })[];
}) {
  const c = props.t.contacts;
  return (
    <article>
      <h1>{c.title(props.group.name)}</h1>
      <p class="lead">{c.lead}</p>
      <ul class="contact-list">
        {props.contacts.map((contact) => (
          <li>
            <p>
              <strong>{contact.name || c.unnamed}</strong>
              {contact.email ? ` · ${contact.email}` : ''}
              {contact.phone ? ` · ${contact.phone}` : ''}
              {' · '}
              {contact.published ? c.isPublic : c.isPrivate}
            </p>
            <PostButton
              action={`/orgs/${props.org.slug}/groups/${props.group.slug}/contacts`}
              fields={{ key: contact.key, publish: contact.published ? 'no' : 'yes' }}
              label={contact.published ? c.withdraw : c.publish}
              secondary
            />
          </li>
        ))}
      </ul>
      <p>
        <a href={`/orgs/${props.org.slug}/manage`}>{c.back}</a>
      </p>
    </article>
  );
}
