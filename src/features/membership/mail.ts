import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { AppDeps } from '../../app-env.js';
import {
  groupOccurrences,
  groupSchedules,
  groups,
  memberships,
  users,
} from '../../db/schema/index.js';
import { defineMessages } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import { linkOrigin } from '../accounts/auth.js';
import { wantsMail } from '../attending/preferences.js';
import { unsubscribeLink } from '../attending/unsubscribe-token.js';
import { zoneName } from '../directory/schedule/format.js';
import { formatOccurrence, isValidZone } from '../directory/schedule/index.js';
import { composeMail } from '../mail/compose.js';
import type { Notice } from './commands.js';
import { groupLinks } from './queries.js';

/**
 * What a person is told when their standing in a group changes. The body names the group (the
 * person asked to join it); the subject never does, since a mailbox preview can be seen by
 * others. Nothing else about the group, and never another person's name.
 */
const messages = defineMessages({
  en: {
    footer:
      'You received this because you asked to join a group on Gatherwell. If you are in danger, call your local emergency number (in the US, call or text 988).',
    stop: 'Stop e-mails about my groups’ decisions and changes',
    open: 'Open the group',
    write: 'Write to the leaders',
    note: 'The leader wrote:',
    next: (when: string, zone: string, there?: string) =>
      `Your first meeting: ${when}, ${zone}${there ? ` (${there} where the group meets)` : ''}.`,
    joined: {
      subject: 'You joined a group',
      body: (g: string) =>
        `Welcome to ${g}. The group page shows the next meetings and how to take part.`,
    },
    requested: {
      subject: 'Your request to join a group',
      body: (g: string) =>
        `We sent your request to the leaders of ${g}. You will get an e-mail when they answer.`,
    },
    applied: {
      subject: 'Your application to a group',
      body: (g: string) =>
        `We sent your application to the therapist of ${g}. They read every application and will be in touch.`,
    },
    screening: {
      subject: 'Your application is being reviewed',
      body: (g: string) =>
        `The therapist of ${g} is reviewing your application and may contact you to talk about it.`,
    },
    approved: {
      subject: 'You are in: your request was approved',
      body: (g: string) => `A leader approved your request: you are now a member of ${g}.`,
    },
    accepted: {
      subject: 'You are in: your application was accepted',
      body: (g: string) => `The therapist accepted your application: you are now a member of ${g}.`,
    },
    waitlisted: {
      subject: 'You are on a waitlist',
      body: (g: string) =>
        `${g} is full for now, so you are on its waitlist. When a seat frees, we will offer it to you by e-mail.`,
    },
    declined: {
      subject: 'About your request to join a group',
      body: (g: string) => `Your request to join ${g} was not accepted this time.`,
      suggestions: 'Groups that might suit you:',
    },
    offered: {
      subject: 'A seat is free for you',
      body: (g: string, until: string) =>
        `A seat is free in ${g}, and it is held for you until ${until}. Open the group page to take it; after that it goes to the next person waiting.`,
    },
    offer_lapsed: {
      subject: 'The seat held for you went to the next person',
      body: (g: string) =>
        `The seat held for you in ${g} was not taken in time, so it was offered to the next person. You can join the waitlist again from the group page.`,
    },
    removed: {
      subject: 'You are no longer a member of a group',
      body: (g: string) =>
        `A leader removed you from ${g}. If you think this was a mistake, you can write to its leaders privately: only they will read it.`,
    },
  },
  es: {
    footer:
      'Recibes este mensaje porque pediste unirte a un grupo en Gatherwell. Si estás en peligro, llama al número de emergencias local (en EE. UU., llama o envía un mensaje de texto al 988).',
    stop: 'Dejar de recibir correos sobre decisiones y cambios de mis grupos',
    open: 'Abrir el grupo',
    write: 'Escribir a quienes dirigen',
    note: 'Quien dirige escribió:',
    next: (when: string, zone: string, there?: string) =>
      `Tu primera reunión: ${when}, ${zone}${there ? ` (${there} donde se reúne el grupo)` : ''}.`,
    joined: {
      subject: 'Te uniste a un grupo',
      body: (g: string) =>
        `Te damos la bienvenida a ${g}. La página del grupo muestra las próximas reuniones y cómo participar.`,
    },
    requested: {
      subject: 'Tu solicitud para unirte a un grupo',
      body: (g: string) =>
        `Enviamos tu solicitud a quienes dirigen ${g}. Recibirás un correo cuando respondan.`,
    },
    applied: {
      subject: 'Tu solicitud de plaza en un grupo',
      body: (g: string) =>
        `Enviamos tu solicitud a la persona terapeuta de ${g}. Lee cada solicitud y te contactará.`,
    },
    screening: {
      subject: 'Están revisando tu solicitud',
      body: (g: string) =>
        `La persona terapeuta de ${g} está revisando tu solicitud y quizá te contacte para hablar de ella.`,
    },
    approved: {
      subject: 'Ya estás dentro: aprobaron tu solicitud',
      body: (g: string) => `Aprobaron tu solicitud: ya eres miembro de ${g}.`,
    },
    accepted: {
      subject: 'Ya estás dentro: aceptaron tu solicitud',
      body: (g: string) => `La persona terapeuta aceptó tu solicitud: ya eres miembro de ${g}.`,
    },
    waitlisted: {
      subject: 'Estás en una lista de espera',
      body: (g: string) =>
        `${g} está lleno por ahora, así que estás en su lista de espera. Cuando se libere un lugar, te lo ofreceremos por correo.`,
    },
    declined: {
      subject: 'Sobre tu solicitud para unirte a un grupo',
      body: (g: string) => `Esta vez no se aceptó tu solicitud para unirte a ${g}.`,
      suggestions: 'Grupos que quizá te convengan:',
    },
    offered: {
      subject: 'Hay un lugar libre para ti',
      body: (g: string, until: string) =>
        `Hay un lugar libre en ${g} y te lo guardamos hasta ${until}. Abre la página del grupo para quedártelo; después pasará a la siguiente persona en espera.`,
    },
    offer_lapsed: {
      subject: 'El lugar que te guardábamos pasó a la siguiente persona',
      body: (g: string) =>
        `No se tomó a tiempo el lugar que te guardábamos en ${g}, así que se ofreció a la siguiente persona. Puedes volver a la lista de espera desde la página del grupo.`,
    },
    removed: {
      subject: 'Ya no eres miembro de un grupo',
      body: (g: string) =>
        `Quien dirige ${g} te retiró del grupo. Si crees que es un error, puedes escribir en privado a quienes lo dirigen: solo lo leerán ellos.`,
    },
  },
});

