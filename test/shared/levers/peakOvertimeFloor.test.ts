import { describe, expect, it } from 'vitest';
import { dayKind, OVERTIME_PAY_RATE } from '../../../shared/labour/dayKind.ts';
import { resolveMoney } from '../../../shared/levers/money.ts';
import { rosterPricing } from '../../../shared/levers/pricing.ts';
import { leversSchema, type LeversInput } from '../../../shared/levers/schema.ts';
import { checkAssignments } from '../../../shared/roster/checkAssignments.ts';
import { buildFrame } from '../../../shared/roster/frame.ts';
import { shiftColumns } from '../../../shared/roster/model/columns.ts';
import { moneyModel } from '../../../shared/roster/model/moneyModel.ts';
import { buildPools } from '../../../shared/roster/model/pools.ts';
import { solveRelaxation } from '../../../shared/roster/model/solveAggregate.ts';
import { isPeakTemplate, peakTemplateCode, rulesWithLevers } from '../../../shared/roster/peakTemplates.ts';
import { requirementMatrix } from '../../../shared/roster/coverageMatrix.ts';
import { defaultRosterRules } from '../../../shared/roster/rulesSchema.ts';
import { requirement } from '../../../shared/staffing/requirement.ts';
import { hourOfDay, zonedDate } from '../../../shared/time.ts';
import { forecast, hoursOf, solveWithLevers, team, WINDOW_END, WINDOW_START } from './fixtures.ts';

const peakShifts = { lengths: [4, 6], startHours: [18, 20, 21] };
const overtime = { maxHoursPerDay: 2, maxHoursPerMonth: 3 };

describe('peak shifts', () => {
  // A quiet day around the spikes: 8-hour shifts would be paid through hours nobody needs.
  const { rows, parsed, result } = solveWithLevers({ peakShifts }, 0.4, 10);
  const peaks = result.assignments.filter((a) => /^P\d\d-\d+$/.test(a.template));

  it('are used, by full-time agents, only at allowed lengths and start hours inside the event window', () => {
    expect(peaks.length).toBeGreaterThan(0);
    for (const a of peaks) {
      expect(team.find((t) => t.id === a.agentId)?.contract).toBe('full_time');
      expect(peakShifts.lengths).toContain(hoursOf(a));
      expect(peakShifts.startHours).toContain(hourOfDay(Date.parse(a.start)));
      expect(a.template).toBe(peakTemplateCode(hourOfDay(Date.parse(a.start)), hoursOf(a)));
      expect(Date.parse(a.start)).toBeGreaterThanOrEqual(WINDOW_START);
      expect(Date.parse(a.end)).toBeLessThanOrEqual(WINDOW_END);
    }
    expect(result.levers?.peakShifts).toEqual(peaks.map((a) => ({ agentId: a.agentId, start: a.start, end: a.end })).sort((x, y) => Date.parse(x.start) - Date.parse(y.start) || x.agentId.localeCompare(y.agentId)));
  });

  it('pass every rule function of the checker under the rules they travel with', () => {
    expect(result.violations).toEqual([]);
    const rules = rulesWithLevers(defaultRosterRules(), parsed);
    expect(checkAssignments(result, rows, team, rules)).toEqual([]);
    // Without the lever the same codes are unknown templates: the checker refuses them, never guesses.
    expect(() => checkAssignments(result, rows, team)).toThrow(/unknown template/);
  });

  it('lower the roster cost against the same team without them', () => {
    const { result: plain } = solveWithLevers({}, 0.4, 10);
    expect(result.cost?.totalCny).toBeLessThan(plain.cost?.totalCny ?? 0);
  });
});

describe('overtime', () => {
  const { rows, parsed, result } = solveWithLevers({ overtime });
  const extended = result.assignments.filter((a) => a.overtimeHours);

  it('extends shifts by whole hours within the day and month bounds, listed with the day kind’s pay rate', () => {
    expect(extended.length).toBeGreaterThan(0);
    const perMonth = new Map<string, number>();
    for (const a of extended) {
      expect(a.overtimeHours).toBeLessThanOrEqual(overtime.maxHoursPerDay);
      const key = `${a.agentId}|${zonedDate(Date.parse(a.start)).slice(0, 7)}`;
      perMonth.set(key, (perMonth.get(key) ?? 0) + (a.overtimeHours ?? 0));
    }
    for (const [key, hours] of perMonth) expect(hours, key).toBeLessThanOrEqual(overtime.maxHoursPerMonth);
    const listed = result.levers?.overtime ?? [];
    expect(listed.map((o) => [o.agentId, o.hours])).toEqual(expect.arrayContaining(extended.map((a) => [a.agentId, a.overtimeHours])));
    expect(listed.length).toBe(extended.length);
    for (const o of listed) expect(o.rate).toBe(OVERTIME_PAY_RATE[dayKind(o.date).kind]);
  });

  it('shows as the later end of a template shift, which every rule function accepts', () => {
    expect(result.violations).toEqual([]);
    expect(checkAssignments(result, rows, team, rulesWithLevers(defaultRosterRules(), parsed))).toEqual([]);
    for (const a of extended) expect(hoursOf(a)).toBe(8 + (a.overtimeHours ?? 0));
  });

  it('is priced in the cost, whose total is the sum of its parts', () => {
    const cost = result.cost;
    if (!cost) throw new Error('no cost');
    expect(cost.overtimeCny).toBeGreaterThan(0);
    expect(cost.totalCny).toBeCloseTo(cost.wagesCny + cost.overtimeCny + cost.tempsCny + cost.borrowedCny + cost.lostGmvCny, 6);
    expect(result.stats.lowerBound).toBeLessThanOrEqual(result.stats.objective + 1e-6);
  });
});

