import { describe, expect, it } from 'vitest';
import { canAssign } from '../../../shared/roster/rules/index.ts';
import { coverage } from '../../../shared/roster/rules/coverage.ts';
import { coverageShortfall } from '../../../shared/roster/coverageMatrix.ts';
import { forwardRotation } from '../../../shared/roster/rules/forwardRotation.ts';
import { maxConsecutiveDays } from '../../../shared/roster/rules/maxConsecutiveDays.ts';
import { maxRollingHours } from '../../../shared/roster/rules/maxRollingHours.ts';
import { minimumRest } from '../../../shared/roster/rules/minimumRest.ts';
import { nightFairness } from '../../../shared/roster/rules/nightFairness.ts';
import { noOverlap } from '../../../shared/roster/rules/noOverlap.ts';
import { oneShiftPerDay } from '../../../shared/roster/rules/oneShiftPerDay.ts';
import { partTimeLimits } from '../../../shared/roster/rules/partTimeLimits.ts';
import { reassignmentWindow } from '../../../shared/roster/rules/reassignmentWindow.ts';
import { rosterRulesSchema } from '../../../shared/roster/rulesSchema.ts';
import { shiftTemplate } from '../../../shared/roster/rules/shiftTemplate.ts';
import { unavailability } from '../../../shared/roster/rules/unavailability.ts';
import { shiftsByAgent } from '../../../shared/roster/shift.ts';
import { agent, context, novemberDates, shift } from './fixtures.ts';

const total = (vs: { penaltyMinutes: number }[]) => vs.reduce((s, v) => s + v.penaltyMinutes, 0);

