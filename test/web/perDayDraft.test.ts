// The per-date limits' draft: the next free date, counts read and checked by the schema's rule, rows moved and removed.
import { describe, expect, it } from 'vitest';
import { nextUnlistedDate, perDayCount, perDayCountValid, perDayDateRefusal, perDayRefused, withPerDay } from '../../web/src/state/perDayDraft.ts';

describe('per-date limits draft', () => {
  it('finds the first date not listed from the event’s first, across a month’s end, and none without a start', () => {
    expect(nextUnlistedDate([], '2026-11-10')).toBe('2026-11-10');
    expect(nextUnlistedDate(['2026-11-10', '2026-11-11', '2026-11-13'], '2026-11-10')).toBe('2026-11-12');
    expect(nextUnlistedDate(['2026-11-30'], '2026-11-30')).toBe('2026-12-01');
    expect(nextUnlistedDate(['2026-12-31'], undefined)).toBe('2027-01-01');
    expect(nextUnlistedDate([], undefined)).toBeUndefined();
  });

  it('keeps a count as typed and accepts only a whole number of people the schema takes', () => {
    expect(perDayCount(' 380 ')).toBe(380);
    expect(perDayCount('')).toBe('');
    expect([380, 0, 10_000].every(perDayCountValid)).toBe(true);
    expect([-1, 1.5, 10_001, '', '40'].some(perDayCountValid)).toBe(false);
    expect(perDayRefused({ temps: { maxPerDay: 1, perDay: { '2026-11-10': 380 } }, borrowed: { maxPerDay: 1, perDay: { '2026-11-11': -1 } } })).toBe(true);
    expect(perDayRefused({ temps: { maxPerDay: 1, perDay: { '2026-11-10': 380 } } })).toBe(false);
    expect(perDayRefused(undefined)).toBe(false);
  });

  it('refuses a missing or listed date, and moves, sets and removes rows in calendar order', () => {
    const perDay = { '2026-11-11': 520, '2026-11-10': 380 };
    expect(perDayDateRefusal(perDay, '2026-11-10', '')).toBe('leverPerDayNoDate');
    expect(perDayDateRefusal(perDay, '2026-11-10', '2026-11-11')).toBe('leverPerDayDuplicate');
    expect(perDayDateRefusal(perDay, '2026-11-10', '2026-11-10')).toBeUndefined();
    expect(Object.keys(withPerDay(perDay, '2026-11-09', 380, '2026-11-10')!)).toEqual(['2026-11-09', '2026-11-11']);
    expect(withPerDay(perDay, '2026-11-11', 40)).toEqual({ '2026-11-10': 380, '2026-11-11': 40 });
    expect(withPerDay({ '2026-11-11': 520 }, '2026-11-11', undefined)).toBeUndefined();
  });
});
