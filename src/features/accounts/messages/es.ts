import type { Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** The sign-up, sign-in and password pages in Spanish (tú). */
export const es: Translation<typeof en> = {
  errorTitle: 'Corrige esto:',
  honeypot: 'Deja esto vacío',
  fields: {
    name: 'Nombre visible',
    nameHint:
      'Lo ven los grupos a los que te unes. Basta con un nombre de pila, unas iniciales o un apodo: aquí nunca necesitas dar tu nombre real.',
    email: 'Correo electrónico',
    emailHint: 'Solo para entrar y para los mensajes que tú elijas. Nunca se muestra a nadie.',
    password: 'Contraseña',
    passwordHint:
      'Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura.',
    currentPassword: 'Tu contraseña actual',
    newPassword: 'Contraseña nueva',
    newEmail: 'Nuevo correo electrónico',
    code: 'Código de tu aplicación de autenticación',
    codeHint: 'Seis dígitos. O usa uno de tus códigos de recuperación.',
  },
  problems: {
    name: 'Escribe un nombre visible de hasta 60 caracteres.',
    email: 'Escribe un correo electrónico como nombre@ejemplo.com.',
    password: 'Escribe tu contraseña.',
    too_short: 'Usa al menos 10 caracteres.',
    too_long: 'Usa como máximo 128 caracteres.',
    common: 'Esa contraseña está en una lista de contraseñas comunes o filtradas. Elige otra.',
    personal: 'No uses tu nombre ni tu correo electrónico como contraseña.',
    repetitive: 'Esa contraseña usa muy pocos caracteres distintos. Elige otra.',
    code: 'Escribe el código de 6 dígitos o un código de recuperación.',
    wrongPassword: 'Esa contraseña no es correcta.',
    wrongCode:
      'Ese código no funcionó. Los códigos cambian cada 30 segundos; prueba con el más reciente.',
    signIn: 'Ese correo electrónico y esa contraseña no coinciden con ninguna cuenta.',
    notVerified: 'Primero confirma tu correo electrónico: te enviamos un enlace nuevo.',
    badToken: 'Este enlace venció o ya se usó. Pide uno nuevo abajo.',
    sameEmail: 'Esa ya es tu dirección.',
    tooMany: (minutes: number) =>
      `Demasiados intentos. Espera unos ${minutes} min y vuelve a intentarlo.`,
  },
  signUp: {
    title: 'Crear una cuenta',
    lead: 'Con una cuenta puedes unirte a grupos, recibir recordatorios y guardar tus preferencias. Solo toma un minuto.',
    submit: 'Crear cuenta',
    haveAccount: '¿Ya tienes una cuenta?',
    signIn: 'Entrar',
    privacy:
      'Guardamos lo mínimo posible: tu correo electrónico, tu nombre visible y lo que tú decidas añadir. Puedes descargarlo o borrarlo todo cuando quieras.',
    sentTitle: 'Revisa tu correo electrónico',
    sent: 'Si se puede usar esta dirección, te enviamos un enlace. Ábrelo para confirmar tu dirección y después entra. Puede tardar unos minutos; revisa también la carpeta de correo no deseado.',
  },
  verify: {
    title: 'Confirma tu correo electrónico',
    lead: 'Presiona el botón para confirmar tu dirección.',
    submit: 'Confirmar mi dirección',
    done: 'Tu correo electrónico está confirmado. Ya puedes entrar.',
    resendTitle: 'Enviar un enlace nuevo',
    resend: 'Enviar un enlace nuevo',
    resent:
      'Si esa dirección tiene una cuenta pendiente de confirmar, ya te enviamos un enlace nuevo.',
  },
  signIn: {
    title: 'Entrar',
    submit: 'Entrar',
    forgot: '¿Olvidaste tu contraseña?',
    noAccount: '¿Primera vez aquí?',
    signUp: 'Crear una cuenta',
    ended: {
      idle: 'Cerramos tu sesión tras un rato sin actividad, para proteger tu cuenta.',
      lifetime: 'Tu sesión llegó a su tiempo límite. Vuelve a entrar, por favor.',
      disabled: 'Esta cuenta está deshabilitada. Escríbenos si crees que es un error.',
    },
    twoFactorTitle: 'Inicio de sesión en dos pasos',
    twoFactorLead:
      'Abre tu aplicación de autenticación y escribe el código que muestra para Gatherwell.',
    verifyCode: 'Continuar',
    twoFactorExpired: 'Pasó demasiado tiempo. Vuelve a entrar, por favor.',
  },
  forgot: {
    title: 'Restablece tu contraseña',
    lead: 'Escribe la dirección con la que te registraste. Te enviaremos un enlace para elegir una contraseña nueva.',
    submit: 'Enviar el enlace',
    sent: 'Si hay una cuenta con esa dirección, ya te enviamos un enlace. Vale durante una hora.',
  },
  reset: {
    title: 'Elige una contraseña nueva',
    submit: 'Guardar la contraseña nueva',
    done: 'Tu contraseña cambió y se cerró la sesión en todos los dispositivos. Entra con la contraseña nueva.',
  },
  signOut: 'Salir',
  nav: {
    my: 'Mi Gatherwell',
    account: 'Mi cuenta',
    signIn: 'Entrar',
    admin: 'Administración',
    lead: 'Dirigir un grupo',
  },
};
