import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { regionOf } from '../../i18n/locale.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { crisisRegionFor } from '../crisis/crisis-lines.js';
import { filterDefaults } from '../directory/filters.js';
import { assess } from '../safety/assess.js';
import { CrisisCard } from '../safety/card.js';
import {
  type GuideAnswers,
  type GuideFormBody,
  nextStep,
  parseGuideAnswers,
  previousStep,
  stepApplies,
  stepProgress,
} from './answers.js';
import { type FieldName, STEP_IDS, type StepId } from './codes.js';
import { guideText } from './messages/index.js';
import { GUIDE_STEPS, getStep } from './questions.js';
import { recommend } from './scoring.js';
import { GuideResult } from './views/result.js';
import { StepForm } from './views/step.js';

type Ctx = Context<AppEnv>;
/** Where a form was posted from: a question, or the result page's "change my answers". */
type Screen = StepId | 'result';

const CRISIS_PATH = '/crisis';

const isScreen = (value: unknown): value is Screen =>
  value === 'result' || (STEP_IDS as readonly unknown[]).includes(value);

const fieldsOf = (id: StepId): Set<string> => new Set(getStep(id).fields.map((f) => f.name));

/** The body without some fields: a skipped step's, or ones that failed to parse. */
function without(body: GuideFormBody, names: Set<string>): GuideFormBody {
  return Object.fromEntries(Object.entries(body).filter(([name]) => !names.has(name)));
}

const stepOfField = (field: FieldName): StepId =>
  GUIDE_STEPS.find((s) => s.fields.some((f) => f.name === field))?.id ?? 'safety';

/** The last question this person sees: where "change my answers" goes back to. */
const lastStep = (answers: GuideAnswers): StepId =>
  STEP_IDS.filter((id) => stepApplies(id, answers)).at(-1) ?? 'safety';

function showStep(
  c: Ctx,
  id: StepId,
  answers: GuideAnswers,
  options: { errors?: FieldErrors; intro?: boolean } = {},
) {
  const m = guideText(c.var.locale);
  const step = getStep(id);
  const { number, total } = stepProgress(answers, id);
  const failed = Object.values(options.errors ?? {}).some(Boolean);
  // The title is read out first on every new page, so it says where the person is.
  const title = `${failed ? `${m.errorPrefix} ` : ''}${m.title} (${m.progress(number, total)})`;
  return renderPage(
    c,
    { title, description: m.description, status: failed ? 400 : 200 },
    <div class="guide">
      {options.intro ? (
        <>
          <h1>{m.title}</h1>
          <p class="lead">{m.lead}</p>
          <p>{m.privacy}</p>
        </>
      ) : null}
      <StepForm
        m={m}
        lang={c.var.locale}
        step={step}
        answers={answers}
        errors={options.errors}
        intro={options.intro}
      />
    </div>,
  );
}

function showResult(c: Ctx, answers: GuideAnswers) {
  const m = guideText(c.var.locale);
  const recommendation = recommend(answers, filterDefaults(c.var.deps.config));
  return renderPage(
    c,
    { title: recommendation.title[c.var.locale], description: m.description },
    <div class="guide">
      {/* The one answer typed in words: if it suggests danger, the crisis lines come first. */}
      {answers.place && assess(answers.place).level !== 'none' ? (
        <CrisisCard region={crisisRegionFor(regionOf(c))} locale={c.var.locale} />
      ) : null}
      <GuideResult m={m} lang={c.var.locale} answers={answers} recommendation={recommendation} />
    </div>,
  );
}

function showStale(c: Ctx) {
  const m = guideText(c.var.locale);
  return renderPage(
    c,
    { title: m.staleTitle, status: 400 },
    <div class="guide">
      <h1>{m.staleTitle}</h1>
      <p>{m.stale}</p>
      <p>
        <a class="button" href="/guide">
          {m.startAgain}
        </a>
      </p>
    </div>,
  );
}

/**
 * The choosing guide: one question per screen, each a plain form post that carries the earlier
 * answers as hidden fields. Answers are health information, so they live only in POST bodies:
 * never in a URL, a log line, a cookie or the database, and no response may be cached.
 */
export function guideRoutes() {
  const app = new Hono<AppEnv>();

  app.use('/guide', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/guide', (c) => showStep(c, 'safety', {}, { intro: true }));

  app.post('/guide', async (c) => {
    const body: GuideFormBody = await c.req.parseBody({ all: true });
    const screen = body.step;
    if (!isScreen(screen)) return showStale(c);
    const go = body.go === 'back' || body.go === 'skip' ? body.go : 'next';
    const fields = go === 'skip' && screen !== 'result' ? without(body, fieldsOf(screen)) : body;

    const parsed = parseGuideAnswers(fields);
    if (!parsed.ok) {
      // A stale or forged value: keep every answer that is fine, and ask again where it failed.
      const bad = new Set<string>(parsed.problems.map((p) => p.field));
      const kept = parseGuideAnswers(without(fields, bad));
      const answers = kept.ok ? kept.answers : {};
      const first = parsed.problems[0]?.field ?? 'safety';
      const at = stepOfField(first);
      const errors: FieldErrors = {};
      for (const problem of parsed.problems) {
        if (stepOfField(problem.field) === at) errors[problem.field] = problem.text[c.var.locale];
      }
      return showStep(c, at, answers, { errors });
    }

    const answers = parsed.answers;
    // A yes to the safety question goes to crisis help at once, from any screen.
    if (answers.safety === 'yes') return c.redirect(CRISIS_PATH, 303);
    if (go === 'back') {
      const back = screen === 'result' ? lastStep(answers) : previousStep(answers, screen);
      return showStep(c, back ?? 'safety', answers);
    }

    const next = nextStep(answers, screen === 'result' ? undefined : screen);
    if (next === 'crisis') return c.redirect(CRISIS_PATH, 303);
    if (next === 'result') return showResult(c, answers);
    const step = getStep(next);
    if (next === screen && step.required) {
      const errors: FieldErrors = {};
      for (const field of step.fields) errors[field.name] = guideText(c.var.locale).required;
      return showStep(c, next, answers, { errors });
    }
    return showStep(c, next, answers);
  });

  return app;
}
