import { defineMessages } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import { composeMail } from './compose.js';
import type { Mail } from './mailer.js';

/**
 * Account e-mails in plain words. Each is short, says why it was sent, and never includes more
 * personal data than the address it goes to already implies.
 */
const messages = defineMessages({
  en: {
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
      body: 'Two-step sign-in was just turned {state} for your Gatherwell account.',
      on: 'on',
      off: 'off',
      ignore: 'If this was not you, reset your password now.',
    },
  },
  es: {
    footer:
      'Recibes este mensaje por actividad en una cuenta de Gatherwell con esta dirección. Gatherwell no da consejo médico; si estás en peligro, llama al número de emergencias local (en EE. UU., llama o envía un mensaje de texto al 988).',
    verify: {
      subject: 'Confirma tu correo electrónico',
      body: 'Confirma que esta es tu dirección de correo para poder entrar en Gatherwell. El enlace vale 24 horas.',
      action: 'Confirmar mi correo',
      ignore: 'Si no te registraste, ignora este mensaje: sin el enlace no pasa nada.',
    },
    existing: {
      subject: 'Alguien intentó registrarse con tu dirección',
      body: 'Alguien intentó crear una cuenta de Gatherwell con este correo electrónico, que ya tiene una. Si fuiste tú, entra con tu cuenta o, si olvidaste tu contraseña, restablécela.',
      action: 'Restablecer mi contraseña',
      ignore: 'Si no fuiste tú, no tienes que hacer nada: tu cuenta sigue igual.',
    },
    reset: {
      subject: 'Restablece tu contraseña',
      body: 'Alguien pidió restablecer la contraseña de tu cuenta de Gatherwell. El enlace vale una hora. Si tienes activado el inicio de sesión en dos pasos, seguirás necesitando tu código.',
      action: 'Elegir una contraseña nueva',
      ignore: 'Si no lo pediste, ignora este mensaje: tu contraseña no cambia.',
    },
    changeEmail: {
      subject: 'Confirma tu nuevo correo electrónico',
      body: 'Confirma esta nueva dirección para tu cuenta de Gatherwell. Hasta que lo hagas, seguiremos usando tu dirección anterior.',
      action: 'Confirmar mi nueva dirección',
      ignore: 'Si no lo pediste, ignora este mensaje.',
    },
    passwordChanged: {
      subject: 'Se cambió tu contraseña',
      body: 'Se acaba de cambiar la contraseña de tu cuenta de Gatherwell, y se cerró la sesión en los demás dispositivos.',
      ignore: 'Si no fuiste tú, restablece tu contraseña ahora y escríbenos.',
    },
    newSignIn: {
      subject: 'Nuevo inicio de sesión en tu cuenta',
      body: 'Alguien acaba de entrar en tu cuenta de Gatherwell desde un navegador que no habíamos visto antes.',
      ignore:
        'Si fuiste tú, no tienes que hacer nada. Si no, cambia tu contraseña y cierra la sesión en todas partes desde la página de tu cuenta.',
    },
    twoFactorChanged: {
      subject: 'Cambió el inicio de sesión en dos pasos',
      body: 'Se acaba de {state} el inicio de sesión en dos pasos de tu cuenta de Gatherwell.',
      on: 'activar',
      off: 'desactivar',
      ignore: 'Si no fuiste tú, restablece tu contraseña ahora.',
    },
  },
});

export type TemplateName =
  | 'verify'
  | 'existing'
  | 'reset'
  | 'changeEmail'
  | 'passwordChanged'
  | 'newSignIn'
  | 'twoFactorChanged';

/** Build one account e-mail. `link` is the action's absolute URL, when it has one. */
export function accountMail(
  name: TemplateName,
  to: string,
  locale: Locale,
  options: { link?: string; state?: 'on' | 'off' } = {},
): Mail {
  const m = messages(locale);
  const t = m[name] as { subject: string; body: string; action?: string; ignore: string };
  const body =
    name === 'twoFactorChanged'
      ? t.body.replace(
          '{state}',
          options.state === 'off' ? m.twoFactorChanged.off : m.twoFactorChanged.on,
        )
      : t.body;
  return composeMail({
    to,
    locale,
    subject: t.subject,
    paragraphs: [body],
    action: t.action && options.link ? { label: t.action, href: options.link } : undefined,
    after: [t.ignore],
    footer: m.footer,
    kind: name,
  });
}
