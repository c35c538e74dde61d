import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalExcess } from '../../../shared/labour/legalExcess.ts';
import { dayOvertime, monthlyOvertime, type WorkDay } from '../../../shared/labour/overtimeHours.ts';
import { checkAssignments } from '../../../shared/roster/checkAssignments.ts';
import { defaultRosterRules, type RosterRules } from '../../../shared/roster/rulesSchema.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import { HOUR_MS, parseInstant, toZonedIso, zonedDate } from '../../../shared/time.ts';
import { QUEUE_CODES, type Agent, type QueueCode } from '../../../shared/types.ts';

const queue = fc.constantFrom(...QUEUE_CODES);

/** A small event: 2-5 days starting 2026-11-07..13 (so the event window is sometimes in), 2-12 agents. */
const scenario = fc
  .record({
    firstDay: fc.integer({ min: 7, max: 13 }),
    days: fc.integer({ min: 2, max: 5 }),
    agents: fc.array(
      fc.record({
        primary: queue,
        cross: fc.subarray([...QUEUE_CODES]),
        partTime: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
        away: fc.option(fc.record({ startHour: fc.integer({ min: 0, max: 119 }), hours: fc.integer({ min: 2, max: 30 }) }), { nil: undefined }),
      }),
      { minLength: 2, maxLength: 12 },
    ),
    // Required agents per queue per 4-hour block, expanded to hours.
    levels: fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }), { minLength: 30, maxLength: 30 }),
    extraTemplate: fc.option(fc.record({ startHour: fc.integer({ min: 0, max: 23 }), durationHours: fc.integer({ min: 4, max: 12 }) }), { nil: undefined }),
    // The event's working-time ceilings, tight enough to bind on a few days: a long template's extension
    // hours are overtime from the first day.
    ceilings: fc.option(fc.record({ maxDayHours: fc.integer({ min: 8, max: 12 }), maxMonthlyOvertimeHours: fc.integer({ min: 0, max: 12 }) }), { nil: undefined }),
  })
  .map(({ firstDay, days, agents, levels, extraTemplate, ceilings }) => {
    const start = parseInstant(`2026-11-${String(firstDay).padStart(2, '0')}T00:00:00+08:00`) as number;
    const roster: Agent[] = agents.map((a, i) => ({
      id: `A${i}`,
      name: `Agent ${i}`,
      primaryQueue: a.primary,
      crossTrainedFor: a.cross.filter((q) => q !== a.primary),
      contract: a.partTime ? 'part_time' : 'full_time',
      team: 'T',
      unavailable: a.away ? [{ start: toZonedIso(start + a.away.startHour * HOUR_MS), end: toZonedIso(start + (a.away.startHour + a.away.hours) * HOUR_MS) }] : [],
    }));
    const requirement = Array.from({ length: days * 24 }, (_, h) =>
      QUEUE_CODES.map((q, k) => ({ hourStart: toZonedIso(start + h * HOUR_MS), queue: q, requiredAgents: levels[Math.floor(h / 4)][k] })),
    ).flat();
    const base = defaultRosterRules();
    const withTemplate: RosterRules = extraTemplate ? { ...base, templates: [...base.templates, { code: 'X', nameZh: '加', nameEn: 'Extra', ...extraTemplate }] } : base;
    const rules: RosterRules = ceilings ? { ...withTemplate, workingTime: ceilings } : withTemplate;
    return { agents: roster, requirement, rules };
  });

describe('solveRoster on random small events', () => {
  it('every rule holds on the output (checked again from the wire form) and every short hour is reported', () => {
    fc.assert(
      fc.property(scenario, ({ agents, requirement, rules }) => {
        const result = solveRoster({ requirement, agents, rules });
        expect(result.violations).toEqual([]);
        expect(checkAssignments(result, requirement, agents, rules)).toEqual([]);
        const scheduled = new Map<string, number>();
        for (const a of result.assignments) {
          for (let t = Date.parse(a.start); t < Date.parse(a.end); t += HOUR_MS) scheduled.set(`${t}|${a.queue}`, (scheduled.get(`${t}|${a.queue}`) ?? 0) + 1);
        }
        const missing = new Map(result.shortfall.map((r) => [`${Date.parse(r.hourStart)}|${r.queue}`, r.required - r.scheduled]));
        for (const row of requirement) {
          const key = `${Date.parse(row.hourStart)}|${row.queue as QueueCode}`;
          expect((scheduled.get(key) ?? 0) + (missing.get(key) ?? 0)).toBeGreaterThanOrEqual(row.requiredAgents);
        }
        for (const a of result.assignments.filter((x) => x.reassignedFrom)) {
          const record = result.reassignments.find((r) => r.agentId === a.agentId && r.toQueue === a.queue && r.start <= a.start && a.end <= r.end);
          expect(record).toBeDefined();
        }
        // The event's ceilings, checked from the wire form with the labour functions alone.
        const days = new Map<string, WorkDay[]>();
        for (const a of result.assignments) days.set(a.agentId, [...(days.get(a.agentId) ?? []), { date: zonedDate(Date.parse(a.start)), hours: (Date.parse(a.end) - Date.parse(a.start)) / HOUR_MS }]);
        for (const list of days.values()) {
          const withOvertime = dayOvertime(list);
          for (const d of withOvertime) expect(d.hours).toBeLessThanOrEqual(rules.workingTime.maxDayHours);
          for (const hours of monthlyOvertime(withOvertime).values()) expect(hours).toBeLessThanOrEqual(rules.workingTime.maxMonthlyOvertimeHours);
        }
        expect(result.legalExcess).toEqual(legalExcess(result.assignments, agents));
        // The reported bound is a proven one: no roster, this one included, costs less.
        expect(result.stats.lowerBound).toBeLessThanOrEqual(result.stats.objective + 1e-6);
      }),
      { numRuns: 60 },
    );
  });
});
