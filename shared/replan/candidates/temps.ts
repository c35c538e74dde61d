/** Temp candidates, only when the event's levers allow temps: agency staff booked for the open hours, at their proficiency. */
import { bookingWindow, tempsSchema } from '../../levers/schema.ts';
import { HOUR_MS, hourOfDay, parseInstant, zonedDate } from '../../time.ts';
import { cellsOf } from '../grid.ts';
import type { CandidateContext, ChangeColumn } from './column.ts';

/** One column per (queue, start hour, length): that many temps booked; each date's bookings stay within its limit. */
export function tempColumns(cc: CandidateContext): ChangeColumn[] {
  if (!cc.levers?.temps) return [];
  const temps = tempsSchema.parse(cc.levers.temps);
  const tz = cc.ctx.frame.timeZone;
  const windows = temps.queues.map((queue) => {
    const window = bookingWindow(temps, queue);
    return { queue, start: window ? (parseInstant(window.start, tz) ?? 0) : -Infinity, end: window ? (parseInstant(window.end, tz) ?? 0) : Infinity };
  });
  const windowStart = Math.min(...windows.map((w) => w.start));
  const first = Math.ceil((cc.now + cc.noticeHours * HOUR_MS) / HOUR_MS) * HOUR_MS;
  const out: ChangeColumn[] = [];
  for (let start = Math.max(first, cc.grid.firstMs); start < cc.untilMs; start += HOUR_MS) {
    if (start < windowStart || (temps.startHours && !temps.startHours.includes(hourOfDay(start, tz)))) continue;
    const date = zonedDate(start, tz);
    const max = temps.perDay[date] ?? temps.maxPerDay;
    if (max === 0) continue;
    for (let hours = temps.minHours; hours <= temps.maxHours; hours++) {
      const end = start + hours * HOUR_MS;
      if (end > cc.untilMs) break;
      for (const { queue, start: from, end: to } of windows) {
        if (start < from || end > to) continue;
        out.push({
          key: `tp|${queue}|${start}|${hours}`,
          kind: 'temps',
          queue,
          startMs: start,
          endMs: end,
          cover: cellsOf(cc.grid, start, end, queue).map((cell) => ({ cell, amount: 1 / temps.proficiency })),
          costCny: temps.costCnyPerHour * hours,
          upper: max,
          limit: { key: `tp|${date}`, max },
          members: [],
        });
      }
    }
  }
  return out;
}
