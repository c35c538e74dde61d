import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RosterPricing } from '../../../shared/levers/pricing.ts';
import { leversSchema } from '../../../shared/levers/schema.ts';
import { checkAssignments } from '../../../shared/roster/checkAssignments.ts';
import { rulesWithLevers } from '../../../shared/roster/peakTemplates.ts';
import { defaultRosterRules } from '../../../shared/roster/rulesSchema.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import { HOUR_MS, hourOfDay, parseInstant, toZonedIso, zonedDate } from '../../../shared/time.ts';
import { QUEUE_CODES, type Agent } from '../../../shared/types.ts';

const EVENT_START = Date.parse('2026-11-10T08:00:00+08:00');
const EVENT_END = Date.parse('2026-11-12T02:00:00+08:00');

/** A small event around the event window, 2-4 days from 2026-11-09..11, 3-10 agents, and a random lever set. */
const scenario = fc
  .record({
    firstDay: fc.integer({ min: 9, max: 11 }),
    days: fc.integer({ min: 2, max: 4 }),
    agents: fc.array(fc.record({ primary: fc.constantFrom(...QUEUE_CODES), partTime: fc.integer({ min: 0, max: 3 }).map((n) => n === 0) }), { minLength: 3, maxLength: 10 }),
    levels: fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }), { minLength: 24, maxLength: 24 }),
    lengths: fc.subarray([4, 5, 6], { minLength: 1 }),
    startHours: fc.subarray([0, 6, 9, 14, 18, 20, 21], { minLength: 1 }),
    overtime: fc.option(fc.record({ maxHoursPerDay: fc.integer({ min: 1, max: 3 }), maxHoursPerMonth: fc.integer({ min: 0, max: 6 }) }), { nil: undefined }),
    temps: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    floor: fc.option(fc.constantFrom(0.8, 0.95), { nil: undefined }),
  })
  .map(({ firstDay, days, agents, levels, lengths, startHours, overtime, temps, floor }) => {
    const start = parseInstant(`2026-11-${String(firstDay).padStart(2, '0')}T00:00:00+08:00`) as number;
    const team: Agent[] = agents.map((a, i) => ({ id: `A${i}`, name: `Agent ${i}`, primaryQueue: a.primary, crossTrainedFor: [], contract: a.partTime ? 'part_time' : 'full_time', team: 'T', unavailable: [] }));
    const requirement = Array.from({ length: days * 24 }, (_, h) => QUEUE_CODES.map((q, k) => ({ hourStart: toZonedIso(start + h * HOUR_MS), queue: q, requiredAgents: levels[Math.floor(h / 4) % 24][k] }))).flat();
    // Lost GMV rising with each missing agent, as the requirement model's curve does.
    const pricing: RosterPricing = { wagesCnyPerHour: { full_time: 35, part_time: 25 }, minShortfallCny: 70, lostGmv: requirement.map((r) => ({ hourStart: r.hourStart, queue: r.queue, marginalCny: Array.from({ length: r.requiredAgents }, (_, k) => 60 + 40 * k) })) };
    const levers = leversSchema.parse({
      peakShifts: { lengths, startHours },
      ...(overtime ? { overtime } : {}),
      ...(temps !== undefined ? { temps: { maxPerDay: temps } } : {}),
      ...(floor !== undefined ? { coverageFloor: floor } : {}),
    });
    return { team, requirement, pricing, levers };
  });

describe('solveRoster with peak shifts, overtime, temps and a floor on random small events', () => {
  it('uses no lever beyond its bounds, keeps every rule, and prices the cost as the sum of its parts', () => {
    fc.assert(
      fc.property(scenario, ({ team, requirement, pricing, levers }) => {
        const result = solveRoster({ requirement, agents: team, pricing, levers });
        expect(result.violations).toEqual([]);
        const employed = result.assignments.filter((a) => !/^(TEMP|BORROWED)-/.test(a.agentId));
        // The wire-form checker judges the team's own roster; with placeholders booked, the engine's own check (above) covers it.
        if (employed.length === result.assignments.length) expect(checkAssignments(result, requirement, team, rulesWithLevers(defaultRosterRules(), levers))).toEqual([]);
        const monthOvertime = new Map<string, number>();
        for (const a of employed) {
          const hours = (Date.parse(a.end) - Date.parse(a.start)) / HOUR_MS - (a.overtimeHours ?? 0);
          if (/^P\d\d-\d+$/.test(a.template)) {
            expect(team.find((t) => t.id === a.agentId)?.contract).toBe('full_time');
            expect(levers.peakShifts?.lengths).toContain(hours);
            expect(levers.peakShifts?.startHours).toContain(hourOfDay(Date.parse(a.start)));
            expect(Date.parse(a.start)).toBeGreaterThanOrEqual(EVENT_START);
            expect(Date.parse(a.start) + hours * HOUR_MS).toBeLessThanOrEqual(EVENT_END);
          }
          if (a.overtimeHours) {
            expect(levers.overtime).toBeDefined();
            expect(a.overtimeHours).toBeLessThanOrEqual(levers.overtime?.maxHoursPerDay ?? 0);
            expect(Date.parse(a.end)).toBeLessThanOrEqual(EVENT_END);
            const key = `${a.agentId}|${zonedDate(Date.parse(a.start)).slice(0, 7)}`;
            monthOvertime.set(key, (monthOvertime.get(key) ?? 0) + a.overtimeHours);
          }
        }
        for (const hours of monthOvertime.values()) expect(hours).toBeLessThanOrEqual(levers.overtime?.maxHoursPerMonth ?? 0);
        const cost = result.cost;
        if (!cost) throw new Error('no cost');
        expect(cost.totalCny).toBeCloseTo(cost.wagesCny + cost.overtimeCny + cost.tempsCny + cost.borrowedCny + cost.lostGmvCny, 6);
        expect(result.stats.lowerBound).toBeLessThanOrEqual(result.stats.objective + 1e-6);
        expect(result.levers?.overtime.length).toBe(employed.filter((a) => a.overtimeHours).length);
        expect(result.levers?.peakShifts.length).toBe(employed.filter((a) => /^P\d\d-\d+$/.test(a.template)).length);
        if (levers.coverageFloor === undefined) expect(result.belowFloor).toBeUndefined();
        for (const r of result.belowFloor ?? []) expect(r.scheduled).toBeLessThan(Math.ceil((levers.coverageFloor ?? 0) * r.required - 1e-9));
      }),
      { numRuns: 25, seed: 15 },
    );
  });
});
