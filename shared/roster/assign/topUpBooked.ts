/**
 * Booked staff topped up after the named stage (issue 15, levers 3 and 4): the integer plan sizes temps and
 * borrowed staff against the team coverage it plans, and some of that coverage does not survive the named
 * rules (a night that night fairness or rest after nights refuses). Where a day's bound has room, one more
 * person is booked on the column that saves the most CNY over its cost (the coverage floor's wall included),
 * until none pays.
 */
import { QUEUE_CODES } from '../../types.ts';
import { flexRowId, type MoneyModel } from '../model/buildCoverageModel.ts';
import type { FlexColumn } from '../model/flexColumns.ts';
import { shortfallCostOf } from '../model/solveAggregate.ts';

/** The bookings with as many more people as pay for themselves within each day's bound; `missing` (agents per cell) is updated. */
export function topUpBooked(booked: ReadonlyMap<FlexColumn, number>, missing: Float64Array, money: MoneyModel): Map<FlexColumn, number> {
  const out = new Map(booked);
  const used = new Map<string, number>();
  for (const [f, n] of booked) used.set(flexRowId(f), (used.get(flexRowId(f)) ?? 0) + n);
  const Q = QUEUE_CODES.length;
  const net = (f: FlexColumn): number => {
    let saves = 0;
    for (let h = f.from; h < f.to; h++) {
      const i = h * Q + QUEUE_CODES.indexOf(f.queue);
      const m = missing[i];
      if (m > 1e-9) saves += shortfallCostOf(money, i, m) - shortfallCostOf(money, i, Math.max(0, m - f.coverage));
    }
    return saves - f.costCny;
  };
  for (;;) {
    let best: FlexColumn | null = null;
    let bestNet = 1e-6;
    for (const f of money.flex) {
      if ((used.get(flexRowId(f)) ?? 0) >= money.flexBound(f.kind, f.day)) continue;
      const value = net(f);
      if (value > bestNet) [best, bestNet] = [f, value];
    }
    if (!best) return out;
    out.set(best, (out.get(best) ?? 0) + 1);
    used.set(flexRowId(best), (used.get(flexRowId(best)) ?? 0) + 1);
    for (let h = best.from; h < best.to; h++) missing[h * Q + QUEUE_CODES.indexOf(best.queue)] -= best.coverage;
  }
}
