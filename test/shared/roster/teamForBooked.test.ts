import { describe, expect, it } from 'vitest';
import { moneyPrice } from '../../../shared/roster/assign/searchPrice.ts';
import { teamForBooked } from '../../../shared/roster/assign/teamForBooked.ts';
import { cell, coveredHours } from '../../../shared/roster/coverageMatrix.ts';
import type { MoneyModel } from '../../../shared/roster/model/buildCoverageModel.ts';
import type { FlexColumn } from '../../../shared/roster/model/flexColumns.ts';
import { agent, shift, stateWith } from './fixtures.ts';

const DAY = 5; // 2026-11-13, a Friday, in the fixtures' frame, which starts on 2026-11-08 00:00
const hour = (day: number, h: number) => day * 24 + h;

/** A temp on pre-sale for 08:00-16:00 on 2026-11-13 at 30 CNY/h, covering 1 / 1.3 of an agent. */
const temp: FlexColumn = { id: 't0', kind: 'temps', queue: 'pre_sale', day: DAY, from: hour(DAY, 8), to: hour(DAY, 16), hours: 8, coverage: 1 / 1.3, costCny: 240 };

/** Each missing agent-hour costs `cny` (one convex piece). */
function moneyWith(cny: number): MoneyModel {
  return { columnCost: () => 0, wagesCnyPerHour: { full_time: 35, part_time: 25 }, segments: () => [{ cost: cny, size: 1 }], lossSegments: () => [], flex: [temp], flexBound: () => 10, extensions: [], extensionMonthCap: () => 0 };
}

/**
 * `need` pre-sale agents (1) required 08:00-16:00 on 2026-11-13 and on the other days listed, `temps` temps (2) booked
 * there (at 200 CNY per missing agent-hour one alone would leave 0.23 of an agent missing, worth keeping both), and
 * the agents' shifts on the residual.
 */
function setUp(shifts: [string, string, string][], options: { cny?: number; alsoRequired?: number[]; temps?: number; need?: number } = {}) {
  const temps = options.temps ?? 2;
  const { ctx, state } = stateWith([agent('A'), agent('B')], shifts);
  const required = new Float64Array(ctx.frame.horizonHours * 3);
  for (const day of [DAY, ...(options.alsoRequired ?? [])]) for (let h = 8; h < 16; h++) required[cell(hour(day, h), 'pre_sale')] = options.need ?? 1;
  const residual = Float64Array.from(required);
  for (const list of state.shifts.values()) {
    for (const s of list) {
      const [from, to] = coveredHours(s, ctx.frame);
      for (let h = from; h < to; h++) residual[cell(h, s.queue)] -= 1;
    }
  }
  for (let h = temp.from; h < temp.to; h++) residual[cell(h, 'pre_sale')] -= temps * temp.coverage;
  const money = moneyWith(options.cny ?? 200);
  return { ctx, state, tc: { residual, money, price: moneyPrice(money, required, { full_time: 35, part_time: 25 }) } };
}

describe('teamForBooked', () => {
  it('gives an agent who is off the shift two temps held, and lets both temps go', () => {
    const { ctx, state, tc } = setUp([]);
    const out = teamForBooked(state, new Map([[temp, 2]]), tc);
    expect(out).toEqual(new Map());
    expect([...state.shifts.values()].flat()).toEqual([shift(ctx, 'A', 'E', '2026-11-13')]);
    for (let h = 8; h < 16; h++) expect(tc.residual[cell(hour(DAY, h), 'pre_sale')]).toBeCloseTo(0, 9);
  });

  it('keeps a lone temp covering what the hours need: the agent would cost 280 CNY for its 240', () => {
    const { state, tc } = setUp([], { temps: 1, need: temp.coverage });
    expect(teamForBooked(state, new Map([[temp, 1]]), tc)).toEqual(new Map([[temp, 1]]));
    expect([...state.shifts.values()].flat()).toEqual([]);
  });

  it('gives up a spare shift of the same week rather than work past 40 hours at the rest day rate', () => {
    // Mon-Thu and Saturday worked: a shift on Friday would push Saturday's 8 hours to 200 %. Only Friday needs anyone.
    const week: [string, string, string][] = ['09', '10', '11', '12', '14'].map((d) => ['A', 'E', `2026-11-${d}`]);
    const { ctx, state, tc } = setUp([...week, ['B', 'M', '2026-11-13']]);
    expect(teamForBooked(state, new Map([[temp, 2]]), tc)).toEqual(new Map());
    expect(state.shifts.get('A')?.map((s) => ctx.frame.dates[s.day].slice(8))).toContain('13');
    expect(state.shifts.get('A')).toHaveLength(5);
  });

  it('leaves the agent home when every shift of its full week is needed', () => {
    const week: [string, string, string][] = ['09', '10', '11', '12', '14'].map((d) => ['A', 'E', `2026-11-${d}`]);
    // 100 CNY per missing agent-hour: each of its days is worth keeping, and 70 CNY/h on Friday loses to the temps' 39.
    const { state, tc } = setUp([...week, ['B', 'M', '2026-11-13']], { cny: 100, alsoRequired: [DAY - 4, DAY - 3, DAY - 2, DAY - 1, DAY + 1] });
    expect(teamForBooked(state, new Map([[temp, 2]]), tc)).toEqual(new Map([[temp, 2]]));
    expect(state.shifts.get('A')).toHaveLength(5);
  });
});
