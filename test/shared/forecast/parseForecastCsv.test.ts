import { describe, it, expect } from 'vitest';
import { parseForecastCsv } from '../../../shared/forecast/parseForecastCsv.ts';
import { decodeText } from '../../../shared/csv/decodeText.ts';
import { DomainError } from '../../../shared/errors.ts';

const header = 'hour_start,queue,inquiries';
const good = [header, '2026-11-11T00:00:00+08:00,pre_sale,5493', '2026-11-11T01:00:00+08:00,pre_sale,1047'].join('\n');
// '售前' (pre-sale) in GBK, as Excel in China saves it: no BOM, not valid UTF-8.
const PRE_SALE_GBK = [0xca, 0xdb, 0xc7, 0xb0];

function importBytes(bytes: Uint8Array) {
  return parseForecastCsv(decodeText(bytes).text);
}

function rejection(text: string): DomainError {
  try {
    parseForecastCsv(text);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}

describe('forecast CSV import', () => {
  it('reads UTF-8 with and without a BOM to the same rows', () => {
    const plain = importBytes(new TextEncoder().encode(good));
    const withBom = importBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(good)]));
    expect(withBom).toEqual(plain);
    expect(plain).toEqual([
      { hourStart: '2026-11-11T00:00:00+08:00', queue: 'pre_sale', inquiries: 5493 },
      { hourStart: '2026-11-11T01:00:00+08:00', queue: 'pre_sale', inquiries: 1047 },
    ]);
  });

  it('decodes GBK bytes, so a Chinese queue name is reported as written', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${header}\n2026-11-11T00:00:00+08:00,`), ...PRE_SALE_GBK, ...new TextEncoder().encode(',10\n')]);
    expect(decodeText(bytes)).toMatchObject({ encoding: 'gb18030' });
    expect(decodeText(bytes).text).toContain('售前');
    let problem: DomainError | undefined;
    try {
      importBytes(bytes);
    } catch (error) {
      problem = error as DomainError;
    }
    expect(problem?.details).toEqual([expect.objectContaining({ line: 2, field: 'queue', message: expect.stringContaining('"售前"') })]);
  });

  it('reads a time without an offset as Shanghai wall time, and the optional aht_seconds', () => {
    const rows = parseForecastCsv('hour_start,queue,inquiries,aht_seconds\n2026-11-11 09:00,after_sale,12,600\n');
    expect(rows).toEqual([{ hourStart: '2026-11-11T09:00:00+08:00', queue: 'after_sale', inquiries: 12, ahtSeconds: 600 }]);
  });

  it('rejects the whole file, listing every bad row by line and field', () => {
    const text = [
      header,
      '2026-11-11T00:00:00+08:00,pre_sale,10',
      '2026-11-11T01:00:00+08:00,vip,10',
      '2026-11-11T02:00:00+08:00,pre_sale,-3',
      '2026-11-11T03:00:00+08:00,pre_sale,2.5',
      'yesterday,pre_sale,1',
    ].join('\n');
    const error = rejection(text);
    expect(error.code).toBe('INVALID_CSV');
    expect(error.message).toContain('nothing was stored');
    expect(error.details?.filter((d) => d.line !== undefined).map((d) => [d.line, d.field])).toEqual([
      [3, 'queue'],
      [4, 'inquiries'],
      [5, 'inquiries'],
      [6, 'hour_start'],
    ]);
  });

  it('rejects a gap in the horizon', () => {
    const text = [header, '2026-11-11T00:00:00+08:00,pre_sale,1', '2026-11-11T03:00:00+08:00,pre_sale,1'].join('\n');
    const error = rejection(text);
    expect(error.details).toEqual([expect.objectContaining({ field: 'hour_start', message: expect.stringMatching(/gap in pre_sale: 2 hour/) })]);
  });

  it('rejects a duplicate hour, naming the first line', () => {
    const text = [header, '2026-11-11T00:00:00+08:00,pre_sale,1', '2026-11-11T01:00:00+08:00,pre_sale,1', '2026-11-11 01:00,pre_sale,2'].join('\n');
    const error = rejection(text);
    expect(error.details).toEqual([expect.objectContaining({ line: 4, field: 'hour_start', message: expect.stringContaining('first on line 3') })]);
  });

  it('finds a bad row at line 999 of 1,000', () => {
    const lines = [header];
    for (let h = 0; h < 999; h++) lines.push(`${new Date(Date.UTC(2026, 10, 1) + h * 3_600_000).toISOString()},logistics,${h === 997 ? 'x' : 5}`);
    const error = rejection(lines.join('\n'));
    expect(error.details?.map((d) => d.line)).toEqual([999]);
  });
});

describe('forecast CSV import, empty files', () => {
  it('rejects a file with a header and no rows', () => {
    expect(() => parseForecastCsv(`${header}\n`)).toThrow(/no data rows/);
  });
});
