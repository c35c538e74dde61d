import { describe, expect, it } from 'vitest';
import { checkAssignments } from '../../../shared/roster/checkAssignments.ts';
import { rosterRulesSchema } from '../../../shared/roster/rulesSchema.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../../../shared/time.ts';
import { QUEUE_CODES, type QueueCode } from '../../../shared/types.ts';
import { agent } from './fixtures.ts';

/** A flat requirement of `level` agents per hour on one queue from `first` for `days` days. */
function flat(first: string, days: number, levels: Partial<Record<QueueCode, number>>) {
  const start = parseInstant(first) as number;
  return Array.from({ length: days * 24 }, (_, h) =>
    Object.entries(levels).map(([queue, level]) => ({ hourStart: toZonedIso(start + h * HOUR_MS), queue: queue as QueueCode, requiredAgents: level })),
  ).flat();
}

describe('solveRoster', () => {
  it('covers a small flat requirement with no shortfall and no broken rule', () => {
    const agents = Array.from({ length: 14 }, (_, i) => agent(`A${i}`));
    const requirement = flat('2026-11-20T00:00:00+08:00', 4, { pre_sale: 2 });
    const result = solveRoster({ requirement, agents });
    expect(result.shortfall).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(checkAssignments(result, requirement, agents)).toEqual([]);
    expect(result.stats.paidHours).toBe(4 * 24 * 2);
    expect(result.stats.objective).toBe(result.stats.paidHours);
    expect(result.stats.lowerBound).toBeLessThanOrEqual(result.stats.objective + 1e-6);
  });

  it('reports shortfall and what would close it instead of throwing when staff is too small', () => {
    const agents = [agent('A1'), agent('A2')];
    const requirement = flat('2026-11-20T00:00:00+08:00', 2, { pre_sale: 3 });
    const result = solveRoster({ requirement, agents }, { requirementForCap: (cap) => flat('2026-11-20T00:00:00+08:00', 2, { pre_sale: cap >= 10 ? 0 : 3 }) });
    expect(result.shortfall.length).toBeGreaterThan(0);
    expect(result.summary.totalAgentHours).toBe(result.shortfall.reduce((s, r) => s + r.required - r.scheduled, 0));
    expect(result.suggestions.find((s) => s.kind === 'agents')?.extraAgents).toBeGreaterThan(0);
    expect(result.suggestions.find((s) => s.kind === 'cap')?.cap).toBe(10);
    expect(result.violations).toEqual([]);
  });

  it('moves cross-trained after-sale agents to pre-sale only inside the event window and records each move', () => {
    const agents = [...Array.from({ length: 3 }, (_, i) => agent(`P${i}`)), ...Array.from({ length: 6 }, (_, i) => agent(`S${i}`, { primaryQueue: 'after_sale', crossTrainedFor: ['pre_sale'] }))];
    const requirement = [...flat('2026-11-09T00:00:00+08:00', 4, { after_sale: 0 }), ...flat('2026-11-10T08:00:00+08:00', 1, { pre_sale: 6 }).slice(0, 8)];
    const result = solveRoster({ requirement, agents });
    const moved = result.assignments.filter((a) => a.reassignedFrom === 'after_sale');
    expect(moved.length).toBeGreaterThan(0);
    expect(result.reassignments.length).toBe(new Set(moved.map((a) => a.agentId)).size);
    for (const r of result.reassignments) expect(Date.parse(r.end)).toBeLessThanOrEqual(Date.parse('2026-11-12T02:00:00+08:00'));
    expect(result.violations).toEqual([]);
  });

  it('measures solveMs only with the clock it is given', () => {
    let now = 1000;
    const result = solveRoster({ requirement: flat('2026-11-20T00:00:00+08:00', 1, { pre_sale: 1 }), agents: [agent('A')] }, { clock: () => (now += 5) });
    expect(result.stats.solveMs).toBe(5);
    expect(solveRoster({ requirement: flat('2026-11-20T00:00:00+08:00', 1, { pre_sale: 1 }), agents: [agent('A')] }).stats.solveMs).toBe(0);
  });

  it('ends with equal night counts when the allowed spread is zero, instead of swapping a night back and forth', () => {
    // A random staff list under tight rules on which counts like 4,3,4 once sent the repair round forever,
    // handing one night between two agents without ever narrowing the spread.
    let seed = 4;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
    const days = 10 + Math.floor(random() * 8);
    const agents = Array.from({ length: 6 + Math.floor(random() * 14) }, (_, i) => {
      const primaryQueue = QUEUE_CODES[Math.floor(random() * 3)];
      const crossTrainedFor = QUEUE_CODES.filter((q) => q !== primaryQueue && random() < 0.5);
      return agent(`A${i}`, { primaryQueue, crossTrainedFor, contract: random() < 0.25 ? 'part_time' : 'full_time' });
    });
    const start = parseInstant('2026-11-06T00:00:00+08:00') as number;
    const requirement = Array.from({ length: days * 24 }, (_, h) => QUEUE_CODES.map((queue) => ({ hourStart: toZonedIso(start + h * HOUR_MS), queue, requiredAgents: Math.floor(random() * 4) }))).flat();
    const rules = rosterRulesSchema.parse({ maxConsecutiveDays: 3, minRestHours: 14, eventMinRestHours: 12, maxRollingHours: 40, nightFairnessSpread: 0, partTime: { maxShiftHours: 4, maxWeeklyHours: 12 } });
    const result = solveRoster({ requirement, agents, rules });
    // Night fairness with spread 0 is among the rules checked.
    expect(result.violations).toEqual([]);
    expect(checkAssignments(result, requirement, agents, rules)).toEqual([]);
  });
});
