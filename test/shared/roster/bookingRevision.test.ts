import { describe, expect, it } from 'vitest';
import type { RosterPricing } from '../../../shared/levers/pricing.ts';
import { leversSchema } from '../../../shared/levers/schema.ts';
import { moneyPrice } from '../../../shared/roster/assign/searchPrice.ts';
import { releaseBooked } from '../../../shared/roster/assign/topUpBooked.ts';
import { cell, requirementMatrix } from '../../../shared/roster/coverageMatrix.ts';
import { hourIndex } from '../../../shared/roster/frame.ts';
import type { FlexColumn } from '../../../shared/roster/model/flexColumns.ts';
import { moneyModel } from '../../../shared/roster/model/moneyModel.ts';
import { parseInstant } from '../../../shared/time.ts';
import { agent, oneAgentFor, stateWith } from './fixtures.ts';

const WAGES = { full_time: 35, part_time: 25 };
const FIRST = '2026-11-10T08:00:00+08:00';

/** Four pre-sale hours from 08:00, `agents` required, each missing agent losing 100 CNY (the k-th more: 100 + k). */
function setUp(agents: number) {
  const { ctx } = stateWith([agent('A')], []);
  const requirement = oneAgentFor(FIRST, 4).map((r) => ({ ...r, requiredAgents: agents }));
  const pricing: RosterPricing = { wagesCnyPerHour: WAGES, minShortfallCny: 1, lostGmv: requirement.map((r) => ({ hourStart: r.hourStart, queue: 'pre_sale', marginalCny: Array.from({ length: agents }, (_, k) => 100 + k) })) };
  const required = requirementMatrix(requirement, ctx.frame);
  const money = moneyModel(pricing, leversSchema.parse({}), ctx.frame, required);
  const from = hourIndex(ctx.frame, parseInstant(FIRST) as number);
  const temp: FlexColumn = { id: 'ft0', kind: 'temps', queue: 'pre_sale', day: Math.floor(from / 24), from, to: from + 4, hours: 4, coverage: 1, costCny: 120 };
  return { ctx, required, money, from, temp };
}

describe('moneyPrice with the levers room', () => {
  it('charges the first agents a booking could cover at its price, the rest at their lost GMV', () => {
    const { required, money, from } = setUp(3);
    const c = cell(from, 'pre_sale');
    const cnyPerAgentHour = new Float64Array(required.length).fill(Infinity);
    const agents = new Float64Array(required.length);
    cnyPerAgentHour[c] = 40;
    agents[c] = 1.5;
    const price = moneyPrice(money, required, WAGES, { cnyPerAgentHour, agents });
    expect([price.gain(c, 1), price.gain(c, 2), price.gain(c, 3)]).toEqual([40, 40, 102]);
    expect(price.short(c + 3, 1)).toBe(100);
  });
});

describe('releaseBooked', () => {
  it('releases a booked person the team now covers for, and updates the balance', () => {
    const { required, money, from, temp } = setUp(1);
    const balance = new Float64Array(required.length);
    for (let h = from; h < from + 4; h++) balance[cell(h, 'pre_sale')] = -1;
    expect(releaseBooked(new Map([[temp, 1]]), balance, money).size).toBe(0);
    expect(balance[cell(from, 'pre_sale')]).toBe(0);
  });

  it('keeps one whose hours would go short for more than the booking costs', () => {
    const { required, money, temp } = setUp(1);
    expect(releaseBooked(new Map([[temp, 1]]), new Float64Array(required.length), money).get(temp)).toBe(1);
  });
});
