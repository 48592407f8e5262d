/** The professional profile page, and the badge its verification earns, in English. */
export const professionalEn = {
  title: 'Professional verification',
  listingLink: 'Choose what your public profile shows in Find a therapist',
  lead: 'If you are a licensed mental-health professional, you can ask to be verified. Verified professionals can run therapy groups, and their groups show a "Verified professional" badge.',
  twoFactorNote:
    'Before you can use the professional role, you must turn on two-step sign-in for your account. You can turn it on at any time, also while you wait.',
  twoFactorNeeded:
    'You are verified, but two-step sign-in is off, so you cannot use the professional role yet. Turn it on now.',
  accountLink: 'Turn on two-step sign-in',
  privacy:
    'Only administrators see your licence details. Your licence number is never shown on the site.',
  errorTitle: 'Please fix this:',
  status: {
    heading: 'Your status',
    none: 'You have not asked to be verified.',
    pending:
      'Thank you. Your details are waiting for an administrator to check them. We will e-mail you when they have decided.',
    verified: (date: string) =>
      `You are a verified professional. Your licence is recorded as valid until ${date}.`,
    declined: 'An administrator could not verify your details.',
    reason: 'Their reason:',
    declinedNext: 'You can correct your details below and send them again.',
    expired: (date: string) =>
      `Your licence was recorded as valid until ${date}, so the badge is no longer shown. Please renew: send your new expiry date (and anything else that changed) below.`,
    submitted: 'Your details were sent. An administrator will check them.',
  },
  form: {
    heading: 'Your licence',
    renewHeading: 'Renew your verification',
    licenceType: 'Licence type',
    choose: 'Choose your licence type',
    licenceOther: 'Name of your licence',
    licenceOtherHint:
      'If you chose "Other": the licence as your country or state names it, for example "Registered psychotherapist".',
    licenceNumber: 'Licence number',
    licenceNumberHint: 'As printed on your licence. Only administrators see it.',
    jurisdiction: 'Issuing jurisdiction',
    jurisdictionHint: 'The state, province or country that issued it, for example "Oregon, US".',
    expiresOn: 'Expiry date',
    expiresOnHint: 'The date your licence expires. It must be in the future.',
    modalities: 'Methods you use in groups (optional)',
    bio: 'Short bio (optional)',
    bioHint: 'Up to 600 characters, shown to people choosing your groups.',
    submit: 'Send for verification',
    resubmit: 'Send again for verification',
  },
  licences: {
    LCSW: 'Licensed clinical social worker (LCSW)',
    LPC: 'Licensed professional counselor (LPC)',
    LMFT: 'Licensed marriage and family therapist (LMFT)',
    LMHC: 'Licensed mental health counselor (LMHC)',
    psychologist: 'Psychologist',
    psychiatrist: 'Psychiatrist',
    other: 'Other, or my country’s equivalent',
  },
  problems: {
    licenceType: 'Choose your licence type from the list.',
    licenceOther: 'Enter the name of your licence (2 to 80 characters).',
    licenceNumber: 'Enter your licence number (up to 40 characters).',
    jurisdiction: 'Enter the state, province or country that issued your licence.',
    expiresOn: 'Enter the expiry date as a real date, like 2027-06-30.',
    expiresPast: 'The expiry date must be in the future. An expired licence cannot be verified.',
    modalities: 'Choose methods from the list only.',
    bio: 'Keep your bio to 600 characters or fewer.',
  },
  badge: 'Verified professional',
  notAllowed: {
    pending: 'Your details are already waiting for an administrator.',
    verified: 'You are already verified. You can send new details when your licence expires.',
  },
};
