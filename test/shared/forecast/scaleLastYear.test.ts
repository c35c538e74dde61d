import { describe, it, expect } from 'vitest';
import { scaleLastYear } from '../../../shared/forecast/scaleLastYear.ts';
import type { ForecastRow } from '../../../shared/types.ts';

const lastYear: ForecastRow[] = [
  { hourStart: '2025-11-11T00:00:00+08:00', queue: 'pre_sale', inquiries: 4000 },
  { hourStart: '2025-11-11T00:00:00+08:00', queue: 'after_sale', inquiries: 15, ahtSeconds: 600 },
  { hourStart: '2025-11-11T01:00:00+08:00', queue: 'logistics', inquiries: 7 },
];

describe('scaleLastYear', () => {
  it('multiplies every queue by one growth factor and rounds to whole inquiries', () => {
    expect(scaleLastYear(lastYear, 1.15).map((r) => r.inquiries)).toEqual([4600, 17, 8]);
  });

  it('takes a growth factor per queue, 1 for queues not named, and keeps the AHT', () => {
    const scaled = scaleLastYear(lastYear, { pre_sale: 2, after_sale: 0.5 });
    expect(scaled.map((r) => r.inquiries)).toEqual([8000, 8, 7]);
    expect(scaled[1].ahtSeconds).toBe(600);
  });

  it('moves the series onto this year’s dates', () => {
    const scaled = scaleLastYear(lastYear, 1, { shiftDays: 365 });
    expect(scaled.map((r) => r.hourStart)).toEqual(['2026-11-11T00:00:00+08:00', '2026-11-11T00:00:00+08:00', '2026-11-11T01:00:00+08:00']);
    expect(lastYear[0].hourStart).toBe('2025-11-11T00:00:00+08:00');
  });

  it('rejects a negative, infinite or NaN growth factor naming the queue', () => {
    expect(() => scaleLastYear(lastYear, -1)).toThrow(/growth\.pre_sale/);
    expect(() => scaleLastYear(lastYear, { logistics: Number.NaN })).toThrow(/growth\.logistics/);
    expect(() => scaleLastYear(lastYear, Number.POSITIVE_INFINITY)).toThrow(/growth/);
    expect(() => scaleLastYear(lastYear, 1, { shiftDays: 0.5 })).toThrow(/shiftDays/);
  });
});
