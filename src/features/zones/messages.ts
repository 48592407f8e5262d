import { defineMessages } from '../../i18n/catalogue.js';

export const zoneText = defineMessages({
  en: {
    title: 'Your time zone',
    lead: 'Meeting times on Gatherwell are shown in this zone, with the group’s own time alongside when they differ.',
    label: 'Time zone',
    hint: 'Pick the place whose clock you live by.',
    save: 'Show times in this zone',
    current: (zone: string) => `Times are shown in ${zone}.`,
    unknown: 'We do not know your time zone yet: each page says which zone its times are in.',
    change: 'Change time zone',
    choose: 'Choose your time zone',
    invalid: 'Choose a time zone from the list.',
    back: 'Go back without changing',
  },
  es: {
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
  },
});
