import { renderSVG } from 'uqr';
import { LOCALES } from '../../../i18n/locales.js';
import { ErrorSummary, Field, type FieldErrors, Notice } from '../../../views/forms.js';
import { shellText } from '../../../views/messages/index.js';
import { GROUP_MAIL_KINDS, wantsMail } from '../../mail/preferences.js';
import type { AccountText, PrivacyText } from '../messages/index.js';
import { DisplayNameField } from './auth-pages.js';

type Texts = { m: AccountText; p: PrivacyText };
type Errors = { errors?: FieldErrors };

export type ProfileValues = {
  name: string;
  firstName: string;
  pronouns: string;
  locale: string;
  timezone: string;
  notifications: Record<string, boolean>;
  notificationMail: NotificationMail;
};

/** How notifications of the groups a person leads reach them by e-mail (users.notification_mail). */
export const NOTIFICATION_MAIL = ['now', 'daily', 'off'] as const;
export type NotificationMail = (typeof NOTIFICATION_MAIL)[number];

/** The group e-mails a person can switch off (reminders, notices): see attending/preferences.ts. */
export const NOTIFY_KEYS = GROUP_MAIL_KINDS;

/** A password box and a button: the shape of every form that changes something sensitive. */
function PasswordAction(
  props: Texts & Errors & { action: string; submit: string; secondary?: boolean; id: string },
) {
  return (
    <form method="post" action={props.action} class="form-narrow" novalidate>
      <Field
        name="password"
        id={`${props.id}-password`}
        type="password"
        label={props.m.fields.currentPassword}
        error={props.errors?.password}
        autocomplete="current-password"
        required
      />
      <p>
        <button type="submit" class={props.secondary ? 'button button--secondary' : 'button'}>
          {props.submit}
        </button>
      </p>
    </form>
  );
}

export function AccountPage(
  props: Texts &
    Errors & {
      values: ProfileValues;
      twoFactorEnabled: boolean;
      notice?: string;
      staffNeedsTwoFactor: boolean;
    },
) {
  const { m, p, values, errors = {} } = props;
  return (
    <section>
      <h1>{p.title}</h1>
      {props.notice ? (
        <Notice>
          <p>{props.notice}</p>
        </Notice>
      ) : null}
      <ErrorSummary errors={errors} title={m.errorTitle} />
      <section aria-labelledby="profile">
        <h2 id="profile">{p.sections.profile}</h2>
        <p>{p.profile.lead}</p>
        <form method="post" action="/account/profile" class="form-narrow" novalidate>
          <DisplayNameField m={m} value={values.name} error={errors.name} />
          <Field
            name="firstName"
            label={p.profile.firstName}
            hint={p.profile.firstNameHint}
            value={values.firstName}
            error={errors.firstName}
            autocomplete="given-name"
            maxlength={40}
          />
          <Field
            name="pronouns"
            label={p.profile.pronouns}
            value={values.pronouns}
            error={errors.pronouns}
            maxlength={40}
          />
          <p class="field">
            <label for="locale">{p.profile.language}</label>
            <select id="locale" name="locale">
              {LOCALES.map((code) => (
                <option value={code} selected={values.locale === code} lang={code}>
                  {shellText(code).languageName}
                </option>
              ))}
            </select>
          </p>
          <Field
            name="timezone"
            label={p.profile.timezone}
            hint={p.profile.timezoneHint}
            value={values.timezone}
            error={errors.timezone}
            maxlength={64}
          />
          <fieldset>
            <legend>{p.profile.notifications}</legend>
            {NOTIFY_KEYS.map((key) => (
              <p class="check">
                <input
                  type="checkbox"
                  id={`notify-${key}`}
                  name="notify"
                  value={key}
                  checked={wantsMail(values.notifications, key)}
                />
                <label for={`notify-${key}`}>{p.profile.notify[key]}</label>
              </p>
            ))}
            <p class="hint">{p.profile.securityAlways}</p>
          </fieldset>
          <fieldset id="notifications">
            <legend>{p.profile.notificationMail.legend}</legend>
            {NOTIFICATION_MAIL.map((choice) => (
              <p class="check">
                <input
                  type="radio"
                  id={`notification-mail-${choice}`}
                  name="notificationMail"
                  value={choice}
                  checked={values.notificationMail === choice}
                />
                <label for={`notification-mail-${choice}`}>
                  {p.profile.notificationMail[choice]}
                </label>
              </p>
            ))}
            <p class="hint">{p.profile.notificationMail.safetyAlways}</p>
          </fieldset>
          <p>
            <button type="submit" class="button">
              {p.profile.submit}
            </button>
          </p>
        </form>
      </section>

      <section aria-labelledby="security">
        <h2 id="security">{p.sections.security}</h2>
        <h3>{p.security.twoFactor}</h3>
        <p>{props.twoFactorEnabled ? p.security.twoFactorOn : p.security.twoFactorOff}</p>
        {props.staffNeedsTwoFactor ? <p class="notice">{p.security.twoFactorRequired}</p> : null}
        <p>
          <a href="/account/two-factor">{p.security.manageTwoFactor}</a>
        </p>
        <h3>{p.security.sessions}</h3>
        <p>
          <a href="/account/sessions">{p.security.manageSessions}</a>
        </p>
        <h3>{p.security.activity}</h3>
        <p>
          <a href="/account/activity">{p.security.seeActivity}</a>
        </p>
        <h3 id="password">{p.security.password}</h3>
        <form method="post" action="/account/password" class="form-narrow" novalidate>
          <Field
            name="currentPassword"
            type="password"
            label={m.fields.currentPassword}
            error={errors.currentPassword}
            autocomplete="current-password"
            required
          />
          <Field
            name="newPassword"
            type="password"
            label={m.fields.newPassword}
            hint={m.fields.passwordHint}
            error={errors.newPassword}
            autocomplete="new-password"
            required
          />
          <p>
            <button type="submit" class="button">
              {p.security.passwordSubmit}
            </button>
          </p>
        </form>
        <h3 id="email">{p.security.email}</h3>
        <form method="post" action="/account/email" class="form-narrow" novalidate>
          <Field
            name="newEmail"
            type="email"
            label={m.fields.newEmail}
            error={errors.newEmail}
            autocomplete="email"
            required
          />
          <Field
            name="password"
            type="password"
            label={m.fields.currentPassword}
            error={errors.password}
            autocomplete="current-password"
            required
          />
          <p>
            <button type="submit" class="button button--secondary">
              {p.security.emailSubmit}
            </button>
          </p>
        </form>
      </section>

      <section aria-labelledby="data">
        <h2 id="data">{p.sections.data}</h2>
        <h3>{p.data.download}</h3>
        <p>{p.data.downloadLead}</p>
        <form method="post" action="/account/export">
          <button type="submit" class="button button--secondary">
            {p.data.download}
          </button>
        </form>
        <h3>{p.data.delete}</h3>
        <p>{p.data.deleteLead}</p>
        <p>
          <a href="/account/delete">{p.data.delete}</a>
        </p>
      </section>

      <section aria-labelledby="professional">
        <h2 id="professional">{p.sections.professional}</h2>
        <p>
          <a href="/account/professional">{p.sections.professional}</a>
        </p>
      </section>
    </section>
  );
}