describe('roster rules, each on a few hand-made shifts', () => {
  it('oneShiftPerDay reports the second shift of a day', () => {
    const a = agent('A'), ctx = context([a]);
    const vs = oneShiftPerDay.violations([shift(ctx, 'A', 'E', '2026-11-09'), shift(ctx, 'A', 'M', '2026-11-09'), shift(ctx, 'A', 'M', '2026-11-10')], a, ctx);
    expect(vs.map((v) => [v.at, v.penaltyMinutes])).toEqual([['2026-11-09T16:00:00+08:00', 480]]);
  });

  it('noOverlap reports the minutes a 20:00 12-hour shift overlaps the next night', () => {
    const a = agent('A'), ctx = context([a], [{ code: 'L', nameZh: '长', nameEn: 'Long', startHour: 20, durationHours: 12 }]);
    const vs = noOverlap.violations([shift(ctx, 'A', 'L', '2026-11-08'), shift(ctx, 'A', 'N', '2026-11-09'), shift(ctx, 'A', 'E', '2026-11-10')], a, ctx);
    expect(total(vs)).toBe(480);
  });

  it('minimumRest wants 11 h before the event and 8 h inside it', () => {
    const a = agent('A'), ctx = context([a]);
    const before = minimumRest.violations([shift(ctx, 'A', 'E', '2026-11-08'), shift(ctx, 'A', 'N', '2026-11-09')], a, ctx);
    const inside = minimumRest.violations([shift(ctx, 'A', 'E', '2026-11-10'), shift(ctx, 'A', 'N', '2026-11-11')], a, ctx);
    const zero = minimumRest.violations([shift(ctx, 'A', 'M', '2026-11-10'), shift(ctx, 'A', 'N', '2026-11-11')], a, ctx);
    expect([total(before), total(inside), total(zero)]).toEqual([180, 0, 480]);
  });

  it('unavailability reports the minutes a shift overlaps leave', () => {
    const a = agent('A', { unavailable: [{ start: '2026-11-09T10:00:00+08:00', end: '2026-11-09T12:00:00+08:00' }] }), ctx = context([a]);
    const vs = unavailability.violations([shift(ctx, 'A', 'N', '2026-11-09'), shift(ctx, 'A', 'E', '2026-11-09'), shift(ctx, 'A', 'E', '2026-11-10')], a, ctx);
    expect(vs.map((v) => v.penaltyMinutes)).toEqual([120]);
  });

  it('maxConsecutiveDays reports an eight-day run as two days over', () => {
    const a = agent('A'), ctx = context([a]);
    const run = novemberDates(13, 8).map((d) => shift(ctx, 'A', 'E', d));
    const vs = maxConsecutiveDays.violations([shift(ctx, 'A', 'E', '2026-11-08'), ...run], a, ctx);
    expect(vs.map((v) => v.penaltyMinutes)).toEqual([2 * 1440]);
  });

  it('maxRollingHours reports the two 7-day windows holding six 12-hour shifts', () => {
    const a = agent('A'), ctx = context([a], [{ code: 'D', nameZh: '长', nameEn: 'Long day', startHour: 8, durationHours: 12 }]);
    const five = novemberDates(13, 5).map((d) => shift(ctx, 'A', 'D', d));
    expect(maxRollingHours.violations(five, a, ctx)).toEqual([]);
    const six = novemberDates(13, 6).map((d) => shift(ctx, 'A', 'D', d));
    expect(maxRollingHours.violations(six, a, ctx).map((v) => v.penaltyMinutes)).toEqual([720, 720]);
  });

  it('partTimeLimits reports an 8-hour shift and a 28-hour week for a part-timer, nothing for full-time', () => {
    const pt = agent('P', { contract: 'part_time' }), ft = agent('F'), ctx = context([pt, ft]);
    const long = [shift(ctx, 'P', 'E', '2026-11-08')];
    const week = novemberDates(13, 7).map((d) => shift(ctx, 'P', 'PD', d));
    expect(total(partTimeLimits.violations(long, pt, ctx))).toBe(240);
    expect(total(partTimeLimits.violations(week, pt, ctx))).toBe(240);
    expect(partTimeLimits.violations(long, ft, ctx)).toEqual([]);
  });

  it('forwardRotation reports an early the day after a night, not after a day off', () => {
    const a = agent('A'), ctx = context([a]);
    const shifts = [shift(ctx, 'A', 'E', '2026-11-13'), shift(ctx, 'A', 'M', '2026-11-14'), shift(ctx, 'A', 'N', '2026-11-16'), shift(ctx, 'A', 'E', '2026-11-17'), shift(ctx, 'A', 'E', '2026-11-19')];
    const vs = forwardRotation.violations(shifts, a, ctx);
    expect(vs.map((v) => [v.at, v.penaltyMinutes])).toEqual([['2026-11-17T08:00:00+08:00', 16 * 60]]);
  });

  it('nightFairness reports a spread of 3 nights among eligible agents of a queue, ignoring part-timers', () => {
    const agents = [agent('A'), agent('B'), agent('C'), agent('P', { contract: 'part_time' }), agent('X', { primaryQueue: 'logistics' })];
    const ctx = context(agents);
    const nights = [...novemberDates(13, 3).map((d) => shift(ctx, 'A', 'N', d)), shift(ctx, 'B', 'N', '2026-11-13'), shift(ctx, 'X', 'N', '2026-11-13')];
    const vs = nightFairness(shiftsByAgent(nights), ctx);
    expect(vs.map((v) => [v.agentId, v.penaltyMinutes])).toEqual([['A', 2 * 480]]);
  });

  it('reassignmentWindow allows after-sale on pre-sale only inside the event window and with cross-training', () => {
    const cross = agent('X', { primaryQueue: 'after_sale', crossTrainedFor: ['pre_sale'] });
    const plain = agent('Y', { primaryQueue: 'after_sale' });
    const pre = agent('Z', { crossTrainedFor: ['after_sale'] });
    const ctx = context([cross, plain, pre]);
    expect(reassignmentWindow.violations([shift(ctx, 'X', 'E', '2026-11-10'), shift(ctx, 'X', 'E', '2026-11-09')], cross, ctx)).toHaveLength(1);
    expect(reassignmentWindow.violations([shift(ctx, 'Y', 'E', '2026-11-10')], plain, ctx)).toHaveLength(1);
    expect(reassignmentWindow.violations([shift(ctx, 'Z', 'E', '2026-11-13', 'after_sale'), shift(ctx, 'Z', 'E', '2026-11-10', 'after_sale')], pre, ctx)).toHaveLength(1);
  });

  it('reassignmentWindow follows the directions the event configures', () => {
    const logistics = agent('L', { primaryQueue: 'logistics', crossTrainedFor: ['pre_sale', 'after_sale'] });
    const moves = { event: { from: ['after_sale' as const], to: 'pre_sale' as const }, postEvent: { from: ['logistics' as const], to: 'after_sale' as const } };
    const ctx = context([logistics], [], { moves });
    // Logistics no longer helps pre-sale in the event, but helps after-sale after it.
    expect(reassignmentWindow.violations([shift(ctx, 'L', 'E', '2026-11-10')], logistics, ctx)).toHaveLength(1);
    expect(reassignmentWindow.violations([shift(ctx, 'L', 'E', '2026-11-13', 'after_sale')], logistics, ctx)).toEqual([]);
    expect(reassignmentWindow.violations([shift(ctx, 'L', 'E', '2026-11-13', 'after_sale')], logistics, context([logistics]))).toHaveLength(1);
    expect(rosterRulesSchema.safeParse({ moves: { ...moves, event: { from: ['pre_sale'], to: 'pre_sale' } } }).success).toBe(false);
  });

  it('shiftTemplate reports a template used outside its active dates or by the wrong contract', () => {
    const a = agent('A'), pt = agent('P', { contract: 'part_time' });
    const ctx = context([a, pt], [{ code: 'PK', nameZh: '峰', nameEn: 'Peak', startHour: 20, durationHours: 4, activeFrom: '2026-11-10', activeTo: '2026-11-11' }]);
    expect(shiftTemplate.violations([shift(ctx, 'A', 'PK', '2026-11-10'), shift(ctx, 'A', 'PK', '2026-11-12')], a, ctx)).toHaveLength(1);
    expect(shiftTemplate.violations([shift(ctx, 'P', 'E', '2026-11-09')], pt, ctx)).toHaveLength(1);
  });

  it('shiftTemplate accepts a shift run past its template end by exactly its declared overtime hours', () => {
    const a = agent('A');
    const ctx = context([a]);
    const early = shift(ctx, 'A', 'E', '2026-11-10');
    const hour = 3_600_000;
    expect(shiftTemplate.violations([{ ...early, endMs: early.endMs + 2 * hour, overtimeHours: 2 }], a, ctx)).toEqual([]);
    expect(shiftTemplate.violations([{ ...early, endMs: early.endMs + 2 * hour }], a, ctx)).toHaveLength(1);
    expect(shiftTemplate.violations([{ ...early, endMs: early.endMs + hour, overtimeHours: 2 }], a, ctx)).toHaveLength(1);
  });

  it('coverage finds the short hours and flags any that the result does not report', () => {
    const ctx = context([agent('A')]);
    const requirement = [{ hourStart: '2026-11-09T08:00:00+08:00', queue: 'pre_sale' as const, requiredAgents: 2 }, { hourStart: '2026-11-09T17:00:00+08:00', queue: 'after_sale' as const, requiredAgents: 1 }];
    const shifts = [shift(ctx, 'A', 'E', '2026-11-09')];
    const short = coverageShortfall(requirement, shifts, ctx.frame);
    expect(short).toEqual([
      { hourStart: '2026-11-09T08:00:00+08:00', queue: 'pre_sale', required: 2, scheduled: 1 },
      { hourStart: '2026-11-09T17:00:00+08:00', queue: 'after_sale', required: 1, scheduled: 0 },
    ]);
    expect(coverage(requirement, shifts, short, ctx.frame)).toEqual([]);
    expect(total(coverage(requirement, shifts, short.slice(1), ctx.frame))).toBe(60);
  });

  it('canAssign runs the same rules: no night after a middle, yes after a day off', () => {
    const a = agent('A'), ctx = context([a]);
    const mine = [shift(ctx, 'A', 'M', '2026-11-13')];
    expect(canAssign(shift(ctx, 'A', 'N', '2026-11-14'), mine, a, ctx)).toBe(false);
    expect(canAssign(shift(ctx, 'A', 'N', '2026-11-15'), mine, a, ctx)).toBe(true);
  });
});
