import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/layout.js';
import { signedIn } from '../accounts/guards.js';
import { limitForm, MAIL_LIMITS } from '../accounts/limits.js';
import type { GroupAccess } from './access.js';
import { askToJoin } from './commands.js';
import { acceptedVersion, type Body, done, many, one, problem, SLUG } from './forms.js';
import { groupAccess, requireGroup } from './guards.js';
import type { IntakeAnswers } from './intake-crypto.js';
import { sendNotices } from './mail.js';
import { type MembershipText, membershipText } from './messages/index.js';
import { canApply } from './policies.js';
import { currentAgreementOf, type IntakeQuestion, intakeQuestionsOf } from './queries.js';
import { ApplyPage } from './views/joining.js';

/** Validates intake answers against the questions asked; errors by question. */
function parseAnswers(
  m: MembershipText,
  questions: IntakeQuestion[],
  body: Body,
): { answers: IntakeAnswers; errors: FieldErrors } {
  const answers: IntakeAnswers = {};
  const errors: FieldErrors = {};
  for (const q of questions) {
    const key = `q-${q.id}`;
    if (q.type === 'multiple_choice') {
      const chosen = many(body[key]);
      if (chosen.some((x) => !q.options.includes(x))) errors[key] = m.errors.choice;
      else if (q.required && chosen.length === 0) errors[key] = m.errors.required;
      answers[q.id] = chosen;
      continue;
    }
    const value = one(body[key]).trim();
    const allowed =
      q.type === 'yes_no' ? ['yes', 'no'] : q.type === 'single_choice' ? q.options : null;
    const limit = q.type === 'short_text' ? 200 : 4000;
    if (q.required && value === '') errors[key] = m.errors.required;
    else if (allowed && value !== '' && !allowed.includes(value)) errors[key] = m.errors.choice;
    else if (value.length > limit) errors[key] = m.errors.tooLong;
    answers[q.id] = value;
  }
  return { answers, errors };
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
    const questions = await intakeQuestionsOf(db, access.groupId);
    const { answers, errors } = parseAnswers(m, questions, body);
    const agreement = acceptedVersion(body);
    if (access.agreementVersion !== null && agreement === null)
      errors.agreement = m.errors.agreement;
    const values = Object.fromEntries(questions.map((q) => [q.id, answers[q.id] ?? '']));
    if (Object.keys(errors).length > 0) return applyPage(c, access, values, errors);
    try {
      const result = await askToJoin(db, {
        groupId: access.groupId,
        userId: viewer.id,
        agreementVersion: agreement,
        answers,
        intakeKey: c.var.deps.config.membership.intakeKey,
      });
      await sendNotices(c.var.deps, result.notices);
      return done(c, access.slug, 'applied');
    } catch (error) {
      return applyPage(c, access, values, { form: problem(m, error) });
    }
  });

  return app;
}
