import { describe, expect, it } from 'vitest';
import { DEFAULT_BOOKED_CNY_PER_HOUR, leversSchema } from '../../../shared/levers/schema.ts';
import { replannedReport } from '../../../shared/replan/replannedReport.ts';
import { rosterContext } from '../../../shared/roster/solveRoster.ts';
import { EVENT_TIME_ZONE } from '../../../shared/types.ts';
import { forecast, solveWithLevers, team } from '../levers/fixtures.ts';

describe('the report of a roster recomputed from its assignments', () => {
  const levers = { temps: { maxPerDay: 6, minHours: 4, maxHours: 6, costCnyPerHour: 30 }, borrowed: { maxPerDay: 2, lengths: [4], costCnyPerHour: 40 }, overtime: { maxHoursPerDay: 2, maxHoursPerMonth: 36 } };
  const { rows, parsed, pricing, result } = solveWithLevers(levers);
  const { ctx } = rosterContext({ requirement: rows, agents: team, pricing, levers: parsed });
  const report = replannedReport(result.assignments, { requirement: rows, forecast: forecast(), params: {}, agents: team, rules: ctx.rules, levers: leversSchema.parse(levers), timeZone: EVENT_TIME_ZONE }, { withCost: true });

  it('prices a solved roster as its solve did: one home for the cost of a roster', () => {
    expect(result.assignments.some((a) => a.template === 'TEMP') && result.assignments.some((a) => a.overtimeHours)).toBe(true);
    const cost = report.cost!;
    for (const part of ['wagesCny', 'overtimeCny', 'tempsCny', 'borrowedCny', 'lostGmvCny', 'totalCny'] as const) expect(cost[part], part).toBeCloseTo(result.cost![part], 1);
  });

  it('reports the shortfall, its summary, overtime and violations as the solve did', () => {
    expect(report.summary.hoursShort).toBe(result.summary.hoursShort);
    expect(report.summary.totalAgentHours).toBeCloseTo(result.summary.totalAgentHours, 1);
    expect(report.overtime).toEqual(result.overtime);
    expect(report.violations).toEqual(result.violations);
    expect(report.paidHours).toBeCloseTo(result.stats.paidHours, 6);
  });

  it('pays booked people at their lever\'s default rate once the levers no longer offer that lever, never at nothing', () => {
    const withoutBookings = leversSchema.parse({ overtime: levers.overtime });
    const priced = replannedReport(result.assignments, { requirement: rows, forecast: forecast(), params: {}, agents: team, rules: ctx.rules, levers: withoutBookings, timeZone: EVENT_TIME_ZONE }, { withCost: true }).cost!;
    const hoursOf = (template: string) => result.assignments.filter((a) => a.template === template).reduce((sum, a) => sum + (Date.parse(a.end) - Date.parse(a.start)) / 3_600_000, 0);
    expect(hoursOf('TEMP')).toBeGreaterThan(0);
    expect(priced.tempsCny).toBeCloseTo(hoursOf('TEMP') * DEFAULT_BOOKED_CNY_PER_HOUR.temps, 6);
    expect(priced.borrowedCny).toBeCloseTo(hoursOf('BORROWED') * DEFAULT_BOOKED_CNY_PER_HOUR.borrowed, 6);
  });

  it('prices nothing without withCost', () => {
    expect(replannedReport(result.assignments, { requirement: rows, forecast: forecast(), params: {}, agents: team, rules: ctx.rules, timeZone: EVENT_TIME_ZONE }).cost).toBeUndefined();
  });
});
