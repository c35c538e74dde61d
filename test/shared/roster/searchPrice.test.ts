import { describe, expect, it } from 'vitest';
import type { RosterPricing } from '../../../shared/levers/pricing.ts';
import { leversSchema } from '../../../shared/levers/schema.ts';
import { rebuildAgents } from '../../../shared/roster/assign/rebuildAgents.ts';
import { hoursPrice, moneyPrice } from '../../../shared/roster/assign/searchPrice.ts';
import { allShifts } from '../../../shared/roster/assign/state.ts';
import { cell, requirementMatrix } from '../../../shared/roster/coverageMatrix.ts';
import { hourIndex } from '../../../shared/roster/frame.ts';
import { FLOOR_BREACH_CNY, moneyModel } from '../../../shared/roster/model/moneyModel.ts';
import { shortfallCostOf } from '../../../shared/roster/model/solveAggregate.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../../../shared/time.ts';
import { agent, oneAgentFor, shift, stateWith } from './fixtures.ts';

const WAGES = { full_time: 35, part_time: 25 };

/** Pricing where every pre-sale hour listed loses `marginalCny` per missing agent (the same for each of them). */
function pricingFor(hours: { hourStart: string; agents: number; marginalCny: number }[]): RosterPricing {
  return { wagesCnyPerHour: WAGES, minShortfallCny: 1, lostGmv: hours.map((h) => ({ hourStart: h.hourStart, queue: 'pre_sale', marginalCny: Array.from({ length: h.agents }, (_, k) => h.marginalCny + k) })) };
}

function agentsFor(first: string, hours: number, agents: number) {
  const start = parseInstant(first) as number;
  return Array.from({ length: hours }, (_, h) => ({ hourStart: toZonedIso(start + h * HOUR_MS), queue: 'pre_sale' as const, requiredAgents: agents }));
}

describe('moneyPrice', () => {
  it('charges what shortfallCostOf charges, whole or fractional agents missing, the floor wall included', () => {
    const { ctx } = stateWith([agent('A')], []);
    const requirement = agentsFor('2026-11-10T20:00:00+08:00', 1, 20);
    const required = requirementMatrix(requirement, ctx.frame);
    const money = moneyModel(pricingFor([{ hourStart: requirement[0].hourStart, agents: 20, marginalCny: 100 }]), leversSchema.parse({ coverageFloor: 0.95 }), ctx.frame, required);
    const price = moneyPrice(money, required, WAGES);
    const c = cell(hourIndex(ctx.frame, parseInstant(requirement[0].hourStart) as number), 'pre_sale');
    for (const missing of [0, 0.4, 1, 1.7, 2, 3.25, 20]) expect(price.short(c, missing)).toBeCloseTo(shortfallCostOf(money, c, missing), 6);
    // The floor (95 % of 20) lets one agent go missing at its lost GMV; the second hits the wall.
    expect(price.gain(c, 1)).toBe(100);
    expect(price.gain(c, 2)).toBe(FLOOR_BREACH_CNY);
    expect(price.gain(c, 0.5)).toBeCloseTo(50, 9);
    expect(price.maxGain).toBe(FLOOR_BREACH_CNY);
    expect(price.wage(agent('P', { contract: 'part_time' }))).toBe(25);
  });

  it('is the hours price without levers: the penalty per missing agent-hour, 1 per paid hour', () => {
    const price = hoursPrice(100);
    expect([price.short(0, 3), price.gain(0, 3), price.gain(0, 0), price.wage(agent('A')), price.maxGain]).toEqual([300, 100, 0, 1, 100]);
  });
});

describe('rebuildAgents priced in CNY', () => {
  // Eight short morning hours of little value against six short evening hours of much: hours pick the
  // morning (more short hours), money the evening (the early shift's wages exceed the GMV it would save).
  const morning = oneAgentFor('2026-11-10T08:00:00+08:00', 8);
  const evening = oneAgentFor('2026-11-10T18:00:00+08:00', 6);
  const requirement = [...morning, ...evening];
  const pricing = pricingFor([...morning.map((r) => ({ hourStart: r.hourStart, agents: 1, marginalCny: 2 })), ...evening.map((r) => ({ hourStart: r.hourStart, agents: 1, marginalCny: 400 }))]);

  it('covers the most short hours when priced in hours', () => {
    const { ctx, state } = stateWith([agent('A')], []);
    rebuildAgents(requirement, state);
    expect(allShifts(state)).toEqual([shift(ctx, 'A', 'E', '2026-11-10')]);
  });

  it('covers the hours whose missing agents lose most GMV when priced in CNY', () => {
    const { ctx, state } = stateWith([agent('A')], [['A', 'E', '2026-11-10']]);
    const required = requirementMatrix(requirement, ctx.frame);
    const price = moneyPrice(moneyModel(pricing, leversSchema.parse({}), ctx.frame, required), required, WAGES);
    expect(rebuildAgents(requirement, state, { price })).toBeGreaterThan(0);
    expect(allShifts(state)).toEqual([shift(ctx, 'A', 'M', '2026-11-10')]);
  });
});

describe('rebuildAgents against booked staff', () => {
  // A temp covers 0.77 of the one agent needed 08:00-16:00: 0.23 agent missing per hour saves 8 x 0.23 x 70 = 129 CNY,
  // less than the early shift's 280 CNY of wages, while the team's requirement rounded up (1 agent) would keep it.
  const requirement = oneAgentFor('2026-11-10T08:00:00+08:00', 8);
  const pricing = pricingFor(requirement.map((r) => ({ hourStart: r.hourStart, agents: 1, marginalCny: 70 })));

  function solveWith(booked: (required: Float64Array) => Float64Array | undefined) {
    const { ctx, state } = stateWith([agent('A')], [['A', 'E', '2026-11-10']]);
    const required = requirementMatrix(requirement, ctx.frame);
    const price = moneyPrice(moneyModel(pricing, leversSchema.parse({}), ctx.frame, required), required, WAGES);
    const cover = booked(required);
    rebuildAgents(cover ? requirement : requirement.map((r) => ({ ...r, requiredAgents: 0.23 })), state, { price, ...(cover ? { booked: cover } : {}) });
    return allShifts(state);
  }

  it('drops a shift the booked staff leave too little to do for', () => {
    expect(solveWith((required) => required.map((r) => (r > 0 ? 0.77 : 0)))).toEqual([]);
  });

  it('keeps it when handed the team requirement rounded up to whole agents', () => {
    expect(solveWith(() => undefined)).toHaveLength(1);
  });
});
