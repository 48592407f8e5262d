import type { Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** Time zones in Spanish. */
export const es: Translation<typeof en> = {
  title: 'Tu zona horaria',
  lead: 'Los horarios de Gatherwell se muestran en esta zona, con la hora propia del grupo al lado cuando es distinta.',
  label: 'Zona horaria',
  hint: 'Elige el lugar cuyo reloj sigues.',
  save: 'Mostrar los horarios en esta zona',
  current: (zone: string) => `Los horarios se muestran en ${zone}.`,
  unknown: 'Aún no sabemos tu zona horaria: cada página indica en qué zona están sus horarios.',
  change: 'Cambiar la zona horaria',
  choose: 'Elige tu zona horaria',
  invalid: 'Elige una zona horaria de la lista.',
  back: 'Volver sin cambiar',
};
