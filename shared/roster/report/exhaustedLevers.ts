/** Which booked-staff lever ran out where a gap remains, and what one more person of it would buy (issue 15). */
import type { ExhaustedLever } from '../../levers/plan.ts';
import { HOUR_MS } from '../../time.ts';
import { cell } from '../coverageMatrix.ts';
import { isoAt } from '../instants.ts';
import type { MoneyModel } from '../model/buildCoverageModel.ts';
import type { FlexColumn } from '../model/flexColumns.ts';
import type { RosterFrame } from '../types.ts';
import { bestUnit, netSaving } from './oneMoreUnit.ts';

export interface ExhaustedInput {
  booked: ReadonlyMap<FlexColumn, number>;
  money: MoneyModel;
  /** Agents still missing per cell once the roster and every booked person are on duty. */
  missing: Float64Array;
  frame: RosterFrame;
}

/** The short hours, as ISO instants, among the horizon hours given. */
export function shortHours(hours: Iterable<number>, frame: RosterFrame): string[] {
  return [...new Set(hours)].sort((a, b) => a - b).map((h) => isoAt(frame.horizonStartMs + h * HOUR_MS, frame.timeZone));
}

/**
 * A booked-staff lever is exhausted on a day when every person its bound allows is booked and some hour one of
 * its bookings could serve is still short. One more person is priced at the booking that saves most.
 */
export function exhaustedLevers(input: ExhaustedInput): ExhaustedLever[] {
  const { frame, money, missing } = input;
  const used = new Map<string, number>();
  for (const [f, n] of input.booked) used.set(`${f.kind}|${f.day}`, (used.get(`${f.kind}|${f.day}`) ?? 0) + n);
  const groups = new Map<string, FlexColumn[]>();
  for (const f of money.flex) groups.set(`${f.kind}|${f.day}|${f.queue}`, [...(groups.get(`${f.kind}|${f.day}|${f.queue}`) ?? []), f]);
  const out: ExhaustedLever[] = [];
  for (const columns of groups.values()) {
    const { kind, day, queue } = columns[0];
    const bound = money.flexBound(kind, day);
    if ((used.get(`${kind}|${day}`) ?? 0) < bound) continue;
    const short: number[] = [];
    for (const f of columns) for (let h = f.from; h < f.to; h++) if (missing[cell(h, queue)] > 1e-9) short.push(h);
    if (short.length === 0) continue;
    const oneMore = bestUnit(
      columns.map((f) => ({ unit: 'person' as const, queue, from: f.from, to: f.to, coverage: f.coverage, costCny: f.costCny })),
      missing,
      money,
      frame,
    );
    const hours = shortHours(short, frame);
    const value = oneMore ? netSaving(oneMore) : 0;
    const date = frame.dates[day];
    const buys = oneMore ? `; one more (${oneMore.start.slice(11, 16)}-${oneMore.end.slice(11, 16)}) would cover ${oneMore.agentHours} agent-hours and save about ${value} CNY net` : '';
    out.push({ lever: kind, queue, date, causes: ['bookedAll'], hours, marginalValueCny: value, ...(oneMore ? { oneMore } : {}), message: `${kind} ran out on ${date} (${bound} booked) with ${hours.length} ${queue} hour(s) still short${buys}` });
  }
  return out;
}
