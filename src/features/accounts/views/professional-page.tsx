import type { Locale } from '../../../i18n/locales.js';
import { TECHNIQUES } from '../../../shared/taxonomy/index.js';
import {
  Choices,
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  Select,
  TextArea,
} from '../../../views/forms.js';
import type { ProfessionalText } from '../messages/index.js';
import {
  isKnownLicence,
  LICENCE_TYPES,
  MAX_BIO,
  OTHER_LICENCE,
  type ProfessionalProfile,
} from '../professional.js';
import type { ProfessionalStanding } from '../viewer.js';

export type ProfessionalValues = {
  licenceType: string;
  licenceOther: string;
  licenceNumber: string;
  jurisdiction: string;
  expiresOn: string;
  modalities: string[];
  bio: string;
};

/** A calendar date ("2027-06-30") in the reader's language, without shifting the day. */
export function formatDay(day: string, locale: Locale) {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The form's values from a stored profile (to correct or renew it). */
export function valuesOf(profile: ProfessionalProfile | null): ProfessionalValues {
  const known = profile ? isKnownLicence(profile.licenceType) : true;
  return {
    licenceType: profile ? (known ? profile.licenceType : OTHER_LICENCE) : '',
    licenceOther: profile && !known ? profile.licenceType : '',
    licenceNumber: profile?.licenceNumber ?? '',
    jurisdiction: profile?.jurisdiction ?? '',
    // An expired date must be replaced, so it is not offered again.
    expiresOn: '',
    modalities: profile?.modalities ?? [],
    bio: profile?.bio ?? '',
  };
}

type Props = {
  m: ProfessionalText;
  locale: Locale;
  standing: ProfessionalStanding;
  profile: ProfessionalProfile | null;
  twoFactorEnabled: boolean;
  /** Verified, but two-step sign-in is off: the role cannot be used yet. */
  twoFactorNeeded: boolean;
  canSubmit: boolean;
  submitted?: boolean;
  values: ProfessionalValues;
  errors?: FieldErrors;
};

export function ProfessionalPage(props: Props) {
  const { m } = props;
  return (
    <section class="form-narrow">
      <h1>{m.title}</h1>
      {props.submitted ? (
        <Notice>
          <p>{m.status.submitted}</p>
        </Notice>
      ) : null}
      <p class="lead">{m.lead}</p>
      <StatusSection {...props} />
      {props.twoFactorNeeded ? (
        <div class="notice" role="alert">
          <p>{m.twoFactorNeeded}</p>
          <p>
            <a href="/account/two-factor">{m.accountLink}</a>
          </p>
        </div>
      ) : props.twoFactorEnabled ? null : (
        <p>
          {m.twoFactorNote} <a href="/account/two-factor">{m.accountLink}</a>
        </p>
      )}
      {props.canSubmit ? <ProfileForm {...props} /> : null}
    </section>
  );
}

function StatusSection({ m, locale, standing, profile }: Props) {
  const expires = profile ? formatDay(profile.expiresOn, locale) : '';
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{m.status.heading}</h2>
      {standing === 'none' ? <p>{m.status.none}</p> : null}
      {standing === 'pending' ? <p>{m.status.pending}</p> : null}
      {standing === 'verified' ? (
        <>
          <p>{m.status.verified(expires)}</p>
          <p>
            <a href="/account/professional/listing">{m.listingLink}</a>
          </p>
        </>
      ) : null}
      {standing === 'expired' ? <p>{m.status.expired(expires)}</p> : null}
      {standing === 'declined' ? (
        <>
          <p>{m.status.declined}</p>
          {profile?.decisionReason ? (
            <blockquote>
              <p>
                <strong>{m.status.reason}</strong> {profile.decisionReason}
              </p>
            </blockquote>
          ) : null}
          <p>{m.status.declinedNext}</p>
        </>
      ) : null}
    </section>
  );
}

function ProfileForm({ m, locale, standing, values, errors = {} }: Props) {
  const renewing = standing === 'expired';
  const f = m.form;
  return (
    <section aria-labelledby="form-heading">
      <h2 id="form-heading">{renewing ? f.renewHeading : f.heading}</h2>
      <p class="muted">{m.privacy}</p>
      <ErrorSummary errors={errors} title={m.errorTitle} />
      <form method="post" action="/account/professional" class="form-narrow" novalidate>
        <Select
          required
          name="licenceType"
          label={f.licenceType}
          placeholder={f.choose}
          value={values.licenceType}
          error={errors.licenceType}
          options={[...LICENCE_TYPES, OTHER_LICENCE].map((code) => [code, m.licences[code]])}
        />
        <Field
          name="licenceOther"
          label={f.licenceOther}
          hint={f.licenceOtherHint}
          value={values.licenceOther}
          error={errors.licenceOther}
          maxlength={80}
        />
        <Field
          name="licenceNumber"
          label={f.licenceNumber}
          hint={f.licenceNumberHint}
          value={values.licenceNumber}
          error={errors.licenceNumber}
          autocomplete="off"
          maxlength={40}
          required
        />
        <Field
          name="jurisdiction"
          label={f.jurisdiction}
          hint={f.jurisdictionHint}
          value={values.jurisdiction}
          error={errors.jurisdiction}
          maxlength={100}
          required
        />
        <Field
          name="expiresOn"
          type="date"
          label={f.expiresOn}
          hint={f.expiresOnHint}
          value={values.expiresOn}
          error={errors.expiresOn}
          required
        />
        <Choices
          type="checkbox"
          name="modalities"
          legend={f.modalities}
          options={Object.entries(TECHNIQUES).map(([code, label]) => [code, label[locale]])}
          selected={values.modalities}
          error={errors.modalities}
        />
        <TextArea
          name="bio"
          label={f.bio}
          hint={f.bioHint}
          value={values.bio}
          error={errors.bio}
          maxlength={MAX_BIO}
          rows={5}
        />
        <p>
          <button type="submit" class="button">
            {standing === 'none' ? f.submit : f.resubmit}
          </button>
        </p>
      </form>
    </section>
  );
}
