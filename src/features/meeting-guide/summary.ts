import type { Mode, Status } from '../../shared/taxonomy/index.js';
import type { LocationInput, OnlineInput } from '../directory/model.js';
import type { TypeReading } from './codes.js';
import type { RecordContext } from './context.js';
import { text } from './fields.js';
import type { AttendanceOption } from './types.js';

const OPTIONS: AttendanceOption[] = ['in_person', 'hybrid', 'online', 'inactive'];

/**
 * Mode and status, following the consumers of the format (TSML UI): a meeting is in person
 * only at a specific, open address; online when it has a link or phone; with neither it is
 * inactive, which we show as temporarily closed. `attendance_option`, when a publisher sends
 * it, is their own answer and wins, except that TC (location closed) always closes the room.
 */
export function decideAttendance(
  value: unknown,
  types: TypeReading,
  location: LocationInput | undefined,
  online: OnlineInput | undefined,
  ctx: RecordContext,
): { mode: Mode; status: Status } {
  const physical = location !== undefined && !location.approximate;
  const remote = online !== undefined;
  const written = text(value)?.toLowerCase().replace(/[\s-]/g, '_');
  const declared = OPTIONS.find((option) => option === written);
  if (written && !declared) {
    ctx.warn('attendance_option', `"${written}" is not in_person, hybrid, online or inactive`);
  }
  const inferred: Mode = remote ? (physical ? 'hybrid' : 'online') : 'in_person';

  if (types.temporarilyClosed) {
    return remote
      ? { mode: 'online', status: 'active' }
      : { mode: 'in_person', status: 'temporarily_closed' };
  }
  if (declared === 'inactive') return { mode: inferred, status: 'temporarily_closed' };
  if (declared) {
    if (declared !== 'in_person' && !remote) {
      ctx.warn('attendance_option', `${declared} but no conference URL or phone`);
    }
    if (declared !== 'online' && !location?.address) {
      ctx.warn('attendance_option', `${declared} but no street address`);
    }
    return { mode: declared, status: 'active' };
  }
  if (!remote && !physical) {
    ctx.warn(
      'address',
      'neither a specific address nor a conference URL or phone; listed as temporarily closed',
    );
    return { mode: 'in_person', status: 'temporarily_closed' };
  }
  return { mode: inferred, status: 'active' };
}

const AUDIENCE_WORDS: Record<string, string> = {
  women: 'women',
  men: 'men',
  lgbtq: 'LGBTQ+ people',
  young_adults: 'young people',
  seniors: 'seniors',
};

/** One sentence a listing can show: "Open speaker meeting for women, in person in Picton." */
export function composeSummary(input: {
  types: TypeReading;
  mode: Mode;
  status: Status;
  city: string | undefined;
}): string {
  const { types, mode, status, city } = input;
  const openness = types.open ? 'open' : types.closed ? 'closed' : undefined;
  const head = [openness, types.formats[0], 'meeting'].filter(Boolean).join(' ');
  const audience = types.audiences.map((code) => AUDIENCE_WORDS[code]).filter(Boolean);
  const inCity = city ? ` in ${city}` : '';
  const where =
    status === 'temporarily_closed'
      ? `temporarily closed${city ? ` (usually meets in ${city})` : ''}`
      : mode === 'online'
        ? 'online'
        : mode === 'hybrid'
          ? `in person${inCity} and online`
          : `in person${inCity}`;
  const forWhom = audience.length > 0 ? ` for ${audience.join(' and ')}` : '';
  return `${head.charAt(0).toUpperCase()}${head.slice(1)}${forWhom}, ${where}.`;
}
