import { describe, expect, it } from 'vitest';
import { dayKind, overtimePayRate, statutoryHolidays } from '../../../shared/labour/dayKind.ts';

describe('dayKind', () => {
  it('pays 300 % only on the statutory days of the 2026 Spring Festival week, 200 % on its other rest days and 150 % on its make-up workday', () => {
    expect(dayKind('2026-02-14')).toEqual({ kind: 'workday', noticeKnown: true }); // Saturday, make-up workday (调休)
    expect(dayKind('2026-02-15').kind).toBe('restDay');
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']) expect(dayKind(d).kind).toBe('statutoryHoliday');
    expect(dayKind('2026-02-20').kind).toBe('restDay');
    expect([overtimePayRate('2026-02-14'), overtimePayRate('2026-02-15'), overtimePayRate('2026-02-17')]).toEqual([1.5, 2, 3]);
  });

  it('knows the 2026 National Day week: October 1-3 statutory, the rest of the week rest days, Saturday October 10 a workday', () => {
    expect(['2026-10-01', '2026-10-02', '2026-10-03'].map((d) => dayKind(d).kind)).toEqual(['statutoryHoliday', 'statutoryHoliday', 'statutoryHoliday']);
    expect(['2026-10-04', '2026-10-05', '2026-10-07'].map((d) => dayKind(d).kind)).toEqual(['restDay', 'restDay', 'restDay']);
    expect(dayKind('2026-10-10').kind).toBe('workday');
    expect(dayKind('2026-09-20').kind).toBe('workday');
  });

  it('treats Double 11 2026 as a workday and the Saturday after it as a rest day', () => {
    expect(dayKind('2026-11-11').kind).toBe('workday');
    expect(dayKind('2026-11-14').kind).toBe('restDay');
  });

  it('computes the statutory days of a year whose notice is not published yet from the law, and says so', () => {
    // 2027: Spring Festival falls on February 6, so its eve is February 5.
    expect(dayKind('2027-02-05')).toEqual({ kind: 'statutoryHoliday', noticeKnown: false });
    expect([...statutoryHolidays(2027)]).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-08', '2027-10-03', '2027-05-02']));
    expect(statutoryHolidays(2027).size).toBe(13);
    expect(dayKind('2027-11-11')).toEqual({ kind: 'workday', noticeKnown: false });
    expect(dayKind('2027-11-13')).toEqual({ kind: 'restDay', noticeKnown: false });
    // Until the notice is out, a weekday inside the National Day week counts as a workday: the plan says the notice is unknown.
    expect(dayKind('2027-10-05')).toEqual({ kind: 'workday', noticeKnown: false });
  });

  it('refuses a date that is not yyyy-MM-dd', () => {
    expect(() => dayKind('2026-11-11T00:00')).toThrow(/yyyy-MM-dd/);
  });
});
