import { describe, it, expect } from 'vitest';
import { dayFactor, postEventSurge } from '../../../shared/forecast/dayFactor.ts';

describe('postEventSurge', () => {
  const surge = { peak: 4, peakDay: 2 };

  it('rises to the peak, then decays to the ordinary level over 14 days', () => {
    expect(postEventSurge(1, surge)).toBeCloseTo(2.5, 12);
    expect(postEventSurge(2, surge)).toBe(4);
    const after = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((d) => postEventSurge(d, surge));
    after.reduce((previous, current) => {
      expect(current).toBeLessThan(previous);
      return current;
    }, 4);
    expect(after.at(-1)).toBeGreaterThan(1);
    expect(postEventSurge(14, surge)).toBe(1);
    expect(postEventSurge(30, surge)).toBe(1);
    expect(postEventSurge(0, surge)).toBe(1);
  });

  it('follows a shorter decay when asked', () => {
    expect(postEventSurge(5, surge, 7)).toBeCloseTo(1 + 3 * (2 / 5) ** 2, 12);
    expect(postEventSurge(7, surge, 7)).toBe(1);
  });
});

describe('dayFactor', () => {
  it('lifts pre-sale on the eve and the event day, after-sale and logistics after it', () => {
    expect(dayFactor('pre_sale', -3)).toBe(1);
    expect(dayFactor('pre_sale', -1)).toBeGreaterThan(1);
    expect(dayFactor('pre_sale', 0)).toBeGreaterThan(dayFactor('pre_sale', -1));
    expect(dayFactor('after_sale', 1)).toBeGreaterThan(dayFactor('after_sale', 0));
    expect(dayFactor('logistics', 3)).toBeGreaterThan(dayFactor('logistics', 1));
    expect(dayFactor('after_sale', 14)).toBe(1);
  });

  it('takes per-queue overrides and rejects nonsense naming the field', () => {
    expect(dayFactor('pre_sale', 0, { eventDay: { pre_sale: 20 } })).toBe(20);
    expect(dayFactor('after_sale', 3, { surge: { after_sale: { peak: 2, peakDay: 3 } } })).toBe(2);
    expect(() => dayFactor('pre_sale', 0, { eventDay: { pre_sale: Number.NaN } })).toThrow(/eventDay\.pre_sale/);
    expect(() => dayFactor('logistics', 2, { surge: { logistics: { peak: 3, peakDay: 20 } } })).toThrow(/surge\.logistics\.peakDay/);
    expect(() => dayFactor('logistics', 2, { decayDays: 0 })).toThrow(/decayDays/);
  });
});
