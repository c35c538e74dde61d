import { describe, expect, it } from 'vitest';
import { canAssign } from '../../../shared/roster/rules/index.ts';
import { maxConsecutiveDays } from '../../../shared/roster/rules/maxConsecutiveDays.ts';
import { restAfterNights } from '../../../shared/roster/rules/restAfterNights.ts';
import { rotationBalance } from '../../../shared/roster/rules/rotationBalance.ts';
import { agent, context, novemberDates, shift } from './fixtures.ts';

const total = (vs: { penaltyMinutes: number }[]) => vs.reduce((s, v) => s + v.penaltyMinutes, 0);

describe('rotation and rest rules, each on a few hand-made shifts', () => {
  it('rotationBalance allows five shifts of one type in 14 days and penalises the sixth by a shift', () => {
    const a = agent('A'), ctx = context([a]);
    // 11-13 .. 11-25 lies after the event window (11-10 08:00 to 11-12 02:00).
    const five = novemberDates(13, 5).map((d) => shift(ctx, 'A', 'E', d));
    const six = [...five, shift(ctx, 'A', 'E', '2026-11-25')];
    expect(rotationBalance.violations(five, a, ctx)).toEqual([]);
    expect(total(rotationBalance.violations(six, a, ctx))).toBe(480);
    expect(rotationBalance.violations(six, a, ctx)[0].message).toMatch(/6 early shifts in 14 days/);
    // Fifteen days apart, the sixth is in another window.
    expect(rotationBalance.violations([...five, shift(ctx, 'A', 'E', '2026-11-08')], a, ctx)).toHaveLength(1);
  });

  it('rotationBalance does not count shifts inside the event window while the rotation is suspended, and does when it is not', () => {
    const a = agent('A');
    const suspended = context([a]);
    const kept = context([a], [], { rotation: { windowDays: 14, maxSameType: 5, suspendDuringEvent: false } });
    const dates = ['2026-11-08', '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-13', '2026-11-14'];
    expect(rotationBalance.violations(dates.map((d) => shift(suspended, 'A', 'E', d)), a, suspended)).toEqual([]);
    expect(rotationBalance.violations(dates.map((d) => shift(kept, 'A', 'E', d)), a, kept)).toHaveLength(1);
  });

  it('rotationBalance leaves part-time staff alone', () => {
    const a = agent('P', { contract: 'part_time' }), ctx = context([a]);
    expect(rotationBalance.violations(novemberDates(13, 7).map((d) => shift(ctx, 'P', 'PD', d)), a, ctx)).toEqual([]);
  });

  it('restAfterNights wants a whole calendar day off between a night and a day shift, none between nights', () => {
    const a = agent('A'), ctx = context([a]);
    expect(total(restAfterNights.violations([shift(ctx, 'A', 'N', '2026-11-13'), shift(ctx, 'A', 'E', '2026-11-14')], a, ctx))).toBe(1440);
    expect(restAfterNights.violations([shift(ctx, 'A', 'N', '2026-11-13'), shift(ctx, 'A', 'E', '2026-11-15')], a, ctx)).toEqual([]);
    expect(restAfterNights.violations([shift(ctx, 'A', 'N', '2026-11-13'), shift(ctx, 'A', 'N', '2026-11-14')], a, ctx)).toEqual([]);
    const two = context([a], [], { daysOffAfterNights: 2 });
    expect(total(restAfterNights.violations([shift(two, 'A', 'N', '2026-11-13'), shift(two, 'A', 'M', '2026-11-15')], a, two))).toBe(1440);
  });

  it('restAfterNights counts the day a late night runs into as worked', () => {
    const a = agent('A'), ctx = context([a], [{ code: 'L', nameZh: '晚', nameEn: 'Late', startHour: 22, durationHours: 8 }]);
    // 22:00 on 11-13 to 06:00 on 11-14: 11-14 is not a day off, so the early of 11-15 comes too soon.
    expect(total(restAfterNights.violations([shift(ctx, 'A', 'L', '2026-11-13'), shift(ctx, 'A', 'E', '2026-11-15')], a, ctx))).toBe(1440);
  });

  it('maxConsecutiveDays counts a calendar day a shift runs into as a working day', () => {
    const a = agent('A'), ctx = context([a], [{ code: 'L', nameZh: '晚', nameEn: 'Late', startHour: 22, durationHours: 8 }]);
    // Shifts start on six days, but the last runs into a seventh.
    const vs = maxConsecutiveDays.violations(novemberDates(13, 6).map((d, i) => shift(ctx, 'A', i === 5 ? 'L' : 'M', d)), a, ctx);
    expect(total(vs)).toBe(1440);
  });

  it('canAssign refuses the sixth early of a fortnight and the early right after a night', () => {
    const a = agent('A'), ctx = context([a]);
    const five = novemberDates(13, 5).map((d) => shift(ctx, 'A', 'E', d));
    expect(canAssign(shift(ctx, 'A', 'E', '2026-11-20'), five, a, ctx)).toBe(false);
    expect(canAssign(shift(ctx, 'A', 'M', '2026-11-20'), five, a, ctx)).toBe(true);
    expect(canAssign(shift(ctx, 'A', 'E', '2026-11-21'), [shift(ctx, 'A', 'N', '2026-11-20')], a, ctx)).toBe(false);
  });
});
