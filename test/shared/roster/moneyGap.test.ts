// The solve's gap read in money (issue 15): the coverage floor's wall taken out of objective and bound alike.
import { describe, expect, it } from 'vitest';
import { moneyGap } from '../../../shared/roster/report/moneyGap.ts';
import { resolveMoney } from '../../../shared/levers/money.ts';
import { rosterPricing } from '../../../shared/levers/pricing.ts';
import { leversSchema, type LeversInput } from '../../../shared/levers/schema.ts';
import { requirementMatrix } from '../../../shared/roster/coverageMatrix.ts';
import { buildFrame } from '../../../shared/roster/frame.ts';
import { shiftColumns } from '../../../shared/roster/model/columns.ts';
import { FLOOR_BREACH_CNY, moneyModel } from '../../../shared/roster/model/moneyModel.ts';
import { buildPools } from '../../../shared/roster/model/pools.ts';
import { solveRelaxation } from '../../../shared/roster/model/solveAggregate.ts';
import { rulesWithLevers } from '../../../shared/roster/peakTemplates.ts';
import { defaultRosterRules } from '../../../shared/roster/rulesSchema.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import { requirement } from '../../../shared/staffing/requirement.ts';
import { forecast, solveWithLevers, team } from '../levers/fixtures.ts';

const below = (missingAgents: number) => ({ hourStart: '2026-11-11T00:00:00+08:00', queue: 'pre_sale' as const, required: 100, scheduled: 95 - missingAgents, floorAgents: 95, missingAgents });

describe('moneyGap', () => {
  it('is the gap itself when no hour is below the floor', () => {
    expect(moneyGap({ objective: 1_100, lowerBound: 1_000, rosterFloorWallCny: 0, boundFloorWallCny: 0, belowFloor: [] })).toEqual({ moneyGap: 0.1, belowFloorAgentHours: 0 });
  });

  it('takes the wall out of the roster and the bound, and sums the agents missing to the floor', () => {
    // 2.5 agent-hours below the floor at the wall, less the 300 CNY of lost GMV the same agents would cost without it.
    const rosterWall = 2.5 * FLOOR_BREACH_CNY - 300;
    const result = moneyGap({ objective: 1_100 + rosterWall, lowerBound: 1_000, rosterFloorWallCny: rosterWall, boundFloorWallCny: 0, belowFloor: [below(1.5), below(1)] });
    expect(result.belowFloorAgentHours).toBe(2.5);
    expect(result.moneyGap).toBeCloseTo(0.1, 12);
    const boundWall = FLOOR_BREACH_CNY - 50;
    expect(moneyGap({ objective: 1_100 + rosterWall, lowerBound: 1_000 + boundWall, rosterFloorWallCny: rosterWall, boundFloorWallCny: boundWall, belowFloor: [below(2.5)] }).moneyGap).toBeCloseTo(0.1, 12);
  });

  it('is 0 when the bound without its wall is not positive', () => {
    expect(moneyGap({ objective: 500, lowerBound: 200, rosterFloorWallCny: 0, boundFloorWallCny: 200, belowFloor: [] }).moneyGap).toBe(0);
  });
});

/** The relaxation (the bound) of the shared lever instance with these levers. */
function relaxation(input: LeversInput) {
  const f = forecast();
  const rows = requirement(f, {});
  const levers = leversSchema.parse(input);
  const pricing = rosterPricing(rows, f, {}, resolveMoney());
  const rules = rulesWithLevers(defaultRosterRules(), levers);
  const frame = buildFrame(rows, rules);
  const ctx = { rules, frame, agents: new Map(team.map((a) => [a.id, a])) };
  const pools = buildPools(team, ctx);
  const columns = shiftColumns(pools, ctx);
  const required = requirementMatrix(rows, frame);
  return { pricing, relaxed: solveRelaxation(columns, required, pools, ctx, moneyModel(pricing, levers, frame, required, columns, rules)) };
}

describe('the floor wall of a priced solve', () => {
  const scarce = { temps: { maxPerDay: 2 }, coverageFloor: 0.95 };

  it('in the bound: none without a floor; with one, taking it out leaves at least the bound of the same model without the floor', () => {
    const { relaxed: free } = relaxation({ temps: scarce.temps });
    const { relaxed: floored } = relaxation(scarce);
    expect(free.floorWallCny).toBe(0);
    expect(floored.floorWallCny).toBeGreaterThan(0);
    expect(free.bound).toBeLessThanOrEqual(floored.bound - floored.floorWallCny + 1e-6);
  });

  it('in the roster: its agent-hours below the floor are the floor report’s, and without the wall it costs what its parts cost, short hours at no less than their lost GMV', () => {
    const { result } = solveWithLevers(scarce);
    const { relaxed, pricing } = relaxation(scarce);
    const { stats, cost, summary } = result;
    expect(stats.lowerBound).toBe(relaxed.bound);
    const missing = (result.belowFloor ?? []).reduce((sum, r) => sum + r.missingAgents, 0);
    expect(missing).toBeGreaterThan(0);
    expect(stats.belowFloorAgentHours).toBeCloseTo(missing, 6);
    const rosterMoney = (1 + (stats.moneyGap ?? NaN)) * (relaxed.bound - relaxed.floorWallCny);
    expect(rosterMoney).toBeGreaterThanOrEqual((cost?.totalCny ?? Infinity) - 0.01);
    expect(rosterMoney).toBeLessThanOrEqual((cost?.totalCny ?? 0) + pricing.minShortfallCny * summary.totalAgentHours + 0.01);
  });

  it('without a floor: the gap in money is the gap and nothing is below a floor; unpriced, neither is given', () => {
    const { result } = solveWithLevers({ temps: scarce.temps });
    expect(result.stats.moneyGap).toBe(result.stats.gap);
    expect(result.stats.belowFloorAgentHours).toBe(0);
    const f = forecast();
    const unpriced = solveRoster({ requirement: requirement(f, {}), agents: team });
    expect(unpriced.stats.moneyGap).toBeUndefined();
    expect(unpriced.stats.belowFloorAgentHours).toBeUndefined();
  });
});
