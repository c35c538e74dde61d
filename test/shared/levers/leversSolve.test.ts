import { describe, expect, it } from 'vitest';
import { resolveMoney } from '../../../shared/levers/money.ts';
import { rosterPricing } from '../../../shared/levers/pricing.ts';
import { leversSchema, type LeversInput } from '../../../shared/levers/schema.ts';
import { buildFrame } from '../../../shared/roster/frame.ts';
import { shiftColumns } from '../../../shared/roster/model/columns.ts';
import { moneyModel } from '../../../shared/roster/model/moneyModel.ts';
import { buildPools } from '../../../shared/roster/model/pools.ts';
import { solveRelaxation } from '../../../shared/roster/model/solveAggregate.ts';
import { requirementMatrix } from '../../../shared/roster/coverageMatrix.ts';
import { defaultRosterRules } from '../../../shared/roster/rulesSchema.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import { requirement } from '../../../shared/staffing/requirement.ts';
import { zonedDate } from '../../../shared/time.ts';
import { forecast, hoursOf, solveWithLevers, team, WINDOW_END, WINDOW_START } from './fixtures.ts';

describe('temps and borrowed staff', () => {
  const temps = { maxPerDay: 6, perDay: { '2026-11-11': 4 }, minHours: 4, maxHours: 6, costCnyPerHour: 30 };
  const borrowed = { maxPerDay: 2, lengths: [4], costCnyPerHour: 40 };
  const { result } = solveWithLevers({ temps, borrowed });
  const placeholders = result.assignments.filter((a) => /^(TEMP|BORROWED)-/.test(a.agentId));

  it('books them as numbered placeholders, one shift each, inside the event window and their terms', () => {
    expect(placeholders.length).toBeGreaterThan(0);
    const ids = placeholders.map((a) => a.agentId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('TEMP-001');
    for (const a of placeholders) {
      expect(a.queue).toBe('pre_sale');
      expect(Date.parse(a.start)).toBeGreaterThanOrEqual(WINDOW_START);
      expect(Date.parse(a.end)).toBeLessThanOrEqual(WINDOW_END);
      if (a.agentId.startsWith('TEMP')) expect(hoursOf(a)).toBeGreaterThanOrEqual(4);
      if (a.agentId.startsWith('TEMP')) expect(hoursOf(a)).toBeLessThanOrEqual(6);
      if (a.agentId.startsWith('BORROWED')) expect(hoursOf(a)).toBe(4);
    }
  });

  it('never books more on a day than the lever allows, the date override included', () => {
    const perDay = new Map<string, number>();
    for (const a of placeholders) {
      const key = `${a.agentId.split('-')[0]}|${zonedDate(Date.parse(a.start))}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    for (const [key, n] of perDay) {
      const [kind, date] = key.split('|');
      const bound = kind === 'TEMP' ? (date === '2026-11-11' ? 4 : 6) : 2;
      expect(n, key).toBeLessThanOrEqual(bound);
    }
    const booked = [...(result.levers?.temps ?? []), ...(result.levers?.borrowed ?? [])].reduce((s, b) => s + b.count, 0);
    expect(booked).toBe(placeholders.length);
  });

  it('prices them at their rate, with a total equal to the sum of its parts', () => {
    const cost = result.cost;
    if (!cost) throw new Error('no cost');
    const rateHours = (prefix: string) => placeholders.filter((a) => a.agentId.startsWith(prefix)).reduce((s, a) => s + hoursOf(a), 0);
    expect(cost.tempsCny).toBeCloseTo(rateHours('TEMP') * 30, 6);
    expect(cost.borrowedCny).toBeCloseTo(rateHours('BORROWED') * 40, 6);
    expect(cost.totalCny).toBeCloseTo(cost.wagesCny + cost.overtimeCny + cost.tempsCny + cost.borrowedCny + cost.lostGmvCny, 6);
    expect(result.stats.lowerBound).toBeLessThanOrEqual(result.stats.objective + 1e-6);
  });

  it('counts a temp as 1 / proficiency of an agent in the reported coverage, and keeps every team rule', () => {
    expect(result.violations).toEqual([]);
    expect(result.shortfall.some((r) => !Number.isInteger(r.scheduled))).toBe(true);
  });

  it('loses less GMV than the same team without them', () => {
    const { result: plain } = solveWithLevers({});
    expect(result.cost?.lostGmvCny).toBeLessThan(plain.cost?.lostGmvCny ?? 0);
  });
});

describe("a queue's own booking window (queueWindows)", () => {
  // After-sale help for the morning after the event, as an agency's return-week booking; pre-sale temps keep the event window.
  const afterSaleWindow = { start: '2026-11-12T02:00:00+08:00', end: '2026-11-12T12:00:00+08:00' };
  const temps = { maxPerDay: 6, minHours: 4, maxHours: 6, costCnyPerHour: 30, queues: ['pre_sale', 'after_sale'] as const, queueWindows: { after_sale: afterSaleWindow } };

  it('rejects a window for a queue the lever does not serve, naming it', () => {
    const parsed = leversSchema.safeParse({ temps: { maxPerDay: 1, queueWindows: { logistics: afterSaleWindow } } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('temps.queueWindows.logistics');
    expect(leversSchema.safeParse({ borrowed: { maxPerDay: 1, queues: ['after_sale'], queueWindows: { after_sale: { start: afterSaleWindow.end, end: afterSaleWindow.start } } } }).success).toBe(false);
  });

  it('books each queue only inside its own window: after-sale after the event, pre-sale inside it', () => {
    const { result } = solveWithLevers({ temps: { ...temps, queues: [...temps.queues] }, coverageFloor: 0.95 }, 3);
    const booked = result.assignments.filter((a) => a.agentId.startsWith('TEMP-'));
    const afterSale = booked.filter((a) => a.queue === 'after_sale');
    expect(afterSale.length).toBeGreaterThan(0);
    for (const a of afterSale) {
      expect(Date.parse(a.start)).toBeGreaterThanOrEqual(Date.parse(afterSaleWindow.start));
      expect(Date.parse(a.end)).toBeLessThanOrEqual(Date.parse(afterSaleWindow.end));
    }
    for (const a of booked.filter((b) => b.queue === 'pre_sale')) {
      expect(Date.parse(a.start)).toBeGreaterThanOrEqual(WINDOW_START);
      expect(Date.parse(a.end)).toBeLessThanOrEqual(WINDOW_END);
    }
    expect(result.violations).toEqual([]);
  });
});

describe('levers off', () => {
  it('gives exactly today’s roster when no levers are passed, priced or not', () => {
    const f = forecast();
    const rows = requirement(f, {});
    const today = solveRoster({ requirement: rows, agents: team });
    const priced = solveRoster({ requirement: rows, agents: team, pricing: rosterPricing(rows, f, {}, resolveMoney()) });
    expect(priced.assignments).toEqual(today.assignments);
    expect(priced.stats.objective).toBe(today.stats.objective);
    expect(priced.levers).toBeUndefined();
  });
});

describe('the aggregate model with a lever added', () => {
  it('never has a higher optimal cost (LP relaxation, several instance sizes)', () => {
    for (const scale of [0.5, 1, 2]) {
      const f = forecast(scale);
      const rows = requirement(f, {});
      const rules = defaultRosterRules();
      const frame = buildFrame(rows, rules);
      const ctx = { rules, frame, agents: new Map(team.map((a) => [a.id, a])) };
      const pools = buildPools(team, ctx);
      const columns = shiftColumns(pools, ctx);
      const required = requirementMatrix(rows, frame);
      const pricing = rosterPricing(rows, f, {}, resolveMoney());
      const optimum = (levers: LeversInput) => solveRelaxation(columns, required, pools, ctx, moneyModel(pricing, leversSchema.parse(levers), frame, required)).weighted;
      const none = optimum({});
      const withTemps = optimum({ temps: { maxPerDay: 5 } });
      const withBoth = optimum({ temps: { maxPerDay: 5 }, borrowed: { maxPerDay: 3 } });
      expect(withTemps).toBeLessThanOrEqual(none + 1e-6);
      expect(withBoth).toBeLessThanOrEqual(withTemps + 1e-6);
    }
  });
});
