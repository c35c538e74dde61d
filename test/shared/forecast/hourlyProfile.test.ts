import { describe, it, expect } from 'vitest';
import { DEFAULT_PEAK_WINDOWS, hourlyProfile } from '../../../shared/forecast/hourlyProfile.ts';
import { DomainError } from '../../../shared/errors.ts';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('hourlyProfile', () => {
  it('sums to 1 on ordinary and event days', () => {
    expect(sum(hourlyProfile(false))).toBeCloseTo(1, 12);
    expect(sum(hourlyProfile(true))).toBeCloseTo(1, 12);
  });

  it('puts the event day’s peaks at 00:00, 09-10, 14-16 and 20-22', () => {
    const p = hourlyProfile(true);
    expect(p[0]).toBeGreaterThan(Math.max(...p.slice(1, 9)));
    expect(p[9]).toBeGreaterThan(p[8]);
    expect(p[9]).toBeGreaterThan(p[11]);
    expect(Math.min(p[14], p[15])).toBeGreaterThan(Math.max(p[13], p[16]));
    expect(Math.min(p[20], p[21])).toBeGreaterThan(Math.max(p[19], p[22]));
    expect(p.indexOf(Math.max(...p))).toBe(21);
  });

  it('has no midnight peak on an ordinary day', () => {
    const ordinary = hourlyProfile(false);
    const event = hourlyProfile(true);
    expect(ordinary[0]).toBeLessThan(ordinary[12]);
    expect(event[0] / ordinary[0]).toBeGreaterThan(4);
  });

  it('takes edited multipliers and every-day windows', () => {
    const flat = hourlyProfile(true, { baseProfile: Array(24).fill(1), peakWindows: [{ startHour: 12, endHour: 14, multiplier: 3, days: 'every_day' }] });
    expect(flat[12]).toBeCloseTo(3 / 28, 12);
    expect(flat[0]).toBeCloseTo(1 / 28, 12);
    const noPeaks = hourlyProfile(true, { peakWindows: DEFAULT_PEAK_WINDOWS.map((w) => ({ ...w, multiplier: 1 })) });
    expect(noPeaks).toEqual(hourlyProfile(false));
  });

  it('rejects a window outside the day or a negative multiplier, naming it', () => {
    const bad = (startHour: number, endHour: number, multiplier: number) => () =>
      hourlyProfile(true, { peakWindows: [DEFAULT_PEAK_WINDOWS[0], { startHour, endHour, multiplier, days: 'event_day' }] });
    expect(bad(22, 25, 2)).toThrow(/peakWindows\[1\]/);
    expect(bad(10, 9, 2)).toThrow(DomainError);
    expect(bad(9, 10, -1)).toThrow(/peakWindows\[1\]/);
    expect(() => hourlyProfile(false, { baseProfile: [1, 2, 3] })).toThrow(/baseProfile/);
  });
});
