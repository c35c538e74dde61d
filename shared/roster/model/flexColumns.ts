/**
 * Columns for staff booked from outside the team: temps (临时工 / 外包) and staff borrowed from other
 * departments (issue 15, levers 3 and 4). A column is "so many people on queue q from hour a to b";
 * each covers 1 / proficiency of a trained agent, costs its hourly rate, and counts against its day's bound.
 */
import type { Levers } from '../../levers/schema.ts';
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

/** Every booking the levers allow inside their window (the event window when they name none) and the horizon. */
export function flexColumns(levers: Levers, frame: RosterFrame): FlexColumn[] {
  const out: FlexColumn[] = [];
  for (const kind of ['temps', 'borrowed'] as const) {
    const terms = termsOf(kind, levers);
    if (!terms) continue;
    const windowStart = terms.window ? (parseInstant(terms.window.start, frame.timeZone) as number) : frame.eventStartMs;
    const windowEnd = terms.window ? (parseInstant(terms.window.end, frame.timeZone) as number) : frame.eventEndMs;
    for (let startMs = Math.max(windowStart, frame.horizonStartMs); startMs < windowEnd; startMs += HOUR_MS) {
      if (terms.startHours && !terms.startHours.includes(hourOfDay(startMs, frame.timeZone))) continue;
      const day = Math.floor((startMs - frame.dayZeroMs) / DAY_MS);
      if (flexDayBound(kind, levers, frame.dates[day] ?? '') <= 0) continue;
      const from = (startMs - frame.horizonStartMs) / HOUR_MS;
      for (const hours of terms.lengths) {
        if (startMs + hours * HOUR_MS > windowEnd || from + hours > frame.horizonHours) continue;
        for (const queue of terms.queues) {
          out.push({ id: `${kind === 'temps' ? 'ft' : 'fb'}${out.length}`, kind, queue, day, from, to: from + hours, hours, coverage: 1 / terms.proficiency, costCny: hours * terms.costCnyPerHour });
        }
      }
    }
  }
  return out;
}
