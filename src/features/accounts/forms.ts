import { z } from 'zod';
import type { FieldErrors } from '../../views/forms.js';
import type { AccountText } from './messages/index.js';
import { MAX_PASSWORD_LENGTH, type PasswordProblem, passwordProblem } from './passwords.js';

/**
 * The account forms' schemas. Messages are codes looked up in the catalogue, so one schema
 * serves every language. Unknown fields are dropped (never copied onto an account).
 */
const email = z
  .string({ error: 'email' })
  .trim()
  .toLowerCase()
  .max(254, 'email')
  .pipe(z.email({ error: 'email' }));
const password = z
  .string({ error: 'password' })
  .min(1, 'password')
  .max(MAX_PASSWORD_LENGTH, 'too_long');
const displayName = z
  .string({ error: 'name' })
  .trim()
  .min(1, 'name')
  .max(60, 'name')
  // Control characters would only hide what a name really says.
  .refine((s) => !/\p{Cc}/u.test(s), 'name');

export const signUpForm = z.object({
  name: displayName,
  email,
  password,
  website: z.string().optional(),
});
export const signInForm = z.object({ email, password, website: z.string().optional() });
export const emailForm = z.object({ email, website: z.string().optional() });
export const tokenForm = z.object({ token: z.string().min(1).max(500) });
export const resetForm = z.object({ token: z.string().min(1).max(500), password });
export const codeForm = z.object({
  code: z
    .string({ error: 'code' })
    .trim()
    .transform((s) => s.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^(\d{6}|[A-Za-z0-9-]{8,24})$/, 'code')),
});
export const passwordForm = z.object({ password });
export const changePasswordForm = z.object({ currentPassword: password, newPassword: password });
export const changeEmailForm = z.object({ password, newEmail: email });

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Parse a form body; on failure, one translated message per field. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  body: unknown,
  m: AccountText,
): Parsed<z.infer<S>> {
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= problemText(issue.message, m);
  }
  return { ok: false, errors };
}

export function problemText(code: string, m: AccountText): string {
  const text = (m.problems as Record<string, unknown>)[code];
  return typeof text === 'string' ? text : code;
}

/** A new password's problem, as a message, or undefined. */
export function newPasswordError(
  value: string,
  personal: { email?: string; name?: string },
  m: AccountText,
): string | undefined {
  const problem: PasswordProblem | null = passwordProblem(value, personal);
  return problem ? m.problems[problem] : undefined;
}
