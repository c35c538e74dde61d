import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.ts';
import { employedShifts, legalExcess } from '../../../shared/labour/legalExcess.ts';
import { dayOvertime, monthlyOvertime, overtimePremiumHours } from '../../../shared/labour/overtimeHours.ts';
import { isoWeek } from '../../../shared/labour/periods.ts';

/** A shift of `hours` hours from `time` on `date` (event zone). */
function work(agentId: string, date: string, hours: number, time = '08:00') {
  const start = Date.parse(`${date}T${time}:00+08:00`);
  return { agentId, start: `${date}T${time}:00+08:00`, end: new Date(start + hours * 3_600_000).toISOString() };
}
const full = (id: string) => ({ id, contract: 'full_time' as const });
const part = (id: string) => ({ id, contract: 'part_time' as const });
/** Monday 2026-11-16 .. Sunday 2026-11-22. */
const week = (first: number, count: number) => Array.from({ length: count }, (_, i) => `2026-11-${String(first + i).padStart(2, '0')}`);

describe('overtime hours as the law counts them', () => {
  it('uses ISO weeks', () => {
    expect([isoWeek('2026-11-16'), isoWeek('2026-11-22'), isoWeek('2026-11-23'), isoWeek('2027-01-01')]).toEqual(['2026-W47', '2026-W47', '2026-W48', '2026-W53']);
  });

  it('counts the hours past 40 in date order and puts them on the day they fall on', () => {
    const days = dayOvertime(week(16, 6).map((date) => ({ date, hours: 8 })));
    expect(days.map((d) => d.overtimeHours)).toEqual([0, 0, 0, 0, 0, 8]);
    expect(days[5]).toMatchObject({ date: '2026-11-21', kind: 'restDay', payRate: 2 });
    expect(overtimePremiumHours(days)).toBe(8);
  });

  it('counts a long day once: its extension is overtime and only its first 8 h go toward the week', () => {
    const days = dayOvertime([...week(16, 4).map((date) => ({ date, hours: 8 })), { date: '2026-11-20', hours: 11 }]);
    expect(days.map((d) => d.overtimeHours)).toEqual([0, 0, 0, 0, 3]);
    expect(days[4]).toMatchObject({ extensionHours: 3, payRate: 1.5 });
  });

  it('makes every hour on a statutory holiday overtime at 300 % without using up the week', () => {
    const days = dayOvertime([{ date: '2026-10-01', hours: 8 }, ...['2026-10-09', '2026-10-10'].map((date) => ({ date, hours: 8 }))]);
    expect(days.map((d) => [d.overtimeHours, d.payRate])).toEqual([[8, 3], [0, 1.5], [0, 1.5]]);
    expect(monthlyOvertime(days)).toEqual(new Map([['2026-10', 8]]));
  });
});

describe('legalExcess', () => {
  it('lists a statutory holiday worked at 300 %', () => {
    expect(legalExcess([work('A', '2026-10-01', 8)], [full('A')])).toEqual([
      { agentId: 'A', kind: 'holidayWork', from: '2026-10-01', to: '2026-10-01', hours: 8, limit: 0, overtimeHours: 8, payRatePercent: 300, overtimePayHours: 24 },
    ]);
  });

  it('lists a six-day week whose last 8 h fall on a rest day at 200 %', () => {
    const rows = legalExcess(week(16, 6).map((d) => work('A', d, 8)), [full('A')]);
    expect(rows).toEqual([{ agentId: 'A', kind: 'weekHours', from: '2026-11-16', to: '2026-11-21', hours: 48, limit: 40, overtimeHours: 8, payRatePercent: 200, overtimePayHours: 16 }]);
  });

  it('names the most serious excess of a day: over 8 h, over 8 + 1 h, over 8 + 3 h, each at the workday rate', () => {
    const rows = legalExcess([work('A', '2026-11-16', 9), work('A', '2026-11-17', 10), work('A', '2026-11-18', 12)], [full('A')]);
    expect(rows.map((r) => [r.kind, r.from, r.limit, r.overtimeHours, r.payRatePercent])).toEqual([
      ['dayHours', '2026-11-16', 8, 1, 150],
      ['dailyOvertime', '2026-11-17', 9, 2, 150],
      ['dailyOvertimeSpecial', '2026-11-18', 11, 4, 150],
    ]);
  });

  it('lists a month over 36 overtime hours and each week over 40 h', () => {
    // Two weeks of six 10-hour days: 12 h of extensions and 8 h past 40 in each week, 40 in all.
    const rows = legalExcess([...week(9, 6), ...week(16, 6)].map((d) => work('A', d, 10)), [full('A')]);
    const month = rows.find((r) => r.kind === 'monthlyOvertime');
    expect(month).toMatchObject({ from: '2026-11-09', to: '2026-11-21', hours: 120, limit: 36, overtimeHours: 40, payRatePercent: 200 });
    expect(rows.filter((r) => r.kind === 'weekHours').map((r) => r.overtimeHours)).toEqual([20, 20]);
    expect(rows.filter((r) => r.kind === 'dailyOvertime')).toHaveLength(12);
  });

  it('finds seven calendar days without a rest day, counting the day a late shift runs into as worked', () => {
    const rows = legalExcess([...week(16, 5).map((d) => work('A', d, 6)), work('A', '2026-11-21', 6, '22:00')], [full('A')]);
    expect(rows).toEqual([expect.objectContaining({ kind: 'noRestDay', from: '2026-11-16', to: '2026-11-22', limit: 7, hours: 36, overtimeHours: 0, payRatePercent: 0 })]);
    expect(legalExcess(week(16, 6).map((d) => work('A', d, 6)), [full('A')])).toEqual([]);
  });

  it('holds part-time staff to 24 h a week and 4 h a day on average', () => {
    const rows = legalExcess(week(16, 5).map((d) => work('P', d, 5)), [part('P')]);
    expect(rows.map((r) => [r.kind, r.hours, r.limit])).toEqual([
      ['partTimeWeek', 25, 24],
      ['partTimeDayAverage', 25, 4],
    ]);
    expect(legalExcess(week(16, 5).map((d) => work('P', d, 4)), [part('P')])).toEqual([]);
  });

  it('refuses an assignment of an unknown agent, naming the field', () => {
    expect(() => legalExcess([work('X', '2026-11-16', 8)], [full('A')])).toThrowError(DomainError);
    expect(() => legalExcess([work('X', '2026-11-16', 8)], [full('A')])).toThrowError(/unknown agent X/);
  });
});

describe('employedShifts', () => {
  it('keeps the team agents shifts and leaves out booked temps and borrowed staff', () => {
    const shifts = [
      { agentId: 'A001', start: '2026-11-10T08:00:00+08:00', end: '2026-11-10T16:00:00+08:00' },
      { agentId: 'TEMP-001', start: '2026-11-10T20:00:00+08:00', end: '2026-11-11T02:00:00+08:00' },
      { agentId: 'BORROWED-001', start: '2026-11-10T20:00:00+08:00', end: '2026-11-11T00:00:00+08:00' },
    ];
    expect(employedShifts(shifts, [{ id: 'A001' }]).map((s) => s.agentId)).toEqual(['A001']);
  });
});
