import { describe, expect, it } from 'vitest';
import { reassignmentRecords } from '../../../shared/roster/reassign/reassignments.ts';
import { hiresForDailyNeed } from '../../../shared/roster/report/closingSuggestions.ts';
import { overtimeReport } from '../../../shared/roster/report/overtime.ts';
import { defaultRosterRules } from '../../../shared/roster/rulesSchema.ts';
import { solveRoster } from '../../../shared/roster/solveRoster.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../../../shared/time.ts';
import { summarizeShortfall } from '../../../shared/roster/report/shortfallSummary.ts';
import { agent, context, novemberDates, shift } from './fixtures.ts';

describe('roster reports', () => {
  it('merges consecutive moved shifts into one record and starts a new one after a primary-queue shift', () => {
    const a = agent('S', { primaryQueue: 'after_sale', crossTrainedFor: ['pre_sale'] }), ctx = context([a]);
    const shifts = [shift(ctx, 'S', 'E', '2026-11-10'), shift(ctx, 'S', 'M', '2026-11-11'), shift(ctx, 'S', 'E', '2026-11-12', 'after_sale'), shift(ctx, 'S', 'E', '2026-11-13', 'after_sale')];
    expect(reassignmentRecords(shifts, ctx)).toEqual([
      { agentId: 'S', fromQueue: 'after_sale', toQueue: 'pre_sale', start: '2026-11-10T08:00:00+08:00', end: '2026-11-12T00:00:00+08:00' },
    ]);
  });

  it('counts days over 8 h and weeks over 40 h per agent', () => {
    const a = agent('A'), ctx = context([a], [{ code: 'D', nameZh: '长', nameEn: 'Long day', startHour: 8, durationHours: 10 }]);
    // 2026-11-16 is a Monday: five 10-hour days that week.
    const shifts = novemberDates(16, 5).map((d) => shift(ctx, 'A', 'D', d));
    expect(overtimeReport(shifts, ctx.frame)).toEqual([{ agentId: 'A', longDays: 5, dailyOvertimeHours: 10, longWeeks: 1, weeklyOvertimeHours: 10, restDaysWorked: 0 }]);
    expect(overtimeReport(novemberDates(16, 5).map((d) => shift(ctx, 'A', 'E', d)), ctx.frame)).toEqual([]);
  });

  it('summarises shortfall with the worst hours first', () => {
    const rows = [
      { hourStart: '2026-11-11T01:00:00+08:00', queue: 'pre_sale' as const, required: 5, scheduled: 4 },
      { hourStart: '2026-11-11T00:00:00+08:00', queue: 'pre_sale' as const, required: 279, scheduled: 10 },
    ];
    const summary = summarizeShortfall(rows, 1);
    expect(summary.totalAgentHours).toBe(270);
    expect(summary.worst.map((r) => r.hourStart)).toEqual(['2026-11-11T00:00:00+08:00']);
    expect(summarizeShortfall([]).message).toBe('Every hour and queue is covered.');
  });

  it('asks for enough hires to work every day of a long need within the run and weekly-hour limits', () => {
    const rules = defaultRosterRules();
    // Ten 8-hour shifts a day for eight days: 10 people would work 8 days in a row; 7 days hold 70 shifts and a
    // hire works at most 6 of them, so 12.
    expect(hiresForDailyNeed(new Array(8).fill(10), 8, rules)).toBe(12);
    expect(hiresForDailyNeed([0, 5, 0], 8, rules)).toBe(5);
    expect(hiresForDailyNeed(new Array(7).fill(6), 12, { ...rules, maxConsecutiveDays: 7 })).toBe(9); // 60 h a week: 5 twelve-hour shifts
  });

  it('closes the shortfall when the suggested hires are added', () => {
    const start = parseInstant('2026-11-16T00:00:00+08:00') as number;
    const requirement = Array.from({ length: 9 * 24 }, (_, h) => ({ hourStart: toZonedIso(start + h * HOUR_MS), queue: 'pre_sale' as const, requiredAgents: 3 }));
    const staff = [agent('A1'), agent('A2')];
    const short = solveRoster({ requirement, agents: staff });
    const hires = short.suggestions.filter((s) => s.kind === 'agents');
    expect(short.shortfall.length).toBeGreaterThan(0);
    expect(hires.length).toBeGreaterThan(0);
    const extra = hires.flatMap((s, k) => Array.from({ length: s.extraAgents ?? 0 }, (_, i) => agent(`H${k}_${i}`)));
    const closed = solveRoster({ requirement, agents: [...staff, ...extra] });
    expect(closed.shortfall).toEqual([]);
    expect(closed.violations).toEqual([]);
  });
});
