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
import { bookedPerDay } from './bookingRoom.ts';

/**
 * The bookings less every person who costs more than the lost GMV the team would leave without them, dearest first;
 * `balance` (agents per cell: required less on duty, negative where more are on duty than required) is updated.
 */
export function releaseBooked(booked: ReadonlyMap<FlexColumn, number>, balance: Float64Array, money: MoneyModel): Map<FlexColumn, number> {
  const out = new Map(booked);
  const Q = QUEUE_CODES.length;
  const net = (f: FlexColumn): number => {
    let loses = 0;
    for (let h = f.from; h < f.to; h++) {
      const i = h * Q + QUEUE_CODES.indexOf(f.queue);
      const after = balance[i] + f.coverage;
      if (after > 1e-9) loses += shortfallCostOf(money, i, after) - shortfallCostOf(money, i, Math.max(0, balance[i]));
    }
    return f.costCny - loses;
  };
  for (;;) {
    let best: FlexColumn | null = null;
    let bestNet = 1e-6;
    for (const [f, n] of out) {
      if (n <= 0) continue;
      const value = net(f);
      if (value > bestNet) [best, bestNet] = [f, value];
    }
    if (!best) return out;
    const left = (out.get(best) as number) - 1;
    if (left > 0) out.set(best, left);
    else out.delete(best);
    for (let h = best.from; h < best.to; h++) balance[h * Q + QUEUE_CODES.indexOf(best.queue)] += best.coverage;
  }
}

/** The bookings with as many more people as pay for themselves within each day's bound; `missing` (agents per cell, may be negative where more are on duty than required) is updated. */
export function topUpBooked(booked: ReadonlyMap<FlexColumn, number>, missing: Float64Array, money: MoneyModel): Map<FlexColumn, number> {
  const out = new Map(booked);
  const used = bookedPerDay(booked);
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
