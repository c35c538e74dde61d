import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from '../../../shared/export/formulaCells.ts';
import { rosterCsv } from '../../../shared/export/rosterCsv.ts';
import { DEFAULT_TEMPLATES } from '../../../shared/roster/rulesSchema.ts';
import type { Assignment } from '../../../shared/types.ts';

const agents = [
  { id: 'A151', name: 'O\'Brien, Zoë; "night" \\ lead', team: 'T16' },
  { id: 'A152', name: '=HYPERLINK("x")', team: 'T16' },
  { id: 'A153', name: '=1+1\n第二行', team: '+T17' },
  { id: 'A154', name: '-张三', team: '@T18' },
];
const shift = (agentId: string, start: string, extra: Partial<Assignment> = {}): Assignment => ({
  agentId,
  queue: 'pre_sale',
  template: 'E',
  start,
  end: new Date(Date.parse(start) + 8 * 3_600_000).toISOString(),
  ...extra,
});
const assignments = [
  shift('A152', '2026-11-10T08:00:00+08:00', { reassignedFrom: 'after_sale' }),
  shift('A151', '2026-11-10T00:00:00Z'),
  shift('A153', '2026-11-09T08:00:00+08:00'),
  shift('A154', '2026-11-09T08:00:00+08:00'),
];

function read(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
}

describe('rosterCsv', () => {
  const csv = rosterCsv({ agents, assignments, templates: DEFAULT_TEMPLATES });

  it('starts with a UTF-8 BOM and keeps Chinese text and hostile names intact', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = read(csv);
    expect(rows.map((r) => r.agent_id)).toEqual(['A153', 'A154', 'A151', 'A152']);
    expect(rows[2]).toEqual({
      agent_id: 'A151',
      name: 'O\'Brien, Zoë; "night" \\ lead',
      team: 'T16',
      queue: 'pre_sale',
      template: 'E',
      shift: '早班 Early',
      start: '2026-11-10T08:00:00+08:00',
      end: '2026-11-10T16:00:00+08:00',
      hours: '8',
      reassigned_from: '',
    });
    expect(rows[3].reassigned_from).toBe('after_sale');
  });

  it("prefixes ' to every cell a spreadsheet would run as a formula, multi-line ones included, and to nothing else", () => {
    const rows = read(csv);
    expect(rows.map((r) => [r.name, r.team])).toEqual([
      ["'=1+1\n第二行", "'+T17"],
      ["'-张三", "'@T18"],
      ['O\'Brien, Zoë; "night" \\ lead', 'T16'],
      ['\'=HYPERLINK("x")', 'T16'],
    ]);
    // papaparse's own pattern misses a formula followed by a line break; ours does not.
    expect(Papa.unparse([['=1+1\nx']], { escapeFormulae: true })).toBe('"=1+1\nx"');
    for (const row of rows) for (const value of Object.values(row)) expect(looksLikeFormula(value)).toBe(false);
  });

  it('writes a header only for an empty roster', () => {
    expect(rosterCsv({ agents, assignments: [], templates: DEFAULT_TEMPLATES })).toBe('\uFEFFagent_id,name,team,queue,template,shift,start,end,hours,reassigned_from\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
