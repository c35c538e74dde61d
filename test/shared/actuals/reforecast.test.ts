import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActualCount } from '../../../shared/actuals/parseActualsCsv.ts';
import { reforecast } from '../../../shared/actuals/reforecast.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../../../shared/time.ts';
import type { ForecastRow } from '../../../shared/types.ts';

const start = parseInstant('2026-11-10T12:00:00+08:00') as number;
const hourly = (values: number[], queue: ForecastRow['queue'] = 'pre_sale'): ForecastRow[] => values.map((inquiries, h) => ({ hourStart: toZonedIso(start + h * HOUR_MS), queue, inquiries }));
const actual = (h: number, inquiries: number, minutes: 15 | 60 = 60, quarter = 0): ActualCount => ({ start: toZonedIso(start + h * HOUR_MS + quarter * 15 * 60_000), queue: 'pre_sale', minutes, inquiries });

describe('reforecast', () => {
  it('changes nothing when actuals equal the forecast', () => {
    const forecast = hourly([1000, 1200, 1500, 2000, 2600, 3000, 3500, 4000]);
    const result = reforecast(forecast, [0, 1, 2, 3].map((h) => actual(h, forecast[h].inquiries)), { now: start + 4 * HOUR_MS });
    expect(result.factors[0]).toMatchObject({ queue: 'pre_sale', factor: 1, source: 'measured', observedHours: 4 });
    expect(result.rows.map((r) => r.expected)).toEqual(forecast.map((r) => r.inquiries));
  });

  it('raises the rest of the horizon by how much actuals ran over, fading with distance ahead', () => {
    const forecast = hourly(new Array(30).fill(1000));
    const result = reforecast(forecast, [0, 1, 2, 3].map((h) => actual(h, 1200)), { now: start + 4 * HOUR_MS, futureHalfLifeHours: 24 });
    expect(result.factors[0].factor).toBeCloseTo(1.2, 6);
    expect(result.rows[4].expected).toBeCloseTo(1200, 1);
    expect(result.rows[28].expected).toBeCloseTo(1100, 0);
    expect(result.rows[0]).toMatchObject({ actual: 1200, observed: 1, expected: 1200 });
  });

  it('weighs recent hours more: a late surge moves the factor more than an early one', () => {
    const forecast = hourly(new Array(10).fill(1000));
    const late = reforecast(forecast, [actual(0, 1000), actual(1, 1000), actual(2, 1000), actual(3, 2000)], { now: start + 4 * HOUR_MS });
    const early = reforecast(forecast, [actual(0, 2000), actual(1, 1000), actual(2, 1000), actual(3, 1000)], { now: start + 4 * HOUR_MS });
    expect(late.factors[0].factor).toBeGreaterThan(early.factors[0].factor);
  });

  it('counts quarter hours already ended and scales a partly seen hour', () => {
    const forecast = hourly([1000, 1000, 1000]);
    const result = reforecast(forecast, [actual(0, 1000), actual(1, 300, 15, 0), actual(1, 300, 15, 1), actual(1, 999, 15, 2)], { now: start + HOUR_MS + 30 * 60_000 });
    // The third quarter has not ended at 13:30: it does not count yet.
    expect(result.rows[1]).toMatchObject({ actual: 600, observed: 0.5 });
    expect(result.factors[0].observedHours).toBe(1.5);
    expect(result.rows[1].expected).toBeCloseTo(600 + 500 * result.factors[0].factor, 1);
  });

  it("uses the supervisor's override and says so, and keeps 1 when there is too little to measure", () => {
    const forecast = [...hourly([1000, 1000, 1000]), ...hourly([10, 10, 10], 'logistics')];
    const actuals = [actual(0, 1500), { ...actual(0, 30), queue: 'logistics' as const }];
    const result = reforecast(forecast, actuals, { now: start + HOUR_MS, overrides: { pre_sale: 1.1 } });
    expect(result.factors.find((f) => f.queue === 'pre_sale')).toMatchObject({ measured: 1.5, factor: 1.1, source: 'override' });
    expect(result.factors.find((f) => f.queue === 'logistics')).toMatchObject({ factor: 1, source: 'tooLittleData' });
  });

  it('never changes an hour that has passed: its expected value is what was counted', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 12, maxLength: 12 }), fc.array(fc.integer({ min: 0, max: 8000 }), { minLength: 6, maxLength: 6 }), (planned, seen) => {
        const forecast = hourly(planned);
        const result = reforecast(forecast, seen.map((n, h) => actual(h, n)), { now: start + 6 * HOUR_MS });
        seen.forEach((n, h) => expect(result.rows[h].expected).toBe(n));
        for (const row of result.rows.slice(6)) expect(row.expected).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
