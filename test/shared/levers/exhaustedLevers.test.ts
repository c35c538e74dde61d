import { describe, expect, it } from 'vitest';
import { resolveMoney } from '../../../shared/levers/money.ts';
import { rosterPricing } from '../../../shared/levers/pricing.ts';
import { leversSchema, type LeversInput } from '../../../shared/levers/schema.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import { requirement } from '../../../shared/staffing/requirement.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../../../shared/time.ts';
import type { Agent, ForecastRow } from '../../../shared/types.ts';
import { agent } from '../roster/fixtures.ts';

function forecast(scale = 1): ForecastRow[] {
  const start = parseInstant('2026-11-10T00:00:00+08:00') as number;
  return Array.from({ length: 60 }, (_, h) => {
    const local = h % 24;
    const peak = local === 0 || local === 20 || local === 21 ? 500 : local >= 9 && local < 23 ? 150 : 30;
    const hourStart = toZonedIso(start + h * HOUR_MS);
    return [
      { hourStart, queue: 'pre_sale' as const, inquiries: peak * scale },
      { hourStart, queue: 'after_sale' as const, inquiries: 40 * scale },
    ];
  }).flat();
}

const team: Agent[] = [
  ...Array.from({ length: 8 }, (_, i) => agent(`P${i}`)),
  ...Array.from({ length: 4 }, (_, i) => agent(`S${i}`, { primaryQueue: 'after_sale', crossTrainedFor: ['pre_sale'] })),
  ...Array.from({ length: 2 }, (_, i) => agent(`T${i}`, { contract: 'part_time' })),
];

function solve(levers: LeversInput, scale = 1) {
  const f = forecast(scale);
  const rows = requirement(f, {});
  const parsed = leversSchema.parse(levers);
  const pricing = rosterPricing(rows, f, {}, resolveMoney(parsed.money));
  return { rows, pricing, result: solveRoster({ requirement: rows, agents: team, pricing, levers: parsed }) };
}

const FLOOR_WALL = 100_000;

describe('the exhausted-lever report', () => {
  const overtime = solve({ overtime: { maxHoursPerDay: 1, maxHoursPerMonth: 2 }, coverageFloor: 0.95 }).result;
  const peaks = solve({ peakShifts: { lengths: [4, 6], startHours: [18, 20, 21] }, coverageFloor: 0.95 }).result;
  const temps = solve({ temps: { maxPerDay: 2 } });

  it('names overtime where the day and month bounds hold back shifts whose next hour stays short', () => {
    const named = (overtime.exhausted ?? []).filter((e) => e.lever === 'overtime');
    expect(named.length).toBeGreaterThan(0);
    for (const e of named) {
      expect(e.causes.some((c) => ['leverDayHours', 'leverMonthHours', 'dayCeiling', 'monthCeiling'].includes(c))).toBe(true);
      expect(e.oneMore?.unit).toBe('overtimeHour');
      for (const h of e.hours) expect(overtime.shortfall.some((r) => r.queue === e.queue && Date.parse(r.hourStart) === Date.parse(h))).toBe(true);
    }
  });

  it('names peak shifts where every eligible full-timer is on shift that day or kept off by the rules', () => {
    const named = (peaks.exhausted ?? []).filter((e) => e.lever === 'peakShifts');
    expect(named.length).toBeGreaterThan(0);
    for (const e of named) {
      expect(e.causes.every((c) => c === 'onShift' || c === 'restRules')).toBe(true);
      expect(e.oneMore?.unit).toBe('peakShift');
      // One peak shift's hours: 4 or 6, all short ones covered at one agent each.
      expect([4, 6]).toContain((Date.parse(e.oneMore?.end ?? '') - Date.parse(e.oneMore?.start ?? '')) / HOUR_MS);
    }
  });

  it('says what one more unit of every exhausted lever buys: agent-hours, lost GMV and floor wall, net of its cost', () => {
    const all = [...(overtime.exhausted ?? []), ...(peaks.exhausted ?? []), ...(temps.result.exhausted ?? [])];
    expect(all.some((e) => e.lever === 'temps')).toBe(true);
    for (const e of all) {
      const unit = e.oneMore;
      if (!unit) throw new Error(`${e.lever} has no oneMore`);
      expect(unit.agentHours).toBeGreaterThan(0);
      expect(unit.costCny).toBeGreaterThan(0);
      expect(e.marginalValueCny).toBe(Math.max(0, Math.round(unit.lostGmvCny + unit.floorCny - unit.costCny)));
      // The wall is whole agents lifted back towards the floor, never more than the agent-hours covered.
      expect(unit.floorCny % FLOOR_WALL).toBeCloseTo(0, 6);
      expect(unit.floorCny).toBeLessThanOrEqual(FLOOR_WALL * unit.agentHours + 1e-6);
    }
  });

  it('prices one more temp from the lost-GMV curve of the hours it would cover, not a constant', () => {
    const e = (temps.result.exhausted ?? []).find((x) => x.lever === 'temps');
    const unit = e?.oneMore;
    if (!unit) throw new Error('no temp exhausted');
    expect(unit.floorCny).toBe(0);
    // Each covered hour saves at most its next missing agent's lost GMV and at least its least marginal one.
    const inUnit = temps.pricing.lostGmv.filter((c) => c.queue === e.queue && Date.parse(c.hourStart) >= Date.parse(unit.start) && Date.parse(c.hourStart) < Date.parse(unit.end));
    const short = inUnit.filter((c) => temps.result.shortfall.some((r) => r.queue === c.queue && Date.parse(r.hourStart) === Date.parse(c.hourStart)));
    expect(short.length).toBeGreaterThan(0);
    const most = short.reduce((sum, c) => sum + Math.max(...c.marginalCny), 0);
    expect(unit.lostGmvCny).toBeGreaterThan(0);
    expect(unit.lostGmvCny).toBeLessThanOrEqual(most + 1e-6);
    expect(unit.agentHours).toBeLessThanOrEqual(short.length);
  });
});
