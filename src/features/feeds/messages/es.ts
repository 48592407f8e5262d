import { plural, type Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** El comprobador de feeds en español. Los problemas los escribe el comprobador, en inglés. */
export const es: Translation<typeof en> = {
  title: 'Comprobar un feed Meeting Guide',
  lead: 'Mira qué falla en un feed de reuniones antes de que tu sitio web lo publique o Gatherwell lo importe. Se comprueba con el JSON Schema publicado del formato Meeting Guide y con la forma en que Gatherwell lee los feeds. No se guarda nada.',
  url: 'Dirección del feed',
  urlHint: 'La dirección en la que tu sitio publica el feed, empezando por https://',
  paste: 'O pega el feed',
  pasteHint: 'El texto JSON, que empieza por [',
  file: 'O elige el archivo del feed',
  timezone: 'Zona horaria (opcional)',
  timezoneHint:
    'Para reuniones cuyo registro y lugar no la indican, por ejemplo America/Chicago. Un feed registrado usa la suya.',
  submit: 'Comprobar el feed',
  invalid: 'No se comprobó el feed:',
  problems: {
    nothing: 'Indica la dirección del feed, pégalo o elige su archivo.',
    timezone: 'Escribe una zona horaria como America/Chicago, o déjala vacía.',
    tooLarge: 'El feed ocupa más de 10 MB, lo máximo que lee el comprobador.',
    fetch: (why) => `No se pudo leer el feed (${why}).`,
  },
  result: 'Comprobación del feed',
  checkAnother: 'Comprobar otro feed',
  summary: (records, usable) =>
    `${plural('es', records, { one: 'Un registro', other: `${records} registros` })}; Gatherwell importaría ${usable}.`,
  counts: (errors, warnings) =>
    `${plural('es', errors, { one: 'Un error', other: `${errors} errores` })} y ${plural('es', warnings, { one: 'un aviso', other: `${warnings} avisos` })}.`,
  errorsMean:
    'Los errores impiden leer una reunión (o todo el feed). Conviene corregir los avisos: otras aplicaciones pueden leer menos que Gatherwell.',
  clean: 'No se encontró ningún problema.',
  refused: 'El feed se rechazaría entero y no se importaría nada:',
  byRecord: 'Problemas por registro',
  wholeFeed: 'Todo el feed',
  record: (n) => `Registro ${n}`,
  slug: 'slug',
  error: 'Error',
  warning: 'Aviso',
  field: 'Campo',
  problem: 'Problema',
  severity: 'Tipo',
  more: (n) =>
    plural('es', n, {
      one: 'Otro registro tiene problemas.',
      other: `Otros ${n} registros tienen problemas.`,
    }),
  contactsTitle: 'Datos de contacto que publica este feed',
  contactsLead: (n) =>
    `${plural('es', n, { one: 'Una reunión publica', other: `${n} reuniones publican` })} el nombre, el teléfono o el correo de una persona. Gatherwell guarda en privado los contactos importados, pero tu feed los muestra a cualquiera que lo abra. Piensa en dejar contact_1 a contact_3 fuera del feed público, y los teléfonos y correos fuera de las notas.`,
  contactLine: (field, what) => `${field} (${what})`,
  contactWhat: { name: 'un nombre', phone: 'un teléfono', email: 'un correo' },
  diffTitle: 'Comparado con lo que Gatherwell publica ahora',
  comparedWith: (published, organisation) =>
    `Esta dirección es el feed registrado de ${organisation}. Comparado con las ${published} publicaciones que Gatherwell muestra ahora a partir de él, importar este feed haría estos cambios.`,
  notCompared:
    'No se comparó con publicaciones: solo se compara la dirección de un feed registrado en Gatherwell.',
  added: 'Añadidas',
  changed: 'Cambiadas',
  removed: 'Quitadas',
  unchanged: (n) => plural('es', n, { one: 'Una sin cambios', other: `${n} sin cambios` }),
  kept: (n) =>
    plural('es', n, {
      one: 'Una publicación se mantiene aunque su registro tiene errores.',
      other: `${n} publicaciones se mantienen aunque sus registros tienen errores.`,
    }),
  none: 'Ninguna',
  andMore: (n) => `y ${n} más`,
};
