import { describe, expect, it } from 'vitest';
import { focusedGroup, rebuildAgents, seeded } from '../../../shared/roster/assign/rebuildAgents.ts';
import { addShift } from '../../../shared/roster/assign/state.ts';
import { cell } from '../../../shared/roster/coverageMatrix.ts';
import { hourIndex } from '../../../shared/roster/frame.ts';
import { QUEUE_CODES } from '../../../shared/types.ts';
import { allShifts } from '../../../shared/roster/assign/state.ts';
import { checkRoster } from '../../../shared/roster/rules/index.ts';
import { coverageShortfall } from '../../../shared/roster/coverageMatrix.ts';
import { sortShifts } from '../../../shared/roster/shift.ts';
import { agent, oneAgentFor, shift, stateWith } from './fixtures.ts';

describe('rebuildAgents', () => {
  it("replaces an agent's shift that covers nothing by one that covers short hours", () => {
    const { ctx, state } = stateWith([agent('A')], [['A', 'E', '2026-11-10']]);
    expect(rebuildAgents(oneAgentFor('2026-11-10T16:00:00+08:00', 8), state)).toBe(1);
    expect(allShifts(state)).toEqual([shift(ctx, 'A', 'M', '2026-11-10')]);
  });

  it('rebuilds a whole week: a run of shifts where the short hours are, within the run limit', () => {
    const { ctx, state } = stateWith([agent('A')], []);
    const requirement = Array.from({ length: 8 }, (_, d) => oneAgentFor(`2026-11-${String(10 + d).padStart(2, '0')}T08:00:00+08:00`, 8)).flat();
    rebuildAgents(requirement, state);
    const shifts = sortShifts(allShifts(state));
    // Eight early spans, at most six days in a row, so seven of them. Six in a row from Tuesday 11-10 would
    // put a sixth day into the ISO week 11-09..11-15, 8 h past 40 paid at 200 % on Sunday; five, a day off
    // on that Sunday, then two in the next week cover as much without overtime.
    expect(shifts.map((s) => s.day - shifts[0].day)).toEqual([0, 1, 2, 3, 4, 6, 7]);
    expect(state.ctx.frame.dates[shifts[5].day]).toBe('2026-11-16');
    expect(checkRoster(shifts, requirement, coverageShortfall(requirement, shifts, ctx.frame), ctx)).toEqual([]);
  });

  it('moves two agents at once when neither move alone lowers the cost', () => {
    // B may not work the evening, so only A can cover it, and only if B takes A's early shift over.
    const b = agent('B', { unavailable: [{ start: '2026-11-10T16:00:00+08:00', end: '2026-11-11T00:00:00+08:00' }] });
    const { ctx, state } = stateWith([agent('A'), b], [['A', 'E', '2026-11-10']]);
    const requirement = oneAgentFor('2026-11-10T08:00:00+08:00', 16);
    expect(rebuildAgents(requirement, state)).toBeGreaterThan(0);
    const after = sortShifts(allShifts(state));
    expect(after).toEqual([shift(ctx, 'B', 'E', '2026-11-10'), shift(ctx, 'A', 'M', '2026-11-10')]);
    expect(checkRoster(after, requirement, [], ctx)).toEqual([]);
  });

  it('changes nothing when every shift already covers required hours', () => {
    const { state } = stateWith([agent('A')], [['A', 'E', '2026-11-10']]);
    expect(rebuildAgents(oneAgentFor('2026-11-10T08:00:00+08:00', 8), state)).toBe(0);
    expect(allShifts(state)).toHaveLength(1);
  });

  describe('the group a ruin-and-recreate round takes apart', () => {
    // Short: pre-sale at 12:00 on 11-10. B works pre-sale that day, E the day after, D four days later; C is after-sale.
    const agents = [agent('A'), agent('B'), agent('C', { primaryQueue: 'after_sale' }), agent('D'), agent('E')];
    const { ctx, state } = stateWith(agents, [['B', 'E', '2026-11-10'], ['D', 'E', '2026-11-14'], ['E', 'E', '2026-11-11']]);
    addShift(state, shift(ctx, 'C', 'E', '2026-11-10', 'after_sale'));
    const residual = new Float64Array(ctx.frame.horizonHours * QUEUE_CODES.length);
    residual[cell(hourIndex(ctx.frame, Date.parse('2026-11-10T12:00:00+08:00')), 'pre_sale')] = 1;
    const groups = Array.from({ length: 60 }, (_, seed) => focusedGroup(residual, state, seeded(seed + 1)));

    it('is one agent of the short queue who is off that day and colleagues of the queue who work that day or the next', () => {
      for (const group of groups) {
        const ids = (group ?? []).map((a) => a.id);
        expect(['A', 'D', 'E']).toContain(ids[0]);
        for (const id of ids.slice(1)) expect(['B', 'E']).toContain(id);
      }
      expect(new Set(groups.map((g) => g?.[0].id))).toEqual(new Set(['A', 'D', 'E']));
      expect(groups.some((g) => g?.some((a) => a.id === 'B'))).toBe(true);
    });

    it('is none when no hour is short', () => {
      expect(focusedGroup(new Float64Array(residual.length), state, seeded(1))).toBeUndefined();
    });
  });
});