describe('the coverage floor', () => {
  const temps = { maxPerDay: 40, minHours: 4, maxHours: 6 };
  const { result } = solveWithLevers({ peakShifts, overtime, temps, coverageFloor: 0.95 });
  const { result: scarce } = solveWithLevers({ temps: { maxPerDay: 2 }, coverageFloor: 0.95 });

  it('pulls the levers harder than the same levers without it: less of the event window below 95 %, every rule kept', () => {
    const { result: free } = solveWithLevers({ peakShifts, overtime, temps });
    const inWindow = (r: { hourStart: string }) => Date.parse(r.hourStart) >= WINDOW_START && Date.parse(r.hourStart) < WINDOW_END;
    const belowFloor = (rows: { hourStart: string; required: number; scheduled: number }[]) =>
      rows.filter(inWindow).reduce((sum, r) => sum + Math.max(0, Math.ceil(0.95 * r.required - 1e-9) - r.scheduled), 0);
    expect(belowFloor(result.shortfall)).toBeLessThan(belowFloor(free.shortfall));
    expect(result.violations).toEqual([]);
    expect(free.belowFloor).toBeUndefined();
  });

  it('says which hours fall short, by how many agents, and names the lever that ran out', () => {
    const below = scarce.belowFloor ?? [];
    expect(below.length).toBeGreaterThan(0);
    for (const r of below) {
      // The floor is whole agents, ceil(95 % x required), as the money model counts it: 8.77 on duty of 9 is below it.
      expect(r.scheduled).toBeLessThan(Math.ceil(0.95 * r.required - 1e-9));
      expect(r.missingAgents).toBeCloseTo(Math.ceil(0.95 * r.required - 1e-9) - r.scheduled, 6);
      const named = (scarce.exhausted ?? []).filter((e) => e.queue === r.queue && e.hours.includes(r.hourStart));
      expect(named.length, r.hourStart).toBeGreaterThan(0);
    }
  });
});

describe('the aggregate model with peak shifts and overtime added', () => {
  it('never has a higher optimal cost (LP relaxation, several instance sizes)', () => {
    for (const scale of [0.5, 1, 2]) {
      const f = forecast(scale);
      const rows = requirement(f, {});
      const pricing = rosterPricing(rows, f, {}, resolveMoney());
      const optimum = (input: LeversInput) => {
        const levers = leversSchema.parse(input);
        const rules = rulesWithLevers(defaultRosterRules(), levers);
        const frame = buildFrame(rows, rules);
        const ctx = { rules, frame, agents: new Map(team.map((a) => [a.id, a])) };
        const pools = buildPools(team, ctx);
        const columns = shiftColumns(pools, ctx);
        const required = requirementMatrix(rows, frame);
        return solveRelaxation(columns, required, pools, ctx, moneyModel(pricing, levers, frame, required, columns, rules)).weighted;
      };
      const none = optimum({});
      const withPeaks = optimum({ peakShifts });
      const withBoth = optimum({ peakShifts, overtime });
      expect(withPeaks, `scale ${scale}`).toBeLessThanOrEqual(none + 1e-6);
      expect(withBoth, `scale ${scale}`).toBeLessThanOrEqual(withPeaks + 1e-6);
    }
  });

  it('generates peak templates only for full-time staff, inside the window', () => {
    const rules = rulesWithLevers(defaultRosterRules(), leversSchema.parse({ peakShifts }));
    const peaks = rules.templates.filter(isPeakTemplate);
    expect(peaks.map((t) => t.code).sort()).toEqual(['P18-4', 'P18-6', 'P20-4', 'P20-6', 'P21-4', 'P21-6']);
    for (const t of peaks) expect(t.contracts).toEqual(['full_time']);
    expect(peaks.find((t) => t.code === 'P20-6')).toMatchObject({ activeFrom: '2026-11-10', activeTo: '2026-11-11' });
    expect(rulesWithLevers(rules, leversSchema.parse({ peakShifts })).templates).toHaveLength(rules.templates.length);
  });
});
