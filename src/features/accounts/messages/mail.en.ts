/**
 * Account e-mails in English, in plain words. Each is short, says why it was sent, and never
 * includes more personal data than the address it goes to already implies.
 */
export const mailEn = {
  footer:
    'You received this because of activity on a Gatherwell account using this address. Gatherwell does not give medical advice; if you are in danger, call your local emergency number (in the US, call or text 988).',
  verify: {
    subject: 'Confirm your e-mail address',
    body: 'Please confirm that this is your e-mail address, so you can sign in to Gatherwell. The link works for 24 hours.',
    action: 'Confirm my e-mail address',
    ignore: 'If you did not sign up, ignore this message: nothing happens without the link.',
  },
  existing: {
    subject: 'Someone tried to sign up with your address',
    body: 'Someone tried to create a Gatherwell account with this e-mail address, which already has one. If it was you, sign in instead, or reset your password if you have forgotten it.',
    action: 'Reset my password',
    ignore: 'If it was not you, you need do nothing: your account is unchanged.',
  },
  reset: {
    subject: 'Reset your password',
    body: 'Someone asked to reset the password of your Gatherwell account. The link works for one hour. If two-step sign-in is on, you will still need your code to sign in afterwards.',
    action: 'Choose a new password',
    ignore: 'If you did not ask for this, ignore this message: your password stays as it is.',
  },
  changeEmail: {
    subject: 'Confirm your new e-mail address',
    body: 'Please confirm this new address for your Gatherwell account. Until you do, your old address stays in use.',
    action: 'Confirm my new address',
    ignore: 'If you did not ask for this, ignore this message.',
  },
  passwordChanged: {
    subject: 'Your password was changed',
    body: 'The password of your Gatherwell account was just changed, and other devices were signed out.',
    ignore: 'If this was not you, reset your password now and contact us.',
  },
  newSignIn: {
    subject: 'New sign-in to your account',
    body: 'Your Gatherwell account was just signed in to from a browser we had not seen before.',
    ignore:
      'If this was you, you need do nothing. If not, change your password and sign out everywhere from your account page.',
  },
  twoFactorChanged: {
    subject: 'Two-step sign-in was changed',
    body: (state: 'on' | 'off') =>
      `Two-step sign-in was just turned ${state} for your Gatherwell account.`,
    ignore: 'If this was not you, reset your password now.',
  },
};
