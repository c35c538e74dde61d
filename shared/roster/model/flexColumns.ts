/**
 * Columns for staff booked from outside the team: temps (临时工 / 外包) and staff borrowed from other
 * departments (issue 15, levers 3 and 4). A column is "so many people on queue q from hour a to b";
 * each covers 1 / proficiency of a trained agent, costs its hourly rate, and counts against its day's bound.
 */
import { bookingWindow, type Levers, type QueueWindows } from '../../levers/schema.ts';
import { DAY_MS, HOUR_MS, hourOfDay, parseInstant } from '../../time.ts';
import type { QueueCode } from '../../types.ts';
import type { RosterFrame } from '../types.ts';

export type FlexKind = 'temps' | 'borrowed';

export interface FlexColumn {
  id: string;
  kind: FlexKind;
  queue: QueueCode;
  /** Day index the booking starts on: its day bound. */
  day: number;
  /** Horizon hours [from, to) the booking covers. */
  from: number;
  to: number;
  hours: number;
  /** Agents' worth of coverage per person: 1 / proficiency. */
  coverage: number;
  costCny: number;
}

/** One lever's booking terms, the same for temps and borrowed staff. */
interface FlexTerms {
  lengths: number[];
  startHours?: number[];
  queues: QueueCode[];
  proficiency: number;
  costCnyPerHour: number;
  window?: { start: string; end: string };
  queueWindows?: QueueWindows;
  maxPerDay: number;
  perDay: Record<string, number>;
}

function termsOf(kind: FlexKind, levers: Levers): FlexTerms | undefined {
  if (kind === 'temps') {
    const t = levers.temps;
    if (!t) return undefined;
    return { ...t, lengths: Array.from({ length: t.maxHours - t.minHours + 1 }, (_, i) => t.minHours + i) };
  }
  return levers.borrowed;
}

/** How many of a lever may be booked on a day (yyyy-MM-dd): its own date's figure, else maxPerDay. */
export function flexDayBound(kind: FlexKind, levers: Levers, date: string): number {
  const terms = termsOf(kind, levers);
  return terms ? (terms.perDay[date] ?? terms.maxPerDay) : 0;
}

/** Every booking the levers allow inside each queue's window (its own, else the lever's, else the event window) and the horizon. */
export function flexColumns(levers: Levers, frame: RosterFrame): FlexColumn[] {
  const out: FlexColumn[] = [];
  for (const kind of ['temps', 'borrowed'] as const) {
    const terms = termsOf(kind, levers);
    if (!terms) continue;
    const windows = terms.queues.map((queue) => ({ queue, ...windowMs(bookingWindow(terms, queue), frame) }));
    const first = Math.max(Math.min(...windows.map((w) => w.start)), frame.horizonStartMs);
    const last = Math.max(...windows.map((w) => w.end));
    for (let startMs = first; startMs < last; startMs += HOUR_MS) {
      if (terms.startHours && !terms.startHours.includes(hourOfDay(startMs, frame.timeZone))) continue;
      const day = Math.floor((startMs - frame.dayZeroMs) / DAY_MS);
      if (flexDayBound(kind, levers, frame.dates[day] ?? '') <= 0) continue;
      const from = (startMs - frame.horizonStartMs) / HOUR_MS;
      for (const hours of terms.lengths) {
        if (from + hours > frame.horizonHours) continue;
        for (const { queue, start, end } of windows) {
          if (startMs < start || startMs + hours * HOUR_MS > end) continue;
          out.push({ id: `${kind === 'temps' ? 'ft' : 'fb'}${out.length}`, kind, queue, day, from, to: from + hours, hours, coverage: 1 / terms.proficiency, costCny: hours * terms.costCnyPerHour });
        }
      }
    }
  }
  return out;
}

/** A lever window as instants; absent: the event window. */
function windowMs(window: { start: string; end: string } | undefined, frame: RosterFrame): { start: number; end: number } {
  if (!window) return { start: frame.eventStartMs, end: frame.eventEndMs };
  return { start: parseInstant(window.start, frame.timeZone) as number, end: parseInstant(window.end, frame.timeZone) as number };
}
