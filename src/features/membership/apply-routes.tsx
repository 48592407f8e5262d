import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { signedIn } from '../accounts/guards.js';
import { limitForm, MAIL_LIMITS } from '../accounts/limits.js';
import type { GroupAccess } from './access.js';
import { askToJoin } from './commands.js';
import { acceptedVersion, type Body, done, many, problem, SLUG, supportCard } from './forms.js';
import { groupAccess, requireGroup } from './guards.js';
import { IntakeAnswersError, type RawAnswers } from './intake-answers.js';
import { sendNotices } from './mail.js';
import { type MembershipText, membershipText } from './messages/index.js';
import { canApply } from './policies.js';
import { currentAgreementOf, intakeQuestionsOf } from './queries.js';
import { ApplyPage } from './views/joining.js';

/** The answers in a form body (`q-<question id>` fields), by question id, as sent. */
function rawAnswers(body: Body): RawAnswers {
  const raw: RawAnswers = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith('q-')) raw[key.slice(2)] = many(value);
  }
  return raw;
}

/** The command's refusal of some answers, as the form's field errors. */
function answerErrors(m: MembershipText, error: IntakeAnswersError): FieldErrors {
  return Object.fromEntries(
    Object.entries(error.problems).map(([id, problem]) => [`q-${id}`, m.errors[problem]]),
  );
}

/** The application form: for application groups a person may still ask to join; else back. */
const applicantGuard = () =>
  requireGroup(canApply, { elsewhere: (access) => `/groups/${access.slug}#join` });

/** The form, blank or with what was sent and what was wrong with it. */
async function applyPage(
  c: Context<AppEnv>,
  access: GroupAccess,
  values: Record<string, string | string[]> = {},
  errors: FieldErrors = {},
) {
  const m = membershipText(c.var.locale);
  const { db } = c.var.deps.database;
  const name = access.name;
  return renderPage(
    c,
    { title: m.apply.title(name), status: Object.keys(errors).length > 0 ? 400 : 200 },
    <ApplyPage
      m={m}
      groupName={name}
      slug={access.slug}
      questions={await intakeQuestionsOf(db, access.groupId)}
      agreement={await currentAgreementOf(db, access.groupId)}
      values={values}
      errors={errors}
    />,
  );
}

/** Applying to a therapy group: intake answers, sealed for its therapists, and the agreement. */
export function applyRoutes() {
  const app = new Hono<AppEnv>();

  app.get(`/groups/:slug{${SLUG}}/apply`, applicantGuard(), async (c) => {
    const access = groupAccess(c);
    return applyPage(c, access);
  });

  app.post(`/groups/:slug{${SLUG}}/apply`, applicantGuard(), async (c) => {
    const viewer = signedIn(c);
    const access = groupAccess(c);
    const m = membershipText(c.var.locale);
    await limitForm(c, [[MAIL_LIMITS.joinRequestsPerPerson, viewer.id]]);
    const { db } = c.var.deps.database;
    const body = (await c.req.parseBody({ all: true })) as Body;
    const answers = rawAnswers(body);
    const agreement = acceptedVersion(body);
    // What was sent, shown again if anything is refused.
    const values = Object.fromEntries(
      Object.entries(answers).map(([id, v]) => [id, v && v.length === 1 ? v[0]! : (v ?? '')]),
    );
    if (access.agreementVersion !== null && agreement === null) {
      return applyPage(c, access, values, { agreement: m.errors.agreement });
    }
    try {
      const result = await askToJoin(db, {
        groupId: access.groupId,
        userId: viewer.id,
        agreementVersion: agreement,
        answers,
        intakeKey: c.var.deps.config.membership.intakeKey,
      });
      await sendNotices(c.var.deps, result.notices);
      if (result.safety) return supportCard(c, access, result.safety, 'application', 'applied');
      return done(c, access.slug, 'applied');
    } catch (error) {
      if (error instanceof IntakeAnswersError) {
        return applyPage(c, access, error.answers, answerErrors(m, error));
      }
      return applyPage(c, access, values, { form: problem(m, error) });
    }
  });

  return app;
}
