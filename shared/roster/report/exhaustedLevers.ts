/** Which booked-staff lever ran out where a gap remains, and what one more person of it would buy (issue 15). */
import type { ExhaustedLever } from '../../levers/plan.ts';
import { cell } from '../coverageMatrix.ts';
import type { MoneyModel } from '../model/buildCoverageModel.ts';
import type { FlexColumn } from '../model/flexColumns.ts';
import type { RosterFrame } from '../types.ts';
import { summariseExhaustedGroup, unitClock } from './exhaustedGroup.ts';
import { oneMoreBuys } from './oneMoreUnit.ts';

export interface ExhaustedInput {
  booked: ReadonlyMap<FlexColumn, number>;
  money: MoneyModel;
  /** Agents still missing per cell once the roster and every booked person are on duty. */
  missing: Float64Array;
  frame: RosterFrame;
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
    const placements = columns.map((f) => ({ unit: 'person' as const, queue, from: f.from, to: f.to, coverage: f.coverage, costCny: f.costCny }));
    const group = { day, queue, hours: short, causes: new Set(['bookedAll'] as const), placements };
    out.push(
      summariseExhaustedGroup(kind, group, { missing, money, frame }, ({ date, hours, oneMore }) => {
        const buys = oneMore ? `; one more (${unitClock(oneMore)}) ${oneMoreBuys(oneMore)}` : '';
        return `${kind} ran out on ${date} (${bound} booked) with ${hours.length} ${queue} hour(s) still short${buys}`;
      }),
    );
  }
  return out;
}
