import type { Translation } from '../../../i18n/catalogue.js';
import type { privacyEn } from './privacy.en.js';

/** The privacy centre in Spanish. */
export const privacyEs: Translation<typeof privacyEn> = {
  title: 'Mi cuenta',
  saved: 'Guardado.',
  sections: {
    profile: 'Perfil',
    security: 'Acceso y seguridad',
    data: 'Tus datos',
    professional: 'Perfil profesional',
  },
  profile: {
    lead: 'Los grupos a los que te unes solo ven tu nombre visible. Lo demás es solo para ti.',
    firstName: 'Nombre de pila (opcional)',
    firstNameHint:
      'Solo lo ven los demás miembros, y solo en los grupos que eligen mostrar los nombres de pila.',
    pronouns: 'Pronombres (opcional)',
    language: 'Idioma',
    timezone: 'Zona horaria',
    timezoneHint:
      'Los horarios de las reuniones se muestran en esta zona, por ejemplo America/Mexico_City.',
    notifications: 'Avisarme por correo electrónico',
    notify: {
      reminder24h: 'Un recordatorio un día antes de cada reunión',
      reminder1h: 'Un recordatorio una hora antes de cada reunión',
      groupNotices:
        'Avisos de mis grupos: una reunión cambiada o cancelada, una respuesta a mi solicitud',
    },
    securityAlways:
      'Los mensajes de seguridad (un nuevo inicio de sesión, un cambio de contraseña) se envían siempre.',
    notificationMail: {
      legend:
        'Notificaciones de los grupos que dirijo (solicitudes, personas que se van, informes)',
      now: 'Escribirme al momento',
      daily: 'Un correo al día, por la mañana',
      off: 'Ningún correo: miraré mis notificaciones',
      safetyAlways:
        'Un aviso de seguridad (alguien de un grupo que diriges podría estar en peligro) siempre se envía por correo al momento.',
    },
    submit: 'Guardar el perfil',
    badTimezone: 'Escribe una zona horaria como America/New_York, o deja el campo vacío.',
    tooLong: 'Usa menos de 40 caracteres.',
    badLanguage: 'Elige English o Español.',
    badNotify: 'Elige entre los correos de la lista.',
    invalid: 'Revisa este campo.',
  },
  security: {
    password: 'Cambiar la contraseña',
    passwordSubmit: 'Cambiar la contraseña',
    passwordDone: 'Tu contraseña cambió. Se cerró la sesión en los demás dispositivos.',
    email: 'Cambiar el correo electrónico',
    emailSubmit: 'Enviar un enlace de confirmación',
    emailSent:
      'Si se puede usar esa dirección, te enviamos un enlace. Tu dirección cambiará cuando abras el enlace.',
    twoFactor: 'Inicio de sesión en dos pasos',
    twoFactorOn: 'Activado: al entrar, escribes un código de tu aplicación de autenticación.',
    twoFactorOff:
      'Desactivado. Actívalo para que nadie pueda abrir tu cuenta solo con una contraseña robada.',
    twoFactorRequired:
      'Los administradores y los profesionales verificados deben activar el inicio de sesión en dos pasos antes de poder usar esos roles.',
    manageTwoFactor: 'Administrar el inicio de sesión en dos pasos',
    sessions: 'Dónde tienes la sesión abierta',
    manageSessions: 'Ver los dispositivos y cerrar la sesión en todos',
    activity: 'Actividad de seguridad',
    seeActivity: 'Ver los inicios de sesión y los cambios en tu cuenta',
  },
  twoFactor: {
    title: 'Inicio de sesión en dos pasos',
    lead: 'Necesitarás una aplicación de autenticación en tu teléfono (cualquiera que admita los códigos estándar de seis dígitos).',
    turnOn: 'Activar',
    turnOff: 'Desactivar el inicio de sesión en dos pasos',
    newCodes: 'Crear códigos de recuperación nuevos',
    scan: '1. Escanea este código con tu aplicación de autenticación.',
    manual: 'O escribe esta clave en la aplicación:',
    codes:
      '2. Guarda estos códigos de recuperación en un lugar seguro. Si pierdes tu teléfono, cada uno sirve una sola vez. No se volverán a mostrar.',
    confirm: '3. Para terminar, escribe el código que muestra ahora la aplicación.',
    confirmSubmit: 'Activar el inicio de sesión en dos pasos',
    enabled: 'El inicio de sesión en dos pasos está activado.',
    disabled: 'El inicio de sesión en dos pasos está desactivado.',
    codesTitle: 'Tus nuevos códigos de recuperación',
    codesLead:
      'Tus códigos de recuperación anteriores ya no funcionan. Guarda estos en un lugar seguro.',
    startAgain: 'Empezar de nuevo',
    qrLabel: 'Código QR para tu aplicación de autenticación',
  },
  sessions: {
    title: 'Dónde tienes la sesión abierta',
    current: 'Este dispositivo',
    started: 'Sesión iniciada',
    lastActive: 'Última actividad',
    from: 'Desde',
    device: 'Navegador',
    signOut: 'Cerrar sesión',
    everywhere: 'Cerrar sesión en todas partes',
    everywhereLead: 'Cierra la sesión en todos los dispositivos, incluido este.',
  },
  activity: {
    title: 'Actividad de seguridad',
    lead: 'Inicios de sesión, intentos fallidos y cambios en tu cuenta, del más reciente al más antiguo. Se muestran las redes, no las direcciones completas.',
    when: 'Cuándo',
    what: 'Qué pasó',
    network: 'Red',
    none: 'Todavía nada.',
  },
  data: {
    download: 'Descargar mis datos',
    downloadLead: 'Un archivo JSON con todo lo vinculado a tu cuenta.',
    delete: 'Eliminar mi cuenta',
    deleteLead:
      'Elimina tu cuenta, tu perfil y tus membresías. No se puede deshacer: no podremos recuperarla, aunque nos lo pidas.',
    deleteTitle: 'Eliminar tu cuenta',
    deleteConfirm: 'Entiendo que esto elimina mi cuenta para siempre.',
    deleteConfirmMissing: 'Marca la casilla para confirmar.',
    deleteSubmit: 'Eliminar mi cuenta',
    deleted:
      'Se eliminó tu cuenta. Lamentamos que te vayas; aquí tienes las puertas abiertas cuando quieras volver.',
  },
  actions: {
    'account.created': 'Cuenta creada',
    'account.email_verified': 'Correo electrónico confirmado',
    'account.deleted': 'Cuenta eliminada',
    'account.disabled': 'Cuenta deshabilitada por un administrador',
    'account.enabled': 'Cuenta habilitada por un administrador',
    'account.exported': 'Datos descargados',
    'account.email_change_requested': 'Cambio de correo electrónico solicitado',
    'account.profile_updated': 'Perfil actualizado',
    'sign_in.succeeded': 'Inicio de sesión',
    'sign_in.failed': 'Intento fallido de inicio de sesión',
    'sign_in.two_factor_failed': 'Código incorrecto en el inicio de sesión en dos pasos',
    sign_out: 'Cierre de sesión',
    'sessions.revoked': 'Sesión cerrada en otros dispositivos',
    'session.expired': 'Sesión cerrada automáticamente',
    'password.changed': 'Contraseña cambiada',
    'password.reset_requested': 'Restablecimiento de contraseña solicitado',
    'password.reset': 'Contraseña restablecida',
    'two_factor.enabled': 'Inicio de sesión en dos pasos activado',
    'two_factor.disabled': 'Inicio de sesión en dos pasos desactivado',
    'two_factor.backup_codes_regenerated': 'Códigos de recuperación nuevos creados',
    'role.changed': 'Rol cambiado',
    'professional.submitted': 'Perfil profesional enviado',
    'professional.verified': 'Perfil profesional verificado',
    'professional.declined': 'Perfil profesional rechazado',
    'intake.read_denied': 'Denegado: abrir una solicitud que no puedes leer',
    'roster.read_denied': 'Denegado: abrir los miembros de un grupo que no diriges',
  },
};
