import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, professionalProfiles } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { lastMail } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { isVerifiedNow, VerifiedBadge } from './professional.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

const nextYear = `${new Date().getUTCFullYear() + 1}-06-30`;
const validForm = {
  licenceType: 'LMFT',
  licenceOther: '',
  licenceNumber: 'MFT 12345',
  jurisdiction: 'Oregon, US',
  expiresOn: nextYear,
  modalities: ['cbt', 'act'],
  bio: 'I run time-limited groups for anxiety.',
};

const profileOf = async (userId: string) =>
  (
    await t.db.select().from(professionalProfiles).where(eq(professionalProfiles.userId, userId))
  )[0];

describe('professional verification', () => {
  it('goes from submission to the queue to verified, and the standing follows', async () => {
    const pro = await signedInUser(t, { twoFactor: true });
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });

    const empty = await pro.client.get('/account/professional');
    expect(empty.status).toBe(200);
    expect(empty.headers.get('cache-control')).toBe('no-store');
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('You have not asked to be verified.');
    expect(emptyHtml).toContain('Licensed marriage and family therapist (LMFT)');
    expect(emptyHtml).toContain('Dialectical behaviour therapy (DBT)');

    const sent = await pro.client.post('/account/professional', validForm);
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/account/professional?submitted=1');
    const stored = await profileOf(pro.id);
    expect(stored).toMatchObject({
      status: 'pending',
      licenceType: 'LMFT',
      licenceNumber: 'MFT 12345',
      expiresOn: nextYear,
      modalities: ['cbt', 'act'],
    });
    const submitted = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'professional.submitted'), eq(auditEvents.targetId, pro.id)),
      );
    expect(submitted).toHaveLength(1);

    const waiting = await (await pro.client.get('/account/professional?submitted=1')).text();
    expect(waiting).toContain('waiting for an administrator');
    // No second submission while one waits.
    expect((await pro.client.post('/account/professional', validForm)).status).toBe(403);

    const queue = await (await admin.client.get('/admin/professionals')).text();
    expect(queue).toContain(pro.name);
    expect(queue).toContain('MFT 12345');
    expect(queue).toContain('Oregon, US');

    const verified = await admin.client.post(`/admin/professionals/${pro.id}/verify`, {});
    expect(verified.status).toBe(303);
    expect((await profileOf(pro.id))?.status).toBe('verified');
    expect((await lastMail(t.db, pro.email))?.kind).toBe('professional_verified');
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'professional.verified'), eq(auditEvents.targetId, pro.id)),
      );
    expect(event?.actorId).toBe(admin.id);

    const page = await (await pro.client.get('/account/professional')).text();
    expect(page).toContain('You are a verified professional');
    expect(page).not.toContain('Send again for verification');
  });

  it('shows the reason of a decline and lets the person send corrected details', async () => {
    const pro = await signedInUser(t, { professional: 'pending' });
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    const declined = await admin.client.post(`/admin/professionals/${pro.id}/decline`, {
      reason: 'The licence number does not match the state register.',
    });
    expect(declined.status).toBe(303);
    expect((await profileOf(pro.id))?.status).toBe('declined');
    const mail = await lastMail(t.db, pro.email);
    expect(mail?.kind).toBe('professional_declined');
    expect(mail?.text).toContain('does not match the state register');

    const page = await (await pro.client.get('/account/professional')).text();
    expect(page).toContain('could not verify your details');
    expect(page).toContain('The licence number does not match the state register.');
    expect(page).toContain('Send again for verification');

    const again = await pro.client.post('/account/professional', validForm);
    expect(again.status).toBe(303);
    const profile = await profileOf(pro.id);
    expect(profile?.status).toBe('pending');
    expect(profile?.decisionReason).toBeNull();
  });

  it('treats an expired licence as expired and asks for renewal', async () => {
    const pro = await signedInUser(t, { professional: 'expired', twoFactor: true });
    const page = await (await pro.client.get('/account/professional')).text();
    expect(page).toContain('Please renew');
    expect(page).toContain('Renew your verification');
    expect(isVerifiedNow(await profileOf(pro.id))).toBe(false);

    const renewed = await pro.client.post('/account/professional', {
      ...validForm,
      licenceType: 'LCSW',
    });
    expect(renewed.status).toBe(303);
    expect(await profileOf(pro.id)).toMatchObject({ status: 'pending', expiresOn: nextYear });
  });

  it('tells a verified professional without two-step sign-in that the role needs it', async () => {
    const pro = await signedInUser(t, { professional: 'verified' });
    const page = await (await pro.client.get('/account/professional')).text();
    expect(page).toContain('you cannot use the professional role yet');
    expect(page).toContain('href="/account/two-factor"');
  });

  it('keeps "other" licences by their own name', async () => {
    const pro = await signedInUser(t);
    const res = await pro.client.post('/account/professional', {
      ...validForm,
      licenceType: 'other',
      licenceOther: 'Registered psychotherapist',
      jurisdiction: 'Ontario, CA',
    });
    expect(res.status).toBe(303);
    expect((await profileOf(pro.id))?.licenceType).toBe('Registered psychotherapist');
  });

  it('speaks Spanish on the whole form', async () => {
    const pro = await signedInUser(t);
    const html = await (
      await pro.client.get('/account/professional', { 'accept-language': 'es' })
    ).text();
    for (const words of [
      'Verificación profesional',
      'Tipo de licencia',
      'Fecha de vencimiento',
      'Terapia dialéctica conductual (TDC)',
      'Enviar para verificación',
    ]) {
      expect(html).toContain(words);
    }
    expect(html).not.toContain('Licence number');
  });

  it('sends a signed-out visitor to sign in', async () => {
    const pro = await signedInUser(t);
    pro.client.cookies.clear();
    const res = await pro.client.get('/account/professional');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Faccount%2Fprofessional');
    expect((await pro.client.post('/account/professional', validForm)).status).toBe(303);
  });
});

