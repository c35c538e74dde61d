import { describe, it, expect } from 'vitest';
import { apportion, generateForecast } from '../../../shared/forecast/generateForecast.ts';
import { parseInstant, HOUR_MS } from '../../../shared/time.ts';
import { DomainError } from '../../../shared/errors.ts';
import type { ForecastRow, QueueCode } from '../../../shared/types.ts';

const spec = { eventDate: '2026-11-11', firstDate: '2026-11-08', days: 18, dailyTotals: { pre_sale: 6500, after_sale: 2500, logistics: 800 } };
const rows = generateForecast(spec);

function dailyTotals(queue: QueueCode): Map<string, number> {
  const totals = new Map<string, number>();
  for (const r of rows.filter((r) => r.queue === queue)) totals.set(r.hourStart.slice(0, 10), (totals.get(r.hourStart.slice(0, 10)) ?? 0) + r.inquiries);
  return totals;
}

function hours(queue: QueueCode, date: string): number[] {
  return rows.filter((r: ForecastRow) => r.queue === queue && r.hourStart.startsWith(date)).map((r) => r.inquiries);
}

describe('generateForecast', () => {
  it('covers every hour of the horizon for every queue, in whole inquiries', () => {
    expect(rows).toHaveLength(18 * 24 * 3);
    expect(rows[0].hourStart).toBe('2026-11-08T00:00:00+08:00');
    expect(rows.at(-1)?.hourStart).toBe('2026-11-25T23:00:00+08:00');
    const preSale = rows.filter((r) => r.queue === 'pre_sale').map((r) => parseInstant(r.hourStart) ?? Number.NaN);
    preSale.slice(1).forEach((t, i) => expect(t - preSale[i]).toBe(HOUR_MS));
    expect(rows.every((r) => Number.isInteger(r.inquiries) && r.inquiries >= 0)).toBe(true);
  });

  it('keeps ordinary days at the daily total and lifts pre-sale on the eve and the event day', () => {
    const preSale = dailyTotals('pre_sale');
    expect(preSale.get('2026-11-08')).toBe(6500);
    expect(preSale.get('2026-11-10')).toBe(6500 * 3);
    expect(preSale.get('2026-11-11')).toBe(6500 * 10);
  });

  it('peaks at midnight, 09-10, 14-16 and 20-22 on the event day', () => {
    const day = hours('pre_sale', '2026-11-11');
    expect(day[0]).toBeGreaterThan(day[1] * 5);
    expect(day[9]).toBeGreaterThan(Math.max(day[8], day[11]));
    expect(Math.min(day[14], day[15])).toBeGreaterThan(Math.max(day[13], day[16]));
    expect(Math.min(day[20], day[21])).toBeGreaterThan(Math.max(day[19], day[22]));
    const ordinary = hours('pre_sale', '2026-11-09');
    expect(ordinary[0]).toBeLessThan(ordinary[1] * 2);
  });

  it('surges after-sale and logistics after the event, then decays back over 14 days', () => {
    for (const queue of ['after_sale', 'logistics'] as const) {
      const totals = [...dailyTotals(queue).entries()].filter(([d]) => d >= '2026-11-12').map(([, t]) => t);
      const peakAt = totals.indexOf(Math.max(...totals));
      for (let i = peakAt + 1; i < totals.length; i++) expect(totals[i]).toBeLessThanOrEqual(totals[i - 1]);
      expect(totals[peakAt]).toBeGreaterThan(spec.dailyTotals[queue] * 3);
      expect(totals.at(-1)).toBe(spec.dailyTotals[queue]);
    }
    expect(dailyTotals('logistics').get('2026-11-14')).toBeGreaterThan(dailyTotals('logistics').get('2026-11-12') ?? 0);
  });

  it('generates only the queues given and follows edited peak windows', () => {
    const custom = generateForecast(
      { ...spec, days: 1, firstDate: '2026-11-11', dailyTotals: { logistics: 2400 } },
      { baseProfile: Array(24).fill(1), peakWindows: [{ startHour: 3, endHour: 4, multiplier: 2, days: 'event_day' }] },
    );
    expect(custom.map((r) => r.queue)).toEqual(Array(24).fill('logistics'));
    expect(custom[3].inquiries).toBe(192);
    expect(custom[4].inquiries).toBe(96);
  });

  it('rejects bad specs naming the field', () => {
    const error = (s: Partial<typeof spec>) => () => generateForecast({ ...spec, ...s } as typeof spec);
    expect(error({ eventDate: '2026-11-31' })).toThrow(/eventDate/);
    expect(error({ days: 0 })).toThrow(/days/);
    expect(error({ days: 1.5 })).toThrow(DomainError);
    expect(error({ dailyTotals: { pre_sale: Number.NaN, after_sale: 1, logistics: 1 } })).toThrow(/dailyTotals\.pre_sale/);
    expect(error({ dailyTotals: { pre_sale: 1e12, after_sale: 1, logistics: 1 } })).toThrow(/dailyTotals\.pre_sale/);
  });
});

describe('apportion', () => {
  it('splits a total into whole numbers that add up, by largest remainder', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7.6, [1, 3])).toEqual([2, 6]);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});