/** The notices that answer a leader's decision, and so carry the leader's note. */
/** The notices that make someone a member: they say when to come, in the person's own zone. */
const WELCOMES = new Set<Notice['kind']>(['joined', 'approved', 'accepted']);

/**
 * The group's next meeting in the recipient's zone (their profile's, which the browser's fills:
 * features/zones), else the group's own, with the group's time alongside when the two differ.
 */
async function firstMeeting(deps: AppDeps, groupId: string, zone: string | null, locale: Locale) {
  const [next] = await deps.database.db
    .select({
      start: groupOccurrences.startsAt,
      end: groupOccurrences.endsAt,
      tz: groupSchedules.timezone,
    })
    .from(groupOccurrences)
    .innerJoin(groupSchedules, eq(groupSchedules.id, groupOccurrences.scheduleId))
    .where(and(eq(groupOccurrences.groupId, groupId), gt(groupOccurrences.startsAt, new Date())))
    .orderBy(asc(groupOccurrences.startsAt))
    .limit(1);
  if (!next) return null;
  const shown = zone && isValidZone(zone) ? zone : next.tz;
  const f = formatOccurrence(
    { start: next.start, end: next.end, localDate: '' },
    shown,
    next.tz,
    locale,
  );
  const name = zoneName(shown, locale, next.start.getTime());
  return { when: f.viewer, zone: name, there: f.group };
}

const DECISIONS = new Set<Notice['kind']>([
  'approved',
  'accepted',
  'screening',
  'waitlisted',
  'declined',
]);

/** Sends the notices a membership command returned, each in its person's language. */
export async function sendNotices(deps: AppDeps, notices: Notice[]) {
  if (notices.length === 0) return;
  const { db } = deps.database;
  const rows = await db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      email: users.email,
      locale: users.locale,
      notifications: users.notifications,
      timezone: users.timezone,
      groupName: groups.name,
      groupId: groups.id,
      slug: groups.slug,
      note: memberships.decisionNote,
      referrals: memberships.referrals,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(groups, eq(groups.id, memberships.groupId))
    .where(
      inArray(
        memberships.id,
        notices.map((n) => n.membershipId),
      ),
    );
  const origin = linkOrigin(deps.config);
  for (const notice of notices) {
    const row = rows.find((r) => r.membershipId === notice.membershipId);
    // A held seat is always announced (it lapses unseen otherwise); other notices follow the
    // person's choice, which /my and the group page show anyway.
    if (!row || (notice.kind !== 'offered' && !wantsMail(row.notifications, 'groupNotices'))) {
      continue;
    }
    const locale: Locale = row.locale === 'es' ? 'es' : 'en';
    const m = messages(locale);
    const g = row.groupName;
    const paragraphs: string[] = [];
    if (notice.kind === 'offered') {
      const until = DateTime.fromJSDate(notice.expiresAt)
        .setZone(row.timezone ?? deps.config.defaultTimezone)
        .setLocale(locale)
        .toLocaleString(DateTime.DATETIME_FULL);
      paragraphs.push(m.offered.body(g, until));
    } else {
      paragraphs.push(m[notice.kind].body(g));
    }
    if (row.note && DECISIONS.has(notice.kind)) paragraphs.push(m.note, `“${row.note}”`);
    if (WELCOMES.has(notice.kind)) {
      const first = await firstMeeting(deps, row.groupId, row.timezone, locale);
      if (first) paragraphs.push(m.next(first.when, first.zone, first.there));
    }
    if (notice.kind === 'declined') {
      const suggested = await groupLinks(db, row.referrals);
      if (suggested.length > 0) {
        paragraphs.push(
          m.declined.suggestions,
          ...suggested.map((s) => `${s.name}: ${origin}/groups/${s.slug}`),
        );
      }
    }
    await deps.mailer.send(
      composeMail({
        to: row.email,
        locale,
        subject: m[notice.kind].subject,
        paragraphs,
        // Someone removed is pointed at the one place they can still ask why (features/threads).
        action:
          notice.kind === 'removed'
            ? { label: m.write, href: `${origin}/groups/${row.slug}/write` }
            : { label: m.open, href: `${origin}/groups/${row.slug}` },
        footer: m.footer,
        kind: `membership_${notice.kind}`,
        unsubscribe: {
          label: m.stop,
          ...unsubscribeLink(origin, deps.config.auth.secret, row.userId, 'groupNotices'),
        },
      }),
    );
  }
}
