import type { Translation } from '../../../i18n/catalogue.js';
import type { mailEn } from './mail.en.js';

/** Account e-mails in Spanish. */
export const mailEs: Translation<typeof mailEn> = {
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
    body: (state) =>
      `Se acaba de ${state === 'on' ? 'activar' : 'desactivar'} el inicio de sesión en dos pasos de tu cuenta de Gatherwell.`,
    ignore: 'Si no fuiste tú, restablece tu contraseña ahora.',
  },
};
