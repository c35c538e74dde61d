import { describe, expect, it } from 'vitest';
import { improveCoverage } from '../../../shared/roster/assign/improveCoverage.ts';
import { addShift, allShifts, emptyState } from '../../../shared/roster/assign/state.ts';
import { checkRoster } from '../../../shared/roster/rules/index.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../../../shared/time.ts';
import type { Agent } from '../../../shared/types.ts';
import { agent, context, shift } from './fixtures.ts';

/** One agent required on pre-sale for `hours` hours from `first`. */
function oneAgentFor(first: string, hours: number) {
  const start = parseInstant(first) as number;
  return Array.from({ length: hours }, (_, h) => ({ hourStart: toZonedIso(start + h * HOUR_MS), queue: 'pre_sale' as const, requiredAgents: 1 }));
}

function stateWith(agents: Agent[], shifts: [string, string, string][]) {
  const ctx = context(agents);
  const state = emptyState(agents, ctx);
  for (const [id, code, date] of shifts) addShift(state, shift(ctx, id, code, date));
  return { ctx, state };
}

describe('improveCoverage', () => {
  it("swaps an agent's shift that covers nothing for one that covers short hours on the same day", () => {
    const { ctx, state } = stateWith([agent('A')], [['A', 'E', '2026-11-10']]);
    const requirement = oneAgentFor('2026-11-10T16:00:00+08:00', 8);
    expect(improveCoverage(requirement, state)).toBe(1);
    expect(allShifts(state)).toEqual([shift(ctx, 'A', 'M', '2026-11-10')]);
  });

  it('hands the displaced shift to a free colleague when only the first agent may take the short hours', () => {
    // B may not work the evening, so A moves to it and B takes A's early shift over: both spans covered.
    const b = agent('B', { unavailable: [{ start: '2026-11-10T16:00:00+08:00', end: '2026-11-11T00:00:00+08:00' }] });
    const { ctx, state } = stateWith([agent('A'), b], [['A', 'E', '2026-11-10']]);
    const requirement = oneAgentFor('2026-11-10T08:00:00+08:00', 16);
    expect(improveCoverage(requirement, state)).toBe(1);
    const after = allShifts(state).sort((x, y) => x.startMs - y.startMs);
    expect(after).toEqual([shift(ctx, 'B', 'E', '2026-11-10'), shift(ctx, 'A', 'M', '2026-11-10')]);
    expect(checkRoster(after, requirement, [], ctx)).toEqual([]);
  });

  it('makes no move when every shift already covers required hours', () => {
    const { state } = stateWith([agent('A')], [['A', 'E', '2026-11-10']]);
    expect(improveCoverage(oneAgentFor('2026-11-10T08:00:00+08:00', 8), state)).toBe(0);
    expect(allShifts(state)).toHaveLength(1);
  });
});
