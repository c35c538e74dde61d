import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAgentsCsv } from '../../../shared/agents/parseAgentsCsv.ts';
import { DEFAULT_TEMPLATES } from '../../../shared/roster/rulesSchema.ts';
import { fileNamePart } from '../../../server/export/fileNames.ts';
import { writeCalendarFiles } from '../../../server/export/writeCalendarFiles.ts';
import { readIcs } from '../../shared/calendar/icsReader.ts';

const dir = mkdtempSync(join(tmpdir(), 'peak-roster-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const agents = parseAgentsCsv(readFileSync('server/demo/agents.csv', 'utf8')).filter((a) => ['A150', 'A151', 'A152'].includes(a.id));
const assignments = [
  { agentId: 'A151', queue: 'pre_sale' as const, template: 'E', start: '2026-11-10T08:00:00+08:00', end: '2026-11-10T16:00:00+08:00' },
  { agentId: 'A152', queue: 'pre_sale' as const, template: 'PD', start: '2026-11-10T09:00:00+08:00', end: '2026-11-10T13:00:00+08:00', reassignedFrom: 'after_sale' as const },
  { agentId: 'T900', queue: 'logistics' as const, template: 'M', start: '2026-11-11T16:00:00+08:00', end: '2026-11-12T00:00:00+08:00' },
];

describe('writeCalendarFiles', async () => {
  const written = await writeCalendarFiles(dir, {
    eventName: 'Double 11',
    agents,
    assignments,
    templates: DEFAULT_TEMPLATES,
    requirement: [{ hourStart: '2026-11-10T08:00:00+08:00', queue: 'pre_sale', requiredAgents: 2 }],
    reassignments: [],
    publishedAt: '2026-11-09T20:00:00+08:00',
    caps: { pre_sale: 5 },
  });

  it('writes a feed per agent (temporary staff too), a feed per team, roster.xlsx and roster.csv', () => {
    expect(readdirSync(join(dir, 'calendars')).sort()).toEqual(['agent-A150.ics', 'agent-A151.ics', 'agent-A152.ics', 'agent-T900.ics', 'team-T15.ics', 'team-T16.ics']);
    expect(readdirSync(dir).sort()).toEqual(['calendars', 'roster.csv', 'roster.xlsx']);
    expect(written).toHaveLength(8);
  });

  it("puts each agent's shifts in their feed with the storage identity, and a team's with names", () => {
    const own = readIcs(readFileSync(join(dir, 'calendars', 'agent-A152.ics'), 'utf8'));
    expect(own.name).toBe('Double 11 · =HYPERLINK("x")');
    expect(own.events.map((e) => [e.uid, e.summary])).toEqual([['shift-A152/2026-11-10@peak-roster', '兼职日间 Part-time day · 售前 Pre-sale (from 售后 After-sale)']]);
    expect(own.events[0].description).toContain('接待上限 Cap: 5');
    const team = readIcs(readFileSync(join(dir, 'calendars', 'team-T16.ics'), 'utf8'));
    expect(team.events.map((e) => e.summary)).toEqual(['O\'Brien, Zoë; "night" \\ lead · 早班 Early · 售前 Pre-sale', '=HYPERLINK("x") · 兼职日间 Part-time day · 售前 Pre-sale (from 售后 After-sale)']);
    expect(readIcs(readFileSync(join(dir, 'calendars', 'team-T15.ics'), 'utf8')).events).toEqual([]);
  });

  it('writes a workbook Excel can open and a CSV with a BOM', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, 'roster.xlsx')) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('排班表')!.getRow(4).getCell(2).value).toBe('=HYPERLINK("x")');
    expect(readFileSync(join(dir, 'roster.csv'), 'utf8').startsWith('\uFEFFagent_id,')).toBe(true);
  });
});

describe('fileNamePart', () => {
  it('keeps letters and digits of any script and encodes the rest so no two values share a name', () => {
    expect(fileNamePart('A001')).toBe('A001');
    expect(fileNamePart('客服一组')).toBe('客服一组');
    expect(fileNamePart('../x')).toBe('%2E%2E%2Fx');
    expect(fileNamePart('A/1')).not.toBe(fileNamePart('A_1'));
    expect(fileNamePart('a%2F')).toBe('a%252F');
    expect(fileNamePart('')).toBe('%');
  });
});
