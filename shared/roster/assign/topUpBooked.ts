/**
 * Booked staff adjusted after the named stage (issue 15, levers 3 and 4): the integer plan sizes temps and
 * borrowed staff against the team coverage it plans, and some of that coverage does not survive the named
 * rules (a night that night fairness or rest after nights refuses). Where a day's bound has room, one more
 * person is booked on the column that saves the most CNY over its cost (the coverage floor's wall included),
 * until none pays. Where the bound is full, a booked person is moved to another column of the same day when
 * that saves more: the plan rounded a continuous booking, so a temp covering 1 / proficiency of an agent often
 * leaves a fraction of an agent missing under the floor that a booking placed elsewhere would hold. A booked
 * person whose cost exceeds what the team would lose without them is released (`rebuildWithBookings`).
 */
import { QUEUE_CODES } from '../../types.ts';
import { flexRowId, type MoneyModel } from '../model/buildCoverageModel.ts';
import { coverHours } from '../coverageMatrix.ts';
import type { FlexColumn } from '../model/flexColumns.ts';
import { shortfallCostOf } from '../model/solveAggregate.ts';
import { bookedPerDay } from './bookingRoom.ts';

/** What `missing` agents cost in a cell; callers pass only missing > 0. */
export type ShortCost = (cell: number, missing: number) => number;

/** Passes over the bookings while some move still saves: each pass tries every booked column once. */
const MAX_REBOOK_PASSES = 20;

const Q = QUEUE_CODES.length;

/** CNY one more person on `f` (sign 1) or one fewer (-1) changes the roster's cost by, its own cost included; `missing` may be negative where the cell is over-covered. */
export function bookingDelta(f: FlexColumn, missing: Float64Array, short: ShortCost, sign: 1 | -1): number {
  const q = QUEUE_CODES.indexOf(f.queue);
  let delta = sign * f.costCny;
  for (let h = f.from; h < f.to; h++) {
    const m = missing[h * Q + q];
    const after = m - sign * f.coverage;
    delta += (after > 1e-9 ? short(h * Q + q, after) : 0) - (m > 1e-9 ? short(h * Q + q, m) : 0);
  }
  return delta;
}

/** Puts one more person on `f` (sign 1) or one fewer (-1) on duty in `missing`. */
export function book(f: FlexColumn, missing: Float64Array, sign: 1 | -1): void {
  coverHours(missing, f.queue, f.from, f.to, sign * f.coverage);
}

/**
 * The bookings less every person who costs more than the lost GMV the team would leave without them, dearest first;
 * `balance` (agents per cell: required less on duty, negative where more are on duty than required) is updated.
 */
export function releaseBooked(booked: ReadonlyMap<FlexColumn, number>, balance: Float64Array, money: MoneyModel, short: ShortCost = (i, m) => shortfallCostOf(money, i, m)): Map<FlexColumn, number> {
  const out = new Map(booked);
  for (;;) {
    let best: FlexColumn | null = null;
    let bestDelta = -1e-6;
    for (const [f, n] of out) {
      if (n <= 0) continue;
      const delta = bookingDelta(f, balance, short, -1);
      if (delta < bestDelta) [best, bestDelta] = [f, delta];
    }
    if (!best) return out;
    const left = (out.get(best) as number) - 1;
    if (left > 0) out.set(best, left);
    else out.delete(best);
    book(best, balance, -1);
  }
}

/** The bookings with as many more people as pay for themselves within each day's bound; `missing` (agents per cell, negative where over-covered) is updated. */
export function topUpBooked(booked: ReadonlyMap<FlexColumn, number>, missing: Float64Array, money: MoneyModel, short: ShortCost = (i, m) => shortfallCostOf(money, i, m)): Map<FlexColumn, number> {
  const out = new Map(booked);
  const used = bookedPerDay(booked);
  for (;;) {
    let best: FlexColumn | null = null;
    let bestDelta = -1e-6;
    for (const f of money.flex) {
      if ((used.get(flexRowId(f)) ?? 0) >= money.flexBound(f.kind, f.day)) continue;
      const delta = bookingDelta(f, missing, short, 1);
      if (delta < bestDelta) [best, bestDelta] = [f, delta];
    }
    if (!best) return out;
    out.set(best, (out.get(best) ?? 0) + 1);
    used.set(flexRowId(best), (used.get(flexRowId(best)) ?? 0) + 1);
    book(best, missing, 1);
  }
}

/**
 * The bookings with people moved, one at a time, to the column of the same day's bound where they save the most,
 * while a move lowers the cost (so the day's count never grows); `missing` (signed, as in topUpBooked) is updated.
 */
export function rebookBooked(booked: ReadonlyMap<FlexColumn, number>, missing: Float64Array, money: MoneyModel, short: ShortCost = (i, m) => shortfallCostOf(money, i, m)): Map<FlexColumn, number> {
  const out = new Map(booked);
  const byRow = new Map<string, FlexColumn[]>();
  for (const f of money.flex) byRow.set(flexRowId(f), [...(byRow.get(flexRowId(f)) ?? []), f]);
  for (let pass = 0; pass < MAX_REBOOK_PASSES; pass++) {
    let moved = false;
    for (const f of [...out.keys()]) {
      const n = out.get(f) ?? 0;
      if (n <= 0) continue;
      const freed = bookingDelta(f, missing, short, -1);
      book(f, missing, -1);
      let best: FlexColumn | null = null;
      let bestDelta = -freed - 1e-6;
      for (const g of byRow.get(flexRowId(f)) ?? []) {
        if (g === f) continue;
        const delta = bookingDelta(g, missing, short, 1);
        if (delta < bestDelta) [best, bestDelta] = [g, delta];
      }
      if (!best) {
        book(f, missing, 1);
        continue;
      }
      book(best, missing, 1);
      if (n === 1) out.delete(f);
      else out.set(f, n - 1);
      out.set(best, (out.get(best) ?? 0) + 1);
      moved = true;
    }
    if (!moved) return out;
  }
  return out;
}
