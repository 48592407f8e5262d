/**
 * The e-mails an administrator's decision sends, in English. Like the account mails: short, say
 * why they were sent, and carry nothing beyond what the person sent us (the reason is the
 * administrator's, written for them).
 */
export const mailEn = {
  footer:
    'You received this because you asked to be verified as a professional on Gatherwell. Gatherwell does not give medical advice; if you are in danger, call your local emergency number (in the US, call or text 988).',
  verified: {
    subject: 'You are now a verified professional',
    body: 'An administrator checked your licence and verified your professional profile. Your therapy groups can now show the "Verified professional" badge.',
    twoFactor:
      'If you have not yet turned on two-step sign-in, do it now: the professional role cannot be used without it.',
    action: 'See your professional profile',
  },
  declined: {
    subject: 'We could not verify your professional profile',
    body: 'An administrator could not verify your professional profile. Their reason:',
    next: 'You can correct your details and send them again.',
    action: 'Correct my details',
  },
};
