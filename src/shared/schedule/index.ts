export { toScheduleInput, toStoredSchedule } from './convert.js';
export { describeSchedule } from './describe.js';
export { nextOccurrences, type Occurrence, occurrences } from './expand.js';
export { formatOccurrence, type Lang } from './format.js';
export { buildCalendar, type CalendarEvent, googleCalendarUrl } from './ics.js';
export { parseRRule, type RRule, ScheduleError, type StoredSchedule } from './rrule.js';
export { isoInZone, isValidZone } from './zone.js';
