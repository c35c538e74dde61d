import { describe, expect, it } from 'vitest';
import { reassignmentRecords } from '../../../shared/roster/reassign/reassignments.ts';
import { overtimeReport } from '../../../shared/roster/report/overtime.ts';
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
});
