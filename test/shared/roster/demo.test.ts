import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAgentsCsv } from '../../../shared/agents/parseAgentsCsv.ts';
import { parseForecastCsv } from '../../../shared/forecast/parseForecastCsv.ts';
import { legalExcess } from '../../../shared/labour/legalExcess.ts';
import { dayOvertime, overtimePremiumHours, type WorkDay } from '../../../shared/labour/overtimeHours.ts';
import { zonedDate } from '../../../shared/time.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import { defaultRosterRules } from '../../../shared/roster/rulesSchema.ts';
import type { RosterResult } from '../../../shared/roster/types.ts';
import { parseRequirementParams, requirement } from '../../../shared/staffing/requirement.ts';
import type { Agent, RequirementRow } from '../../../shared/types.ts';

const demo = (name: string) => readFileSync(new URL(`../../../server/demo/${name}`, import.meta.url), 'utf8');

describe('the demo Double 11 event (152 agents, 18 days)', () => {
  let agents: Agent[];
  let rows: RequirementRow[];
  let result: RosterResult;
  beforeAll(() => {
    agents = parseAgentsCsv(demo('agents.csv'));
    rows = requirement(parseForecastCsv(demo('double11-forecast.csv')), parseRequirementParams({}));
    result = solveRoster({ requirement: rows, agents });
  });

  it('solves with every rule holding', () => {
    expect(agents).toHaveLength(152);
    expect(result.assignments.length).toBeGreaterThan(1000);
    expect(result.violations).toEqual([]);
  });

  it('reports the midnight peak of the 11th as short, among the worst hours, with agents that would close it', () => {
    const midnight = result.shortfall.find((r) => r.hourStart === '2026-11-11T00:00:00+08:00' && r.queue === 'pre_sale');
    expect(midnight).toBeDefined();
    expect(midnight!.required - midnight!.scheduled).toBeGreaterThan(100);
    expect(result.summary.worst.map((r) => r.hourStart)).toContain('2026-11-11T00:00:00+08:00');
    expect(result.suggestions.some((s) => s.kind === 'agents' && s.queue === 'pre_sale' && (s.extraAgents ?? 0) > 0)).toBe(true);
  });

  it('moves cross-trained agents in both windows and returns every one to its primary queue', () => {
    const toPre = result.reassignments.filter((r) => r.toQueue === 'pre_sale');
    const toAfter = result.reassignments.filter((r) => r.toQueue === 'after_sale');
    expect(toPre.length).toBeGreaterThan(0);
    expect(toAfter.length).toBeGreaterThan(0);
    for (const r of toPre) expect(Date.parse(r.end)).toBeLessThanOrEqual(Date.parse('2026-11-12T02:00:00+08:00'));
    for (const r of toAfter) expect(Date.parse(r.end)).toBeLessThanOrEqual(Date.parse('2026-11-26T02:00:00+08:00'));
    const primary = new Map(agents.map((a) => [a.id, a.primaryQueue]));
    for (const a of result.assignments) {
      const covering = result.reassignments.find((r) => r.agentId === a.agentId && r.start <= a.start && a.end <= r.end);
      // Outside its move records an agent is on its primary queue: each move is reversed.
      expect(a.queue === primary.get(a.agentId) || covering?.toQueue === a.queue).toBe(true);
    }
  });

  it('prices its overtime in the objective and lists every legal excess, recomputed from the wire form', () => {
    const days = new Map<string, WorkDay[]>();
    for (const a of result.assignments) days.set(a.agentId, [...(days.get(a.agentId) ?? []), { date: zonedDate(Date.parse(a.start)), hours: (Date.parse(a.end) - Date.parse(a.start)) / 3_600_000 }]);
    const premium = [...days.values()].reduce((sum, list) => sum + overtimePremiumHours(dayOvertime(list)), 0);
    expect(result.objective.overtimePremiumHours).toBeCloseTo(premium, 9);
    expect(premium).toBeGreaterThan(0);
    expect(result.legalExcess).toEqual(legalExcess(result.assignments, agents));
    // Eight-hour shifts and at most six days in a row: the excess is weeks over 40 h, never a day.
    expect(new Set(result.legalExcess.map((r) => r.kind))).toEqual(new Set(['weekHours']));
  });

  it('reports stats with a proven lower bound on the cost that the roster does not beat', () => {
    const { paidHours, objective, lowerBound, gap } = result.stats;
    expect(paidHours).toBe(result.assignments.reduce((s, a) => s + (Date.parse(a.end) - Date.parse(a.start)) / 3_600_000, 0));
    expect(objective).toBe(paidHours + result.objective.overtimePremiumHours + defaultRosterRules().shortfallPenalty * result.objective.shortfallAgentHours);
    expect(lowerBound).toBeGreaterThan(0);
    expect(lowerBound).toBeLessThanOrEqual(objective);
    expect(gap).toBeCloseTo((objective - lowerBound) / lowerBound, 12);
  });
});
