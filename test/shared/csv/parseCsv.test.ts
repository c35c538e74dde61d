import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv/parseCsv.ts';
import { DomainError } from '../../../shared/errors.ts';

const columns = { requiredColumns: ['a', 'b'] } as const;

function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).details ?? [];
  }
  throw new Error('expected a DomainError');
}

describe('parseCsv', () => {
  it('gives each record the line it starts on, counting quoted newlines', () => {
    const records = parseCsv('a,b\n"x\ny",1\nz,2\n', columns);
    expect(records).toEqual([
      { line: 2, values: { a: 'x\ny', b: '1' } },
      { line: 4, values: { a: 'z', b: '2' } },
    ]);
  });

  it('reads mixed CRLF and LF line endings as one row per line', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4\r\n', columns).map((r) => [r.line, r.values.a])).toEqual([
      [2, '1'],
      [3, '3'],
    ]);
  });

  it('names a missing column', () => {
    expect(problemsOf(() => parseCsv('a\n1\n', columns))).toEqual([{ line: 1, field: 'b', message: 'missing column(s) b' }]);
  });

  it('lists every row with the wrong number of fields', () => {
    const problems = problemsOf(() => parseCsv('a,b\n1,2\n3\n4,5,6\n', columns));
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
  });

  it('rejects an oversize file before parsing', () => {
    expect(() => parseCsv('a,b\n' + 'x,y\n'.repeat(100), { ...columns, maxChars: 50 })).toThrow(/limit is 50/);
  });

  it('rejects an empty file', () => {
    expect(() => parseCsv('', columns)).toThrow(/empty/);
  });
});
