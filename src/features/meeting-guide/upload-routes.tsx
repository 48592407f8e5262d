import { Hono } from 'hono';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { ErrorSummary, Field, type FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { audit } from '../accounts/audit.js';
import { signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import { requireAdmin } from '../admin/guard.js';
import { type UploadText, uploadText } from './messages/index.js';
import { type ImportReport, importMeetingGuide, parseFeedText } from './run-import.js';
import { FeedError } from './types.js';

/** Feeds are bigger than forms: an intergroup's 2,000 meetings weigh about 1.6 MB. */
export const FEED_UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
export const FEED_UPLOAD_PATH = '/admin/import';

const uploadForm = z.object({
  file: z.instanceof(File, { message: 'file' }).refine((f) => f.size > 0, 'file'),
  source: z
    .string()
    .trim()
    .regex(/^[\w.-]{2,60}$/, 'source'),
  timezone: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || undefined)
    .refine((s) => s === undefined || IANAZone.isValidZone(s), 'timezone'),
});

function UploadPage(props: {
  m: UploadText;
  errors?: FieldErrors;
  values?: Record<string, string>;
}) {
  const { m, errors = {}, values = {} } = props;
  return (
    <section class="form-narrow">
      <h1>{m.title}</h1>
      <p>{m.lead}</p>
      <ErrorSummary errors={errors} title={m.invalid} />
      <form
        method="post"
        action={FEED_UPLOAD_PATH}
        enctype="multipart/form-data"
        class="form-narrow"
        novalidate
      >
        <p class="field">
          <label for="file">{m.file}</label>
          <input
            id="file"
            name="file"
            type="file"
            accept="application/json,.json"
            required
            aria-invalid={errors.file ? 'true' : undefined}
          />
        </p>
        <Field
          name="source"
          label={m.source}
          hint={m.sourceHint}
          value={values.source}
          error={errors.source}
          required
          maxlength={60}
        />
        <Field
          name="timezone"
          label={m.timezone}
          hint={m.timezoneHint}
          value={values.timezone}
          error={errors.timezone}
          maxlength={64}
        />
        <p>
          <button type="submit" class="button">
            {m.submit}
          </button>
        </p>
      </form>
    </section>
  );
}

/**
 * The administrators' upload page: the same import as `npm run import:meeting-guide`, through
 * the running server, so the embedded database's one owner does the writing.
 */
export function feedUploadRoutes() {
  const app = new Hono<AppEnv>();
  app.use(FEED_UPLOAD_PATH, requireAdmin());
  app.get(FEED_UPLOAD_PATH, (c) => {
    const m = uploadText(c.var.locale);
    return renderPage(c, { title: m.title }, <UploadPage m={m} />);
  });

  app.post(FEED_UPLOAD_PATH, async (c) => {
    const m = uploadText(c.var.locale);
    const body = await c.req.parseBody();
    const values = { source: String(body.source ?? ''), timezone: String(body.timezone ?? '') };
    const form = uploadForm.safeParse(body);
    if (!form.success) {
      const errors: FieldErrors = {};
      for (const issue of form.error.issues) {
        const field = String(issue.path[0]) as keyof typeof m.problems;
        errors[field] ??= m.problems[field] ?? issue.message;
      }
      return renderPage(
        c,
        { title: m.title, status: 400 },
        <UploadPage m={m} errors={errors} values={values} />,
      );
    }
    let report: ImportReport;
    try {
      const json = parseFeedText(await form.data.file.text());
      report = await importMeetingGuide(c.var.deps.database.db, json, {
        source: form.data.source,
        timezone: form.data.timezone,
      });
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      const errors = Object.fromEntries(error.problems.slice(0, 20).map((p, i) => [`form${i}`, p]));
      return renderPage(
        c,
        { title: m.title, status: 400 },
        <UploadPage m={m} errors={errors} values={values} />,
      );
    }
    await audit(c.var.deps.database.db, {
      action: 'directory.imported',
      actorId: signedIn(c).id,
      ip: ipOf(c),
      details: {
        source: form.data.source,
        added: report.added,
        updated: report.updated,
        removed: report.removed,
      },
    });
    return renderPage(
      c,
      { title: m.result },
      <section>
        <h1>
          {m.result}: {form.data.source}
        </h1>
        <p role="status">{m.counts(report)}</p>
        {report.warnings.length > 0 ? (
          <>
            <h2>{m.warnings}</h2>
            <ul>
              {report.warnings.slice(0, 200).map((w) => (
                <li>
                  {m.record} {w.index + 1}
                  {w.slug ? ` (${w.slug})` : ''}: {w.message}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p>
          <a href={FEED_UPLOAD_PATH}>{m.title}</a>
        </p>
      </section>,
    );
  });
  return app;
}