describe('bad input is refused with a clear message and nothing stored', () => {
  const cases: [string, Record<string, string | string[]>, string][] = [
    ['a past expiry date', { expiresOn: '2020-01-01' }, 'The expiry date must be in the future.'],
    [
      'today as expiry',
      { expiresOn: new Date().toISOString().slice(0, 10) },
      'must be in the future',
    ],
    ['a bio over 600 characters', { bio: 'x'.repeat(601) }, 'Keep your bio to 600 characters'],
    [
      'an unknown licence type',
      { licenceType: 'wizard' },
      'Choose your licence type from the list.',
    ],
    ['"other" without its name', { licenceType: 'other' }, 'Enter the name of your licence'],
    [
      'an unknown modality',
      { modalities: ['cbt', 'astrology'] },
      'Choose methods from the list only.',
    ],
    ['no licence number', { licenceNumber: '  ' }, 'Enter your licence number'],
    ['a date that is not one', { expiresOn: '2030-02-31' }, 'Enter the expiry date as a real date'],
  ];
  for (const [name, change, message] of cases) {
    it(`refuses ${name}`, async () => {
      const pro = await signedInUser(t);
      const res = await pro.client.post('/account/professional', { ...validForm, ...change });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain('class="error-summary"');
      expect(html).toContain('class="field-error"');
      expect(await profileOf(pro.id)).toBeUndefined();
    });
  }
});

describe('VerifiedBadge', () => {
  const future = '2999-01-01';
  it('shows only for a verified licence that has not expired', () => {
    expect(isVerifiedNow({ status: 'verified', expiresOn: future })).toBe(true);
    expect(isVerifiedNow({ status: 'verified', expiresOn: '2000-01-01' })).toBe(false);
    expect(isVerifiedNow({ status: 'pending', expiresOn: future })).toBe(false);
    expect(isVerifiedNow(null)).toBe(false);
    expect(String(VerifiedBadge({ profile: { status: 'verified', expiresOn: future } }))).toContain(
      'Verified professional',
    );
    expect(
      String(VerifiedBadge({ profile: { status: 'verified', expiresOn: future }, locale: 'es' })),
    ).toContain('Profesional verificado');
    expect(VerifiedBadge({ profile: { status: 'declined', expiresOn: future } })).toBeNull();
  });
});
