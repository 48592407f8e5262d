/** Time zones in English: the line on every page, /time-zone and its choices. */
export const en = {
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
};
