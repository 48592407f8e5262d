import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { audit } from './audit.js';
import { requireViewer, signedIn } from './guards.js';
import { ipOf } from './limits.js';
import { professionalText } from './messages/index.js';
import { canSubmitProfessionalProfile, isSignedIn, staffBlocker } from './policies.js';
import {
  professionalForm,
  professionalFormInput,
  professionalProfileOf,
  submitProfessionalProfile,
} from './professional.js';
import type { Viewer } from './viewer.js';
import { ProfessionalPage, type ProfessionalValues, valuesOf } from './views/professional-page.js';

const PATH = '/account/professional';

async function page(
  c: Context<AppEnv>,
  viewer: Viewer,
  options: { values?: ProfessionalValues; errors?: FieldErrors; submitted?: boolean } = {},
) {
  const m = professionalText(c.var.locale);
  const profile = await professionalProfileOf(c.var.deps.database.db, viewer.id);
  return renderPage(
    c,
    { title: m.title, status: options.errors ? 400 : 200 },
    <ProfessionalPage
      m={m}
      locale={c.var.locale}
      standing={viewer.professional}
      profile={profile}
      twoFactorEnabled={viewer.twoFactorEnabled}
      twoFactorNeeded={
        viewer.professional === 'verified' && staffBlocker(viewer) === 'two_factor_required'
      }
      canSubmit={canSubmitProfessionalProfile(viewer)}
      submitted={options.submitted}
      values={options.values ?? valuesOf(profile)}
      errors={options.errors}
    />,
  );
}

/**
 * A person's professional profile: its state and the form to send (or renew) it. Sending puts
 * it in the administrators' queue (src/features/admin).
 */
export function professionalRoutes() {
  const app = new Hono<AppEnv>();

  app.get(PATH, requireViewer(isSignedIn), (c) =>
    page(c, signedIn(c), { submitted: c.req.query('submitted') === '1' }),
  );

  app.post(
    PATH,
    requireViewer(canSubmitProfessionalProfile, {
      // Refused because a profile is verified already, or waiting for review.
      denied: (c, viewer) =>
        professionalText(c.var.locale).notAllowed[
          viewer.professional === 'verified' ? 'verified' : 'pending'
        ],
    }),
    async (c) => {
      const viewer = signedIn(c);
      const m = professionalText(c.var.locale);
      const input = professionalFormInput(await c.req.parseBody({ all: true }));
      const parsed = professionalForm.safeParse(input);
      if (!parsed.success) {
        const errors: FieldErrors = {};
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? 'form');
          errors[field] ??= (m.problems as Record<string, string>)[issue.message] ?? issue.message;
        }
        const values: ProfessionalValues = {
          licenceType: String(input.licenceType ?? ''),
          licenceOther: String(input.licenceOther ?? ''),
          licenceNumber: String(input.licenceNumber ?? ''),
          jurisdiction: String(input.jurisdiction ?? ''),
          expiresOn: String(input.expiresOn ?? ''),
          modalities: input.modalities.map(String),
          bio: String(input.bio ?? ''),
        };
        return page(c, viewer, { values, errors });
      }
      const db = c.var.deps.database.db;
      await submitProfessionalProfile(db, viewer.id, parsed.data);
      await audit(db, {
        action: 'professional.submitted',
        actorId: viewer.id,
        targetType: 'user',
        targetId: viewer.id,
        ip: ipOf(c),
      });
      return c.redirect(`${PATH}?submitted=1`, 303);
    },
  );

  return app;
}