export function TwoFactorPage(props: Texts & Errors & { enabled: boolean; notice?: string }) {
  const { m, p } = props;
  return (
    <section class="form-narrow">
      <h1>{p.twoFactor.title}</h1>
      {props.notice ? (
        <Notice>
          <p>{props.notice}</p>
        </Notice>
      ) : null}
      <ErrorSummary errors={props.errors ?? {}} title={m.errorTitle} />
      <p>{props.enabled ? p.security.twoFactorOn : p.twoFactor.lead}</p>
      {props.enabled ? (
        <>
          <h2>{p.twoFactor.newCodes}</h2>
          <PasswordAction
            {...props}
            id="codes"
            action="/account/two-factor/backup-codes"
            submit={p.twoFactor.newCodes}
            secondary
          />
          <h2>{p.twoFactor.turnOff}</h2>
          <PasswordAction
            {...props}
            id="off"
            action="/account/two-factor/disable"
            submit={p.twoFactor.turnOff}
            secondary
          />
        </>
      ) : (
        <PasswordAction
          {...props}
          id="on"
          action="/account/two-factor/enable"
          submit={p.twoFactor.turnOn}
        />
      )}
    </section>
  );
}

/** After "turn on": the key to scan, the recovery codes (shown once) and the confirming code. */
export function TwoFactorSetup(
  props: Texts & Errors & { totpUri?: string; backupCodes?: string[] },
) {
  const { m, p } = props;
  const secret = props.totpUri ? new URL(props.totpUri).searchParams.get('secret') : null;
  const qr = props.totpUri
    ? `data:image/svg+xml;base64,${Buffer.from(renderSVG(props.totpUri)).toString('base64')}`
    : null;
  return (
    <section class="form-narrow">
      <h1>{p.twoFactor.title}</h1>
      <ErrorSummary errors={props.errors ?? {}} title={m.errorTitle} />
      {qr && secret ? (
        <>
          <p>{p.twoFactor.scan}</p>
          <p class="qr">
            <img src={qr} alt={p.twoFactor.qrLabel} width={192} height={192} />
          </p>
          <p>
            {p.twoFactor.manual} <code class="secret">{secret}</code>
          </p>
          <p>{p.twoFactor.codes}</p>
          <ul class="codes">
            {props.backupCodes?.map((code) => (
              <li>{code}</li>
            ))}
          </ul>
        </>
      ) : null}
      <form method="post" action="/account/two-factor/confirm" class="form-narrow" novalidate>
        <p>{p.twoFactor.confirm}</p>
        <Field
          name="code"
          label={m.fields.code}
          error={props.errors?.code}
          autocomplete="one-time-code"
          inputmode="numeric"
          maxlength={6}
          required
        />
        <p>
          <button type="submit" class="button">
            {p.twoFactor.confirmSubmit}
          </button>
        </p>
      </form>
      <p>
        <a href="/account/two-factor">{p.twoFactor.startAgain}</a>
      </p>
    </section>
  );
}

export function BackupCodesPage({ p, codes }: Texts & { codes: string[] }) {
  return (
    <section class="form-narrow">
      <h1>{p.twoFactor.codesTitle}</h1>
      <p>{p.twoFactor.codesLead}</p>
      <ul class="codes">
        {codes.map((code) => (
          <li>{code}</li>
        ))}
      </ul>
      <p>
        <a href="/account">{p.title}</a>
      </p>
    </section>
  );
}
