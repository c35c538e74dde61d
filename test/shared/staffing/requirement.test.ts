import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { requirement, requirementParamsSchema, parseRequirementParams } from '../../../shared/staffing/requirement.ts';
import { requiredAgents } from '../../../shared/staffing/requiredAgents.ts';
import { parseForecastCsv } from '../../../shared/forecast/parseForecastCsv.ts';
import { DomainError } from '../../../shared/errors.ts';
import type { ForecastRow } from '../../../shared/types.ts';

const hour = (h: number) => `2026-11-11T${String(h).padStart(2, '0')}:00:00+08:00`;
const rows: ForecastRow[] = [
  { hourStart: hour(0), queue: 'pre_sale', inquiries: 5000 },
  { hourStart: hour(0), queue: 'after_sale', inquiries: 100 },
  { hourStart: hour(1), queue: 'logistics', inquiries: 0 },
];

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('requirement', () => {
  it('gives one row per forecast row with the default bot share, AHT and shrinkage', () => {
    const result = requirement(rows, {});
    expect(result.map((r) => [r.hourStart, r.queue, r.inquiries])).toEqual(rows.map((r) => [r.hourStart, r.queue, r.inquiries]));
    const peak = result[0];
    expect(peak.humanInquiries).toBeCloseTo(5000 * 0.65, 6);
    expect(peak.offeredLoad).toBeCloseTo((3250 * 480) / 3600, 3);
    expect(peak.requiredOnline).toBe(requiredAgents(3250).requiredOnline);
    expect(peak.requiredAgents).toBe(Math.ceil(peak.requiredOnline / 0.7 - 1e-9));
    expect(peak.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(result[2]).toMatchObject({ humanInquiries: 0, requiredOnline: 0, requiredAgents: 0 });
  });

  it('applies defaults, then per-queue overrides', () => {
    const result = requirement(rows, { defaults: { botShare: 0 }, queues: { pre_sale: { botShare: 0.5, concurrencyCap: 1 } } });
    expect(result[0].humanInquiries).toBe(2500);
    expect(result[0].requiredOnline).toBe(requiredAgents(2500, { concurrencyCap: 1 }).requiredOnline);
    expect(result[1].humanInquiries).toBe(100);
  });

  it('uses a row’s own AHT over the queue’s', () => {
    const [slow] = requirement([{ ...rows[0], ahtSeconds: 960 }], {});
    const [normal] = requirement([rows[0]], {});
    expect(slow.offeredLoad).toBeCloseTo(normal.offeredLoad * 2, 3);
    expect(slow.requiredOnline).toBeGreaterThan(normal.requiredOnline);
  });

  it('says the demo midnight peak needs far more than the 80 pre-sale agents', () => {
    const forecast = parseForecastCsv(readFileSync(new URL('../../../server/demo/double11-forecast.csv', import.meta.url), 'utf8'));
    const result = requirement(forecast, {});
    expect(result).toHaveLength(18 * 24 * 3);
    const midnight = result.find((r) => r.queue === 'pre_sale' && r.hourStart === '2026-11-11T00:00:00+08:00');
    expect(midnight?.requiredAgents).toBeGreaterThan(80);
  });

  it('rejects bad rows with INVALID_INPUT naming each row and field', () => {
    const bad = [
      { ...rows[0], inquiries: Number.NaN },
      { ...rows[1], queue: 'vip' as ForecastRow['queue'] },
      { ...rows[2], hourStart: 'tomorrow', ahtSeconds: 0 },
    ];
    const error = errorOf(() => requirement(bad, {}));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details?.map((d) => d.field)).toEqual(['forecast[0].inquiries', 'forecast[1].queue', 'forecast[2].hourStart', 'forecast[2].ahtSeconds']);
  });

  it('names the row and field of an absurd volume', () => {
    const error = errorOf(() => requirement([{ ...rows[0], inquiries: 1e12 }], {}));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('forecast[0]');
    expect(error.details?.[0].field).toBe('forecast[0].inquiries');
  });

  it('stops with LIMIT_EXCEEDED naming the row when an hour needs too many chat slots', () => {
    const huge: ForecastRow = { ...rows[0], inquiries: 10_000_000, ahtSeconds: 14_400 };
    const error = errorOf(() => requirement([rows[1], huge], { defaults: { botShare: 0, concurrencyCap: 1000 } }));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toContain('forecast[1] (pre_sale 2026-11-11T00:00:00+08:00)');
  });

  it('rejects bad params with the JSON path of the field', () => {
    const error = errorOf(() => requirement(rows, { queues: { after_sale: { ahtSeconds: 0 } } }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details?.[0].field).toBe('queues.after_sale.ahtSeconds');
    expect(errorOf(() => parseRequirementParams({ defaults: { cap: 4 } })).details?.[0].message).toMatch(/cap/);
  });

  it('exports a zod schema the API can use on params files and bodies', () => {
    expect(requirementParamsSchema.safeParse({ defaults: { concurrencyCap: 6 }, queues: { logistics: { shrinkage: 0.25 } } }).success).toBe(true);
    expect(requirementParamsSchema.safeParse({ queues: { vip: {} } }).success).toBe(false);
    expect(requirementParamsSchema.safeParse({ defaults: { replySeconds: Number.NaN } }).success).toBe(false);
  });
});
