/** iCalendar (RFC 5545) text for a set of published shifts: one agent, a team, a queue or the whole event. */
import { ICalCalendar, ICalEventStatus, type ICalEvent } from 'ical-generator';
import { DomainError } from '../errors.ts';
import { instantOf } from '../roster/instants.ts';
import { EVENT_TIME_ZONE, type ShiftTemplate } from '../types.ts';
import { foldLines } from './foldLines.ts';
import { calendarText, escapeText, shiftEventUid } from './icsText.ts';
import { shiftDescription, shiftSummary } from './shiftLabels.ts';
import type { BuildCalendarOptions, CalendarInput, CalendarShift } from './types.ts';
import { zonedInstant } from './zonedInstant.ts';

const PRODID = { company: 'Peak Roster', product: 'Peak Roster', language: 'ZH' };

interface Context {
  timeZone: string;
  vtimezone: string;
  stamp: Date;
  uidDomain: string;
  showAgentName: boolean;
  refreshSeconds: number | null;
  templates: ReadonlyMap<string, ShiftTemplate>;
  shifts: { shift: CalendarShift; startMs: number; endMs: number }[];
}

function instant(text: string, timeZone: string, field: string): number {
  // Memoised: a roster's shifts start at a few dozen distinct times, and each fresh parse costs an Intl call.
  const ms = instantOf(text, timeZone);
  if (ms === null) throw new DomainError('INVALID_INPUT', `${field} "${text}" is not an ISO 8601 date-time`, [{ field, message: text }]);
  return ms;
}

function windowFilter(options: BuildCalendarOptions, timeZone: string): (startMs: number, endMs: number) => boolean {
  const from = options.window?.start ? instant(options.window.start, timeZone, 'window.start') : -Infinity;
  const to = options.window?.end ? instant(options.window.end, timeZone, 'window.end') : Infinity;
  return (startMs, endMs) => endMs > from && startMs < to;
}

function context(input: CalendarInput, options: BuildCalendarOptions): Context {
  const timeZone = options.timeZone ?? EVENT_TIME_ZONE;
  const inWindow = windowFilter(options, timeZone);
  const shifts = [];
  for (const shift of input.shifts) {
    const startMs = instant(shift.start, timeZone, `shift ${shift.id} start`);
    const endMs = instant(shift.end, timeZone, `shift ${shift.id} end`);
    if (endMs <= startMs) throw new DomainError('INVALID_INPUT', `shift ${shift.id} ends before it starts`, [{ field: 'shifts.end', message: shift.id }]);
    if (!Number.isInteger(shift.sequence) || shift.sequence < 0) throw new DomainError('INVALID_INPUT', `shift ${shift.id} has SEQUENCE ${shift.sequence}`, [{ field: 'shifts.sequence', message: shift.id }]);
    if (inWindow(startMs, endMs)) shifts.push({ shift, startMs, endMs });
  }
  // A stable order makes the same roster give the same bytes, whatever order storage returned.
  shifts.sort((a, b) => a.startMs - b.startMs || (a.shift.id < b.shift.id ? -1 : a.shift.id > b.shift.id ? 1 : 0));
  return {
    timeZone,
    vtimezone: options.vtimezone,
    stamp: new Date(instant(options.publishedAt, timeZone, 'publishedAt')),
    uidDomain: options.uidDomain ?? 'peak-roster',
    showAgentName: options.showAgentName ?? false,
    refreshSeconds: options.refreshSeconds ?? null,
    templates: new Map(input.templates.map((t) => [t.code, t])),
    shifts,
  };
}

function newCalendar(name: string, ctx: Context): ICalCalendar {
  const calendar = new ICalCalendar({ name, prodId: PRODID, ttl: ctx.refreshSeconds });
  // The zone goes on each event, not the calendar: with a calendar zone, ical-generator writes DTSTAMP as local
  // time without "Z", which RFC 5545 3.8.7.2 forbids.
  calendar.timezone({ name: null, generator: (tz) => (tz === ctx.timeZone ? ctx.vtimezone : null) });
  return calendar;
}

function addEvent(calendar: ICalCalendar, entry: Context['shifts'][number], ctx: Context): ICalEvent {
  const { shift } = entry;
  const clean = { ...shift, agentName: calendarText(shift.agentName), note: shift.note == null ? shift.note : calendarText(shift.note) };
  return calendar.createEvent({
    id: shiftEventUid(shift.id, ctx.uidDomain),
    sequence: shift.sequence,
    stamp: ctx.stamp,
    // TZDate, not Date: ical-generator writes a plain Date as the host's wall clock (ECOSYSTEM.md gotcha 4).
    start: zonedInstant(entry.startMs, ctx.timeZone),
    end: zonedInstant(entry.endMs, ctx.timeZone),
    timezone: ctx.timeZone,
    summary: shiftSummary(clean, ctx.templates, ctx.showAgentName),
    description: shiftDescription(clean),
    status: shift.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

/** The calendar exactly as ical-generator renders it on its own: the reference buildCalendar must match byte for byte. */
export function buildCalendarReference(input: CalendarInput, options: BuildCalendarOptions): string {
  const ctx = context(input, options);
  const calendar = newCalendar(escapeText(input.name), ctx);
  for (const entry of ctx.shifts) addEvent(calendar, entry, ctx);
  return calendar.toString();
}

const NAME_SLOT = 'PEAK-ROSTER-CALENDAR-NAME';
const frames = new Map<string, { head: string[]; tail: string }>();

/**
 * The calendar around the events (header, VTIMEZONE, END), rendered once per zone by ical-generator with a
 * placeholder name and one probe event, then cut at the event. Rendering and folding it for every feed cost
 * more than the events themselves.
 */
function calendarFrame(ctx: Context): { head: string[]; tail: string } {
  const key = `${ctx.timeZone}\n${ctx.refreshSeconds}\n${ctx.vtimezone}`;
  let frame = frames.get(key);
  if (!frame) {
    const probe = newCalendar(NAME_SLOT, ctx);
    addEvent(probe, ctx.shifts[0], ctx);
    const text = probe.toString();
    frame = { head: text.slice(0, text.indexOf('BEGIN:VEVENT\r\n')).split('\r\n'), tail: text.slice(text.indexOf('END:VEVENT\r\n') + 'END:VEVENT\r\n'.length) };
    if (frames.size >= 16) frames.clear();
    frames.set(key, frame);
  }
  return frame;
}

/**
 * ICS text for published shifts, one VEVENT each: TZID + VTIMEZONE, a UID from the stored shift id, SEQUENCE
 * and STATUS from storage, DTSTAMP = publishedAt. Same input, same bytes: no clock, no random UID.
 */
export function buildCalendar(input: CalendarInput, options: BuildCalendarOptions): string {
  const ctx = context(input, options);
  if (ctx.shifts.length === 0) return buildCalendarReference(input, options);
  const frame = calendarFrame(ctx);
  const name = escapeText(input.name);
  // ical-generator leaves NAME and X-WR-CALNAME out for an empty name; so does this.
  const head = frame.head
    .filter((line) => name !== '' || !line.includes(NAME_SLOT))
    .map((line) => (line.includes(NAME_SLOT) ? foldLines(line.replace(NAME_SLOT, () => name)) : line))
    .join('\r\n');
  const calendar = newCalendar(NAME_SLOT, ctx);
  let events = '';
  for (const entry of ctx.shifts) events += addEvent(calendar, entry, ctx).toString();
  return head + foldLines(events) + frame.tail;
}
