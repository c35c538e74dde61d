import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAgentsCsv } from '../../../shared/agents/parseAgentsCsv.ts';
import { parseForecastCsv } from '../../../shared/forecast/parseForecastCsv.ts';
import { resolveMoney } from '../../../shared/levers/money.ts';
import { planFile } from '../../../shared/levers/planFile.ts';
import { rosterPricing } from '../../../shared/levers/pricing.ts';
import { leversSchema, type Levers } from '../../../shared/levers/schema.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import type { RosterInput, RosterResult } from '../../../shared/roster/types.ts';
import { requirement } from '../../../shared/staffing/requirement.ts';
import { singleSwaps } from './singleSwaps.ts';

const demo = (name: string) => readFileSync(new URL(`../../../server/demo/${name}`, import.meta.url), 'utf8');

/** After-sale and logistics agent-hours below the floor in the return week the demo books an agency for. */
const returnWeekBelowFloor = (r: RosterResult) =>
  (r.belowFloor ?? []).filter((b) => b.queue !== 'pre_sale' && b.hourStart >= '2026-11-12' && b.hourStart < '2026-11-19').reduce((sum, b) => sum + b.missingAgents, 0);

describe('the demo with its levers (server/demo/levers.json)', () => {
  let result: RosterResult;
  let levers: Levers;
  let solve: (with_: Levers) => RosterResult;
  let inputOf: (with_: Levers) => RosterInput;
  beforeAll(() => {
    const forecast = parseForecastCsv(demo('double11-forecast.csv'));
    const rows = requirement(forecast, {});
    const agents = parseAgentsCsv(demo('agents.csv'));
    levers = leversSchema.parse(JSON.parse(demo('levers.json')));
    inputOf = (with_) => ({ requirement: rows, agents, pricing: rosterPricing(rows, forecast, {}, resolveMoney(with_.money)), levers: with_ });
    solve = (with_) => solveRoster(inputOf(with_));
    result = solve(levers);
  });

  it('staffs every pre-sale hour of 2026-11-11 to 95 % or names the lever that ran out there', () => {
    const day = result.shortfall.filter((r) => r.queue === 'pre_sale' && r.hourStart.startsWith('2026-11-11T') && r.scheduled < 0.95 * r.required);
    for (const r of day) {
      const named = (result.exhausted ?? []).filter((e) => e.queue === 'pre_sale' && e.hours.includes(r.hourStart));
      expect(named.length, r.hourStart).toBeGreaterThan(0);
      for (const e of named) expect(['temps', 'borrowed', 'overtime', 'peakShifts', 'staff']).toContain(e.lever);
    }
    // The demo's levers are meant to be enough: no hour of the day may need the excuse.
    expect(day.map((r) => `${r.hourStart} ${r.scheduled}/${r.required}`)).toEqual([]);
    expect(result.levers?.peakShifts.length).toBeGreaterThan(0);
  });

  it('leaves no agent home where working in place of a booked person on its hours, at its plain wage, would cost less', () => {
    // Before teamForBooked, 13 agent-days on 11-10 and 11-11 (226 such swaps) would each have saved up to 83 CNY.
    const swaps = singleSwaps(inputOf(levers), result);
    expect(swaps.length).toBeGreaterThan(0);
    expect(swaps.filter((s) => s.delta < -1e-6)).toEqual([]);
  });

  it('keeps every team rule and writes a plan whose cost is the sum of its parts', () => {
    expect(result.violations).toEqual([]);
    const plan = planFile(result);
    if (!plan) throw new Error('no plan');
    const { wagesCny, overtimeCny, tempsCny, borrowedCny, lostGmvCny, totalCny } = plan.cost;
    expect(totalCny).toBeCloseTo(wagesCny + overtimeCny + tempsCny + borrowedCny + lostGmvCny, 6);
    expect(plan.levers.temps.reduce((s, b) => s + b.count, 0)).toBeGreaterThan(0);
    // Pre-sale temps during the event; the agency's after-sale and 查件 agents only in the return week.
    for (const b of plan.levers.temps) expect(b.start, b.queue).toMatch(b.queue === 'pre_sale' ? /^2026-11-1[01]T\d\d:00:00\+08:00$/ : /^2026-11-1[2-8]T\d\d:00:00\+08:00$/);
    expect(plan.coverage.shortAgentHours).toBeGreaterThan(0);
  });

  it('books the return-week agency for after-sale and logistics within its day bound, and it lifts those queues to the floor', () => {
    const perDay = new Map<string, number>();
    for (const b of result.levers?.temps ?? []) {
      if (b.queue === 'pre_sale') continue;
      const date = b.start.slice(0, 10);
      perDay.set(date, (perDay.get(date) ?? 0) + b.count);
    }
    expect([...perDay.keys()].length).toBeGreaterThan(0);
    for (const [date, n] of perDay) expect(n, date).toBeLessThanOrEqual(levers.temps?.perDay[date] ?? 0);
    // The same demo without the agency: its 20 logistics agents cannot hold 95 % for days after the event.
    const temps = levers.temps && { ...levers.temps, queues: ['pre_sale' as const], queueWindows: undefined };
    const without = returnWeekBelowFloor(solve({ ...levers, temps }));
    expect(without).toBeGreaterThan(100);
    expect(returnWeekBelowFloor(result)).toBeLessThan(without / 4);
  });
});
