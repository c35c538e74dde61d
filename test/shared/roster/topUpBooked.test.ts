import { describe, expect, it } from 'vitest';
import { rebookBooked, topUpBooked } from '../../../shared/roster/assign/topUpBooked.ts';
import { cell } from '../../../shared/roster/coverageMatrix.ts';
import type { MoneyModel } from '../../../shared/roster/model/buildCoverageModel.ts';
import type { FlexColumn } from '../../../shared/roster/model/flexColumns.ts';
import { FLOOR_BREACH_CNY } from '../../../shared/roster/model/moneyModel.ts';

const HOURS = 12;

/** A temp on pre-sale for [from, to) of day 0, covering 1 / 1.3 of an agent at 30 CNY an hour. */
function temp(id: string, from: number, to: number): FlexColumn {
  return { id, kind: 'temps', queue: 'pre_sale', day: 0, from, to, hours: to - from, coverage: 1 / 1.3, costCny: 30 * (to - from) };
}

/** Every missing agent beyond the floor at the wall; `bound` temps a day. */
function moneyWith(flex: FlexColumn[], bound: number): MoneyModel {
  return {
    columnCost: () => 0,
    wagesCnyPerHour: { full_time: 35, part_time: 25 },
    segments: () => [{ cost: FLOOR_BREACH_CNY, size: 1 }],
    lossSegments: () => [],
    flex,
    flexBound: () => bound,
    extensions: [],
    extensionMonthCap: () => 0,
  };
}

/** Signed residual per pre-sale hour (negative: over-covered). */
function residual(perHour: number[]): Float64Array {
  const out = new Float64Array(cell(HOURS, 'pre_sale'));
  perHour.forEach((m, h) => (out[cell(h, 'pre_sale')] = m));
  return out;
}

describe('rebookBooked', () => {
  const morning = temp('am', 0, 4);
  const afternoon = temp('pm', 4, 8);

  it('moves a temp from hours with more than they need to hours under the floor when the day is fully booked', () => {
    const missing = residual([-1, -1, -1, -1, 0.3, 0.3, 0.3, 0.3]);
    const money = moneyWith([morning, afternoon], 1);
    // The day's bound is full, so topping up cannot help.
    expect(topUpBooked(new Map([[morning, 1]]), Float64Array.from(missing), money)).toEqual(new Map([[morning, 1]]));
    const out = rebookBooked(new Map([[morning, 1]]), missing, money);
    expect(out).toEqual(new Map([[afternoon, 1]]));
    expect(missing[cell(5, 'pre_sale')]).toBeCloseTo(0.3 - 1 / 1.3, 9);
    expect(missing[cell(1, 'pre_sale')]).toBeCloseTo(-1 + 1 / 1.3, 9);
  });

  it('keeps a temp whose hours would fall under the floor without it', () => {
    const missing = residual([0.1, 0.1, 0.1, 0.1, 0.3, 0.3, 0.3, 0.3]);
    const out = rebookBooked(new Map([[morning, 1]]), missing, moneyWith([morning, afternoon], 1));
    expect(out).toEqual(new Map([[morning, 1]]));
  });

  it('never books more people on a day than were booked', () => {
    const late = temp('late', 8, 12);
    const missing = residual([-2, -2, -2, -2, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    const out = rebookBooked(new Map([[morning, 2]]), missing, moneyWith([morning, afternoon, late], 5));
    expect([...out.values()].reduce((a, b) => a + b, 0)).toBe(2);
    expect(out).toEqual(new Map([[afternoon, 1], [late, 1]]));
  });
});
