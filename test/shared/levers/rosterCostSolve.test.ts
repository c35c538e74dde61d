import { describe, expect, it } from 'vitest';
import { resolveMoney } from '../../../shared/levers/money.ts';
import { rosterPricing } from '../../../shared/levers/pricing.ts';
import { lostGmvCny } from '../../../shared/levers/rosterCost.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import { requirement } from '../../../shared/staffing/requirement.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../../../shared/time.ts';
import type { ForecastRow } from '../../../shared/types.ts';
import { agent } from '../roster/fixtures.ts';

/** Two days of pre-sale inquiries with an evening peak the staff cannot cover. */
function forecast(): ForecastRow[] {
  const start = parseInstant('2026-11-20T00:00:00+08:00') as number;
  return Array.from({ length: 48 }, (_, h) => ({ hourStart: toZonedIso(start + h * HOUR_MS), queue: 'pre_sale' as const, inquiries: h % 24 >= 19 && h % 24 < 23 ? 400 : 60 }));
}

describe('solveRoster with pricing', () => {
  const agents = [...Array.from({ length: 6 }, (_, i) => agent(`F${i}`)), ...Array.from({ length: 2 }, (_, i) => agent(`P${i}`, { contract: 'part_time' }))];
  const rows = requirement(forecast(), {});
  const pricing = rosterPricing(rows, forecast(), {}, resolveMoney());

  it('prices the roster without changing it: wages by contract, lost GMV of its shortfall', () => {
    const plain = solveRoster({ requirement: rows, agents });
    const priced = solveRoster({ requirement: rows, agents, pricing });
    expect(plain.cost).toBeUndefined();
    expect(priced.assignments).toEqual(plain.assignments);
    expect(priced.stats.objective).toBe(plain.stats.objective);
    const hours = (id: string) => priced.assignments.filter((a) => a.agentId.startsWith(id)).reduce((s, a) => s + (Date.parse(a.end) - Date.parse(a.start)) / HOUR_MS, 0);
    const cost = priced.cost;
    expect(cost?.wagesCny).toBeCloseTo(hours('F') * 35 + hours('P') * 25, 2);
    expect(priced.shortfall.length).toBeGreaterThan(0);
    expect(cost?.lostGmvCny).toBeCloseTo(lostGmvCny(priced.shortfall, pricing), 2);
    expect(cost?.lostGmvCny).toBeGreaterThan(0);
    // Overtime's premium (the hour itself is in wages) at the full-time wage: every agent here overtimed is full-time.
    expect(cost?.overtimeCny).toBeCloseTo(priced.objective.overtimePremiumHours * 35, 2);
    expect(cost?.totalCny).toBeCloseTo((cost?.wagesCny ?? 0) + (cost?.overtimeCny ?? 0) + (cost?.lostGmvCny ?? 0), 2);
  });
});
