import { describe, expect, it } from 'vitest';
import { moneyPrice } from '../../../shared/roster/assign/searchPrice.ts';
import { swapForBooked } from '../../../shared/roster/assign/swapForBooked.ts';
import { cell } from '../../../shared/roster/coverageMatrix.ts';
import type { MoneyModel } from '../../../shared/roster/model/buildCoverageModel.ts';
import type { FlexColumn } from '../../../shared/roster/model/flexColumns.ts';
import { FLOOR_BREACH_CNY } from '../../../shared/roster/model/moneyModel.ts';
import { agent, shift, stateWith } from './fixtures.ts';

const DAY = 5; // 2026-11-13 in the fixtures' frame, which starts on 2026-11-08 00:00
const hour = (h: number) => DAY * 24 + h;

/** A temp on pre-sale for 08:00-16:00 on 2026-11-13, a whole agent's worth. */
const dayTemp: FlexColumn = { id: 'ft0', kind: 'temps', queue: 'pre_sale', day: DAY, from: hour(8), to: hour(16), hours: 8, coverage: 1, costCny: 240 };

function moneyWith(bound: number): MoneyModel {
  return { columnCost: () => 0, wagesCnyPerHour: { full_time: 35, part_time: 25 }, segments: () => [{ cost: FLOOR_BREACH_CNY, size: 1 }], lossSegments: () => [], flex: [dayTemp], flexBound: () => bound, extensions: [], extensionMonthCap: () => 0 };
}

/** One pre-sale agent needed every hour of 2026-11-13 00:00-16:00 (a floor of 95 % lets none go missing). */
function setUp(bound: number, shifts: [string, string, string][], agents = [agent('A')]) {
  const { ctx, state } = stateWith(agents, shifts);
  const required = new Float64Array(ctx.frame.horizonHours * 3);
  for (let h = 0; h < 16; h++) required[cell(hour(h), 'pre_sale')] = 1;
  const residual = Float64Array.from(required);
  for (const list of state.shifts.values()) for (const s of list) for (let h = (s.startMs - ctx.frame.horizonStartMs) / 3_600_000; h < (s.endMs - ctx.frame.horizonStartMs) / 3_600_000; h++) residual[cell(h, s.queue)] -= 1;
  const money = moneyWith(bound);
  const sc = { residual, required, floor: 0.95, money, price: moneyPrice(money, required, { full_time: 35, part_time: 25 }) };
  return { ctx, state, sc };
}

describe('swapForBooked', () => {
  it('moves an agent to the night no booking can reach and books a temp for the day shift it leaves', () => {
    const { ctx, state, sc } = setUp(1, [['A', 'E', '2026-11-13']]);
    const out = swapForBooked(state, new Map(), sc);
    expect(out).toEqual(new Map([[dayTemp, 1]]));
    expect(state.shifts.get('A')).toEqual([shift(ctx, 'A', 'N', '2026-11-13')]);
    for (let h = 0; h < 16; h++) expect(sc.residual[cell(hour(h), 'pre_sale')]).toBeCloseTo(0, 9);
  });

  it('trades nothing when the day bound is full: the agent would only move the gap', () => {
    const { state, sc } = setUp(0, [['A', 'E', '2026-11-13']]);
    expect(swapForBooked(state, new Map(), sc)).toEqual(new Map());
    expect(state.shifts.get('A')?.map((s) => s.template.code)).toEqual(['E']);
  });

  it('keeps night fairness: an agent a night ahead of a colleague takes no further night', () => {
    const { state, sc } = setUp(1, [['A', 'E', '2026-11-13'], ['A', 'N', '2026-11-20']], [agent('A'), agent('B')]);
    expect(swapForBooked(state, new Map(), sc)).toEqual(new Map());
    expect(state.shifts.get('A')?.map((s) => s.template.code)).toEqual(['E', 'N']);
  });
});
