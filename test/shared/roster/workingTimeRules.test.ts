import { describe, expect, it } from 'vitest';
import { LEGAL_FIGURES } from '../../../shared/labour/legalFigures.ts';
import { shiftColumns } from '../../../shared/roster/model/columns.ts';
import { buildPools } from '../../../shared/roster/model/pools.ts';
import { canAssign } from '../../../shared/roster/rules/index.ts';
import { maxDayHours } from '../../../shared/roster/rules/maxDayHours.ts';
import { maxMonthlyOvertime } from '../../../shared/roster/rules/maxMonthlyOvertime.ts';
import { defaultRosterRules, rosterRulesSchema, type RosterTemplate } from '../../../shared/roster/rulesSchema.ts';
import { agent, context, novemberDates, shift } from './fixtures.ts';

const total = (vs: { penaltyMinutes: number }[]) => vs.reduce((s, v) => s + v.penaltyMinutes, 0);
const long = (hours: number): RosterTemplate => ({ code: `L${hours}`, nameZh: '长', nameEn: 'Long', startHour: 8, durationHours: hours });

describe('the event working-time ceilings, each on a few hand-made shifts', () => {
  it('defaults to the legal 8 h plus 3 h of special overtime a day and 36 h of overtime a month', () => {
    expect(defaultRosterRules().workingTime).toEqual({
      maxDayHours: LEGAL_FIGURES.dayHours + LEGAL_FIGURES.overtimeHoursPerDaySpecial,
      maxMonthlyOvertimeHours: LEGAL_FIGURES.overtimeHoursPerMonth,
    });
    const bad = rosterRulesSchema.safeParse({ workingTime: { maxDayHours: 0 } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['workingTime', 'maxDayHours']);
  });

  it('maxDayHours penalises a 12-hour day by the hour over 11 and lets an 11-hour day pass', () => {
    const a = agent('A'), ctx = context([a], [long(12), long(11)]);
    expect(total(maxDayHours.violations([shift(ctx, 'A', 'L12', '2026-11-16')], a, ctx))).toBe(60);
    expect(maxDayHours.violations([shift(ctx, 'A', 'L12', '2026-11-16')], a, ctx)[0].message).toMatch(/12 h on 2026-11-16 \(the event's ceiling is 11\)/);
    expect(maxDayHours.violations([shift(ctx, 'A', 'L11', '2026-11-16')], a, ctx)).toEqual([]);
    const raised = context([a], [long(12)], { workingTime: { maxDayHours: 12, maxMonthlyOvertimeHours: 36 } });
    expect(maxDayHours.violations([shift(raised, 'A', 'L12', '2026-11-16')], a, raised)).toEqual([]);
  });

  it('keeps templates longer than the day ceiling out of the aggregate model', () => {
    const a = agent('A');
    const codes = (ctx: ReturnType<typeof context>) => new Set(shiftColumns(buildPools([a], ctx), ctx).map((c) => c.template.code));
    expect(codes(context([a], [long(12)])).has('L12')).toBe(false);
    expect(codes(context([a], [long(12)], { workingTime: { maxDayHours: 12, maxMonthlyOvertimeHours: 36 } })).has('L12')).toBe(true);
  });

  it('maxMonthlyOvertime counts the hours past 40 a week toward the month and penalises the minutes over the ceiling', () => {
    const a = agent('A'), ctx = context([a]);
    // Two six-day weeks of 8-hour shifts: 8 h past 40 in each, 16 h of overtime in November.
    const shifts = [...novemberDates(9, 6), ...novemberDates(16, 6)].map((d, i) => shift(ctx, 'A', i % 12 < 6 ? 'M' : 'E', d));
    expect(maxMonthlyOvertime.violations(shifts, a, ctx)).toEqual([]);
    const tight = context([a], [], { workingTime: { maxDayHours: 11, maxMonthlyOvertimeHours: 12 } });
    const vs = maxMonthlyOvertime.violations(shifts.map((s) => shift(tight, 'A', s.template.code, tight.frame.dates[s.day])), a, tight);
    expect(total(vs)).toBe(240);
    expect(vs[0].message).toMatch(/16 h of overtime in 2026-11 \(the event's ceiling is 12\)/);
  });

  it('canAssign refuses a shift that puts the month over its ceiling even when the other overtime is weeks away', () => {
    const a = agent('A');
    const ctx = context([a], [long(12)], { workingTime: { maxDayHours: 12, maxMonthlyOvertimeHours: 8 } });
    // 4 h of overtime on each 12-hour day: 11-09 and 11-10 use the 8 h; 11-25 is 15 days later.
    const early = ['2026-11-09', '2026-11-10'].map((d) => shift(ctx, 'A', 'L12', d));
    expect(canAssign(shift(ctx, 'A', 'L12', '2026-11-25'), early, a, ctx)).toBe(false);
    expect(canAssign(shift(ctx, 'A', 'E', '2026-11-25'), early, a, ctx)).toBe(true);
  });
});
