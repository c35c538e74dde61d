import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.ts';
import { parseForecastCsv } from '../../../shared/forecast/parseForecastCsv.ts';

const HEADER = 'hour_start,queue,inquiries\n';

function detailsOf(text: string) {
  try {
    parseForecastCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).details!;
  }
  throw new Error('expected rejection');
}

describe('parseForecastCsv', () => {
  it('reads the demo forecast: 18 days x 24 hours x 3 queues in +08:00', () => {
    const rows = parseForecastCsv(readFileSync('server/demo/double11-forecast.csv', 'utf8'));
    expect(rows).toHaveLength(1296);
    expect(rows[0].hourStart).toBe('2026-11-08T00:00:00+08:00');
    const midnight = rows.find((r) => r.hourStart === '2026-11-11T00:00:00+08:00' && r.queue === 'pre_sale');
    expect(midnight!.inquiries).toBeGreaterThan(5000);
  });

  it('reads hours without an offset as Asia/Shanghai wall time', () => {
    const rows = parseForecastCsv(HEADER + '2026-11-11 00:00,pre_sale,5\n2026-11-11 01:00,pre_sale,6\n');
    expect(rows.map((r) => r.hourStart)).toEqual(['2026-11-11T00:00:00+08:00', '2026-11-11T01:00:00+08:00']);
  });

  it('lists unknown queue, negative and fractional volume, bad time, duplicate and gap', () => {
    const details = detailsOf(
      HEADER +
        '2026-11-11T00:00:00+08:00,pre_sale,5\n' +
        '2026-11-11T00:00:00+08:00,pre_sale,6\n' +
        '2026-11-11T01:00:00+08:00,vip,1\n' +
        '2026-11-11T02:00:00+08:00,after_sale,-3\n' +
        '2026-11-11T03:00:00+08:00,after_sale,2.5\n' +
        'yesterday,logistics,1\n' +
        '2026-11-11T04:30:00+08:00,pre_sale,1\n' +
        '2026-11-11T05:00:00+08:00,pre_sale,1\n',
    );
    expect(details).toEqual(
      expect.arrayContaining([
        { line: 3, field: 'hour_start', message: expect.stringContaining('duplicate hour') },
        { line: 4, field: 'queue', message: expect.stringContaining('"vip"') },
        { line: 5, field: 'inquiries', message: expect.stringContaining('"-3"') },
        { line: 6, field: 'inquiries', message: expect.stringContaining('"2.5"') },
        { line: 7, field: 'hour_start', message: expect.stringContaining('"yesterday"') },
        { line: 8, field: 'hour_start', message: expect.stringContaining('not on the hour') },
        { field: 'hour_start', message: expect.stringContaining('gap in pre_sale: 4 hour(s) missing') },
      ]),
    );
  });

  it('finds a bad row at line 999 of 1,000', () => {
    const lines = Array.from({ length: 999 }, (_, i) => `${new Date(Date.UTC(2026, 10, 1) + i * 3600e3).toISOString()},pre_sale,${i === 997 ? 'x' : 1}`);
    const details = detailsOf(HEADER + lines.join('\n'));
    expect(details[0]).toEqual({ field: 'hour_start', message: expect.stringContaining('gap in pre_sale: 1 hour(s) missing') });
    expect(details.slice(1)).toEqual([{ line: 999, field: 'inquiries', message: expect.stringContaining('"x"') }]);
  });
});
