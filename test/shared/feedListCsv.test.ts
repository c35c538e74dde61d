import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { feedListCsv } from '../../shared/export/feedListCsv.ts';

describe('feedListCsv', () => {
  it('writes agent, name, team and link with a BOM, quoting commas and defusing formulas', () => {
    const text = feedListCsv([
      { agentId: 'A001', name: '张三', team: 'T01', link: 'http://x/cal/abc.ics' },
      { agentId: 'A002', name: '=HYPERLINK("evil")', team: 'T,02', link: 'http://x/cal/def.ics' },
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd()).data;
    expect(rows).toEqual([
      ['agent_id', 'name', 'team', 'calendar_link'],
      ['A001', '张三', 'T01', 'http://x/cal/abc.ics'],
      ['A002', `'=HYPERLINK("evil")`, 'T,02', 'http://x/cal/def.ics'],
    ]);
  });
});
