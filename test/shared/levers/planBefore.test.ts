import { describe, expect, it } from 'vitest';
import { planFile } from '../../../shared/levers/planFile.ts';
import { planRoster, pullsLevers } from '../../../shared/levers/planRoster.ts';
import { leversSchema } from '../../../shared/levers/schema.ts';
import { defaultRosterRules } from '../../../shared/roster/rulesSchema.ts';
import { forecast, solveWithLevers, team } from './fixtures.ts';

describe("the plan's before: the same event solved without levers", () => {
  const temps = { maxPerDay: 6, minHours: 4, maxHours: 6, costCnyPerHour: 30 };
  const levers = leversSchema.parse({ temps });
  const planned = planRoster({ forecast: forecast(), params: {}, agents: team, rules: defaultRosterRules(), levers });
  const plain = solveWithLevers({}).result;

  it('has the cost and coverage of a solve with the money and no lever', () => {
    const before = planned.result.before;
    if (!before || !plain.cost) throw new Error('no before or no cost');
    expect(before.cost).toEqual(plain.cost);
    expect(before.coverage.shortHours).toBe(plain.summary.hoursShort);
    expect(before.coverage.shortAgentHours).toBeCloseTo(plain.summary.totalAgentHours, 2);
  });

  it('leaves no more short agent-hours after the levers than before, and fewer where temps help', () => {
    const before = planned.result.before;
    if (!before) throw new Error('no before');
    expect(before.coverage.shortAgentHours).toBeGreaterThan(0);
    expect(planned.result.summary.totalAgentHours).toBeLessThan(before.coverage.shortAgentHours);
    expect(planned.result.cost?.totalCny).toBeLessThanOrEqual(before.cost.totalCny);
    expect(planFile(planned.result)?.before).toEqual(before);
  });

  it('is absent when the scenario gives only money', () => {
    expect(pullsLevers(leversSchema.parse({ money: {} }))).toBe(false);
    expect(pullsLevers(undefined)).toBe(false);
    expect(pullsLevers(leversSchema.parse({ coverageFloor: 0.9 }))).toBe(true);
    const moneyOnly = planRoster({ forecast: forecast(), params: {}, agents: team, rules: defaultRosterRules(), levers: leversSchema.parse({}) });
    expect(moneyOnly.result.before).toBeUndefined();
  });
});
