import type { Child } from 'hono/jsx';
import { ErrorSummary, Field, type FieldErrors, Honeypot, Notice } from '../../../views/forms.js';
import type { AccountText } from '../messages/index.js';

type Form = { m: AccountText; errors?: FieldErrors; values?: Record<string, string> };

function Page({ title, children }: { title: string; children: Child }) {
  return (
    <section class="form-narrow">
      <h1>{title}</h1>
      {children}
    </section>
  );
}

/** The display name, the same on sign-up and in the profile: a pseudonym is encouraged. */
export function DisplayNameField(props: { m: AccountText; value?: string; error?: string }) {
  const { m } = props;
  return (
    <Field
      name="name"
      label={m.fields.name}
      hint={m.fields.nameHint}
      value={props.value}
      error={props.error}
      autocomplete="nickname"
      maxlength={60}
      required
    />
  );
}

/**
 * `next` (already checked by safeLocalPath) is the page the person came from: it travels in the
 * form's action, then in the confirmation link, then to sign-in, which returns there.
 */
export function SignUpPage({ m, errors = {}, values = {}, next }: Form & { next?: string }) {
  return (
    <Page title={m.signUp.title}>
      <p class="lead">{m.signUp.lead}</p>
      <ErrorSummary errors={errors} title={m.errorTitle} />
      <form method="post" action={withNext('/sign-up', next)} class="form-narrow" novalidate>
        <DisplayNameField m={m} value={values.name} error={errors.name} />
        <Field
          name="email"
          type="email"
          label={m.fields.email}
          hint={m.fields.emailHint}
          value={values.email}
          error={errors.email}
          autocomplete="email"
          required
        />
        <Field
          name="password"
          type="password"
          label={m.fields.password}
          hint={m.fields.passwordHint}
          error={errors.password}
          autocomplete="new-password"
          required
        />
        <Honeypot label={m.honeypot} />
        <p>
          <button type="submit" class="button">
            {m.signUp.submit}
          </button>
        </p>
      </form>
      <p class="muted">{m.signUp.privacy}</p>
      <p>
        {m.signUp.haveAccount} <a href={withNext('/sign-in', next)}>{m.signUp.signIn}</a>
      </p>
    </Page>
  );
}

export function MessagePage({
  title,
  text,
  children,
}: {
  title: string;
  text: string;
  children?: Child;
}) {
  return (
    <Page title={title}>
      <Notice>
        <p>{text}</p>
      </Notice>
      {children}
    </Page>
  );
}

export function VerifyPage({
  m,
  token,
  errors = {},
  next,
}: Form & { token: string; next?: string }) {
  return (
    <Page title={m.verify.title}>
      <ErrorSummary errors={errors} title={m.errorTitle} />
      {errors.form ? (
        <ResendForm m={m} />
      ) : (
        <form method="post" action={withNext('/verify-email', next)}>
          <p>{m.verify.lead}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" class="button">
            {m.verify.submit}
          </button>
        </form>
      )}
    </Page>
  );
}

/** One e-mail field and a button: asking for a new confirmation link or a reset link. */
function EmailForm({
  m,
  errors = {},
  action,
  submit,
  heading,
}: Form & { action: string; submit: string; heading?: string }) {
  return (
    <form method="post" action={action} class="form-narrow" novalidate>
      {heading ? <h2>{heading}</h2> : null}
      <Field
        name="email"
        type="email"
        label={m.fields.email}
        error={errors.email}
        autocomplete="email"
        required
      />
      <Honeypot label={m.honeypot} />
      <p>
        <button type="submit" class="button">
          {submit}
        </button>
      </p>
    </form>
  );
}

export function ResendForm({ m, errors = {} }: Form) {
  return (
    <EmailForm
      m={m}
      errors={errors}
      action="/verify-email/resend"
      submit={m.verify.resend}
      heading={m.verify.resendTitle}
    />
  );
}

/** A form action that keeps the page to return to after signing in. */
export const withNext = (path: string, next: string | undefined) =>
  next ? `${path}?next=${encodeURIComponent(next)}` : path;

export function SignInPage({
  m,
  errors = {},
  values = {},
  notice,
  next,
}: Form & { notice?: string; next?: string }) {
  return (
    <Page title={m.signIn.title}>
      {notice ? (
        <Notice>
          <p>{notice}</p>
        </Notice>
      ) : null}
      <ErrorSummary errors={errors} title={m.errorTitle} />
      <form method="post" action={withNext('/sign-in', next)} class="form-narrow" novalidate>
        <Field
          name="email"
          type="email"
          label={m.fields.email}
          value={values.email}
          error={errors.email}
          autocomplete="username"
          required
        />
        <Field
          name="password"
          type="password"
          label={m.fields.password}
          error={errors.password}
          autocomplete="current-password"
          required
        />
        <Honeypot label={m.honeypot} />
        <p>
          <button type="submit" class="button">
            {m.signIn.submit}
          </button>
        </p>
      </form>
      <p>
        <a href="/forgot-password">{m.signIn.forgot}</a>
      </p>
      <p>
        {m.signIn.noAccount} <a href={withNext('/sign-up', next)}>{m.signIn.signUp}</a>
      </p>
    </Page>
  );
}

export function TwoFactorPage({ m, errors = {}, next }: Form & { next?: string }) {
  return (
    <Page title={m.signIn.twoFactorTitle}>
      <p>{m.signIn.twoFactorLead}</p>
      <ErrorSummary errors={errors} title={m.errorTitle} />
      <form
        method="post"
        action={withNext('/sign-in/two-factor', next)}
        class="form-narrow"
        novalidate
      >
        <Field
          name="code"
          label={m.fields.code}
          hint={m.fields.codeHint}
          error={errors.code}
          autocomplete="one-time-code"
          inputmode="text"
          maxlength={24}
          required
        />
        <p>
          <button type="submit" class="button">
            {m.signIn.verifyCode}
          </button>
        </p>
      </form>
    </Page>
  );
}

export function ForgotPage({ m, errors = {} }: Form) {
  return (
    <Page title={m.forgot.title}>
      <p>{m.forgot.lead}</p>
      <ErrorSummary errors={errors} title={m.errorTitle} />
      <EmailForm m={m} errors={errors} action="/forgot-password" submit={m.forgot.submit} />
    </Page>
  );
}

export function ResetPage({ m, token, errors = {} }: Form & { token: string }) {
  return (
    <Page title={m.reset.title}>
      <ErrorSummary errors={errors} title={m.errorTitle} />
      {errors.form ? (
        <p>
          <a href="/forgot-password">{m.forgot.submit}</a>
        </p>
      ) : (
        <form method="post" action="/reset-password" class="form-narrow" novalidate>
          <input type="hidden" name="token" value={token} />
          <Field
            name="password"
            type="password"
            label={m.fields.newPassword}
            hint={m.fields.passwordHint}
            error={errors.password}
            autocomplete="new-password"
            required
          />
          <p>
            <button type="submit" class="button">
              {m.reset.submit}
            </button>
          </p>
        </form>
      )}
    </Page>
  );
}
