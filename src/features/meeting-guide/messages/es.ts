import type { Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** The feed upload page in Spanish. */
export const es: Translation<typeof en> = {
  title: 'Importar un feed de Meeting Guide',
  lead: 'Sube el archivo JSON que publica un intergrupo. Los registros se emparejan por los identificadores del propio feed: si vuelves a importar la misma fuente, se actualizan y se quitan los que el feed ya no tiene. Un feed no válido no cambia nada.',
  file: 'Archivo del feed (JSON)',
  source: 'Nombre de la fuente',
  sourceHint:
    'Un nombre corto para este feed, como «se-pa-intergroup». Usa siempre el mismo nombre.',
  timezone: 'Zona horaria (opcional)',
  timezoneHint:
    'Para las reuniones cuyo registro no la indica y cuyo lugar (coordenadas, código postal o localidad) no permite deducirla, por ejemplo America/Chicago. Sin ella, esas reuniones se omiten.',
  submit: 'Importar',
  result: 'Importado',
  counts: (r) =>
    `Añadidos: ${r.added}; actualizados: ${r.updated}; sin cambios: ${r.unchanged}; eliminados: ${r.removed}; omitidos: ${r.skipped}; avisos: ${r.warnings.length}.`,
  warnings: 'Registros que no pudimos usar del todo',
  record: 'Registro',
  invalid: 'No se importó el feed:',
  problems: {
    file: 'Elige un archivo JSON.',
    source:
      'Dale a la fuente un nombre de 2 a 60 caracteres: letras, dígitos, puntos, guiones o guiones bajos.',
    timezone: 'Escribe una zona horaria como America/Chicago, o deja el campo vacío.',
  },
};
