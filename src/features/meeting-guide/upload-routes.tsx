import { Hono } from 'hono';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { defineMessages } from '../../i18n/catalogue.js';
import { ErrorSummary, Field, type FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/layout.js';
import { audit } from '../accounts/audit.js';
import { signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import { requireAdmin } from '../admin/guard.js';
import { type ImportReport, importMeetingGuide, parseFeedText } from './run-import.js';
import { FeedError } from './types.js';

/** Feeds are bigger than forms: an intergroup's 2,000 meetings weigh about 1.6 MB. */
export const FEED_UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
export const FEED_UPLOAD_PATH = '/admin/import';

const text = defineMessages({
  en: {
    title: 'Import a Meeting Guide feed',
    lead: 'Upload the JSON file an intergroup publishes. Listings are matched by the feed’s own ids: importing the same source again updates them and removes the ones the feed no longer has. An invalid feed changes nothing.',
    file: 'Feed file (JSON)',
    source: 'Source name',
    sourceHint:
      'A short name for this feed, such as "se-pa-intergroup". Use the same name each time.',
    timezone: 'Time zone (optional)',
    timezoneHint:
      'For meetings whose record has none and whose place (coordinates, postal code or town) gives none, e.g. America/Chicago. Without it, such meetings are skipped.',
    submit: 'Import',
    result: 'Imported',
    counts: (r: ImportReport) =>
      `${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.removed} removed, ${r.skipped} skipped, ${r.warnings.length} warnings.`,
    warnings: 'Records we could not fully use',
    record: 'Record',
    invalid: 'The feed was not imported:',
    problems: {
      file: 'Choose a JSON file.',
      source: 'Give the source a name of 2–60 letters, digits, dots, dashes or underscores.',
      timezone: 'Enter a time zone such as America/Chicago, or leave it empty.',
    },
  },
  es: {
    title: 'Importar un feed de Meeting Guide',
    lead: 'Sube el archivo JSON que publica un intergrupo. Los registros se emparejan por los identificadores del propio feed: si vuelves a importar la misma fuente, se actualizan y se quitan los que el feed ya no tiene. Un feed no válido no cambia nada.',
    file: 'Archivo del feed (JSON)',
    source: 'Nombre de la fuente',
    sourceHint:
      'Un nombre corto para este feed, como «se-pa-intergroup». Usa siempre el mismo nombre.',
    timezone: 'Zona horaria (opcional)',
    timezoneHint:
      'Para las reuniones cuyo registro no la indica y cuyo lugar (coordenadas, código postal o localidad) no permite deducirla, por ejemplo America/Chicago. Sin ella, esas reuniones se omiten.',
    submit: 'Importar',
    result: 'Importado',
    counts: (r: ImportReport) =>
      `Añadidos: ${r.added}; actualizados: ${r.updated}; sin cambios: ${r.unchanged}; eliminados: ${r.removed}; omitidos: ${r.skipped}; avisos: ${r.warnings.length}.`,
    warnings: 'Registros que no pudimos usar del todo',
    record: 'Registro',
    invalid: 'No se importó el feed:',
    problems: {
      file: 'Elige un archivo JSON.',
      source:
        'Dale a la fuente un nombre de 2 a 60 caracteres: letras, dígitos, puntos, guiones o guiones bajos.',
      timezone: 'Escribe una zona horaria como America/Chicago, o deja el campo vacío.',
    },
  },
});

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
  m: ReturnType<typeof text>;
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
    const m = text(c.var.locale);
    return renderPage(c, { title: m.title }, <UploadPage m={m} />);
  });

  app.post(FEED_UPLOAD_PATH, async (c) => {
    const m = text(c.var.locale);
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
