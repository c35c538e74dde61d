// The live view's rows: the re-forecast of each hour of the event window beside what the re-plan staffs.
import type { Reforecast, Replan } from '../api.ts';

export interface LiveRow {
  hourStart: string;
  queue: Reforecast['rows'][number]['queue'];
  forecast: number;
  actual?: number;
  expected: number;
  /** Absent for hours already under way or past: the re-plan leaves them as they were. */
  required?: number;
  staffedBefore?: number;
  staffedAfter?: number;
}

/** Re-forecast rows inside [windowStart, windowEnd), joined with the re-plan's open hours by hour and queue. */
export function liveRows(reforecast: Reforecast, replan: { hours: readonly Pick<Replan['hours'][number], 'hourStart' | 'queue' | 'required' | 'staffedBefore' | 'staffedAfter'>[] } | undefined, windowStart: string, windowEnd: string): LiveRow[] {
  const from = Date.parse(windowStart);
  const to = Date.parse(windowEnd);
  const planned = new Map((replan?.hours ?? []).map((h) => [`${Date.parse(h.hourStart)}|${h.queue}`, h]));
  return reforecast.rows
    .filter((r) => Date.parse(r.hourStart) >= from && Date.parse(r.hourStart) < to)
    .map((r) => {
      const h = planned.get(`${Date.parse(r.hourStart)}|${r.queue}`);
      return { hourStart: r.hourStart, queue: r.queue, forecast: r.forecast, actual: r.actual, expected: r.expected, required: h?.required, staffedBefore: h?.staffedBefore, staffedAfter: h?.staffedAfter };
    });
}

/** What the changes cost and the GMV at risk they save, in CNY. */
export function replanMoney(replan: Pick<Replan, 'changes' | 'before' | 'after'>): { costCny: number; savedCny: number } {
  return { costCny: replan.changes.reduce((sum, c) => sum + c.costCny, 0), savedCny: replan.before.lostGmvCny - replan.after.lostGmvCny };
}
