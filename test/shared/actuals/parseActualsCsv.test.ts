import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.ts';
import { parseActualsCsv } from '../../../shared/actuals/parseActualsCsv.ts';

function problemsOf(text: string) {
  try {
    parseActualsCsv(text);
  } catch (error) {
    if (error instanceof DomainError) return error.details ?? [];
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('parseActualsCsv', () => {
  it('reads hourly and quarter-hour counts, with the forecast header accepted, and sorts them', () => {
    const rows = parseActualsCsv('\uFEFFhour_start,queue,inquiries,minutes\r\n2026-11-10T21:15:00+08:00,pre_sale,900,15\n2026-11-10T20:00:00+08:00,pre_sale,3100,\n2026-11-10T21:00:00+08:00,pre_sale,800,15\n');
    expect(rows).toEqual([
      { start: '2026-11-10T20:00:00+08:00', queue: 'pre_sale', minutes: 60, inquiries: 3100 },
      { start: '2026-11-10T21:00:00+08:00', queue: 'pre_sale', minutes: 15, inquiries: 800 },
      { start: '2026-11-10T21:15:00+08:00', queue: 'pre_sale', minutes: 15, inquiries: 900 },
    ]);
  });

  it('lets queues stop at different hours: actuals are partial by nature', () => {
    const rows = parseActualsCsv('start,queue,inquiries\n2026-11-10T20:00:00+08:00,pre_sale,1\n2026-11-10T21:00:00+08:00,pre_sale,2\n2026-11-10T20:00:00+08:00,logistics,3\n');
    expect(rows).toHaveLength(3);
  });

  it('refuses the whole file, naming every bad line and field', () => {
    const problems = problemsOf(
      [
        'start,queue,inquiries,minutes',
        '2026-11-10T20:00:00+08:00,pre_sale,10,60',
        '2026-11-10T20:30:00+08:00,pre_sale,10,60',
        '2026-11-10T20:10:00+08:00,after_sale,10,15',
        'yesterday,pre_sale,10,60',
        '2026-11-10T21:00:00+08:00,presale,10,60',
        '2026-11-10T21:00:00+08:00,pre_sale,-4,60',
        '2026-11-10T21:00:00+08:00,pre_sale,4,30',
        '2026-11-10T20:45:00+08:00,pre_sale,4,15',
      ].join('\n'),
    );
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'start'],
      [4, 'start'],
      [5, 'start'],
      [6, 'queue'],
      [7, 'inquiries'],
      [8, 'minutes'],
      [9, 'start'],
    ]);
    expect(problems[6].message).toMatch(/overlaps the interval on line 2/);
  });

  it('refuses a file with no rows', () => {
    expect(problemsOf('start,queue,inquiries\n')[0].message).toMatch(/no data rows/);
  });
});
