import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import { EVENT_TIME_ZONE } from './types.ts';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Parses an ISO 8601 date-time; one without an offset is read as wall time in the given zone. Returns epoch ms or null. */
export function parseInstant(text: string, timeZone: string = EVENT_TIME_ZONE): number | null {
  const match = INSTANT_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, offset] = match;
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)] as const;
  if (parts[1] > 11 || parts[2] < 1 || parts[2] > 31 || parts[3] > 23 || parts[4] > 59 || parts[5] > 59) return null;
  if (offset !== undefined) {
    // A fixed offset needs no zone rules: the wall time is UTC arithmetic, and so is the overflow check
    // (a TZDate here cost a re-plan over a second: stored rosters are read back as thousands of such strings).
    const wall = new Date(Date.UTC(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]));
    if (wall.getUTCDate() !== parts[2] || wall.getUTCMonth() !== parts[1]) return null;
    return wall.getTime() - offsetMinutes(offset) * 60_000;
  }
  const ms = new TZDate(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], timeZone).getTime();
  // Reject calendar overflow such as 2026-02-31, which Date would roll into March.
  const check = new TZDate(ms, timeZone);
  if (check.getDate() !== parts[2] || check.getMonth() !== parts[1]) return null;
  return ms;
}

const offsetCache = new Map<string, number>();

/** The zone's UTC offset in minutes at an instant; cached per hour because zone rules change only on hour boundaries. */
export function zoneOffsetMinutes(ms: number, timeZone: string = EVENT_TIME_ZONE): number {
  const key = `${timeZone}|${Math.floor(ms / HOUR_MS)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = -new TZDate(ms, timeZone).getTimezoneOffset();
    if (offsetCache.size > 200_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

/** Formats an instant as ISO 8601 with the zone's offset, e.g. 2026-11-11T00:00:00+08:00 (as date-fns formatISO does). */
export function toZonedIso(ms: number, timeZone: string = EVENT_TIME_ZONE): string {
  // formatISO on a TZDate costs tens of microseconds; a roster read formats thousands of instants.
  const offset = zoneOffsetMinutes(ms, timeZone);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  return `${local}${offset > 0 ? '+' : '-'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The reference implementation toZonedIso must agree with. */
export function toZonedIsoReference(ms: number, timeZone: string = EVENT_TIME_ZONE): string {
  return formatISO(new TZDate(ms, timeZone));
}

/** The wall-clock hour (0-23) of an instant in a zone. */
export function hourOfDay(ms: number, timeZone: string = EVENT_TIME_ZONE): number {
  return new TZDate(ms, timeZone).getHours();
}

/** Midnight (start of the calendar day) of an instant in a zone, as epoch ms. */
export function startOfZonedDay(ms: number, timeZone: string = EVENT_TIME_ZONE): number {
  const local = new TZDate(ms, timeZone);
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), 0, 0, 0, timeZone).getTime();
}

/** The calendar date (yyyy-MM-dd) of an instant in a zone. */
export function zonedDate(ms: number, timeZone: string = EVENT_TIME_ZONE): string {
  return toZonedIso(ms, timeZone).slice(0, 10);
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}
