import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../shared/roster/rulesSchema.ts';
import type { Agent, Assignment } from '../../../shared/types.ts';
import { rosterWorkbook, type RosterWorkbookInput } from '../../../server/export/rosterWorkbook.ts';

const agent = (id: string, name: string, primaryQueue: Agent['primaryQueue'] = 'pre_sale') => ({ id, name, team: 'T16', primaryQueue, contract: 'full_time' as const });
const shift = (agentId: string, start: string, extra: Partial<Assignment> = {}): Assignment => ({
  agentId,
  queue: 'pre_sale',
  template: 'E',
  start,
  end: new Date(Date.parse(start) + 8 * 3_600_000).toISOString(),
  ...extra,
});
const hostileNames = ['O\'Brien, Zoë; "night" \\ lead', '=HYPERLINK("x")', '+86 138', '-1', '@SUM(A1)', '\t=1', '\r=1'];

const input: RosterWorkbookInput = {
  agents: [...hostileNames.map((name, i) => agent(`A15${i}`, name)), agent('A200', '张三', 'after_sale')],
  assignments: [
    shift('A150', '2026-11-10T08:00:00+08:00'),
    shift('A151', '2026-11-11T00:00:00+08:00', { template: 'N' }),
    shift('A200', '2026-11-10T08:00:00+08:00', { reassignedFrom: 'after_sale' }),
  ],
  templates: DEFAULT_TEMPLATES,
  requirement: [
    { hourStart: '2026-11-10T08:00:00+08:00', queue: 'pre_sale', requiredAgents: 3 },
    { hourStart: '2026-11-10T09:00:00+08:00', queue: 'pre_sale', requiredAgents: 1.2 },
    { hourStart: '2026-11-10T09:00:00+08:00', queue: 'after_sale', requiredAgents: 1 },
  ],
  reassignments: [{ agentId: 'A151', fromQueue: 'pre_sale', toQueue: 'after_sale', start: '2026-11-12T08:00:00+08:00', end: '2026-11-20T08:00:00+08:00' }],
  generatedAt: '2026-11-09T18:00:00+08:00',
};

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('rosterWorkbook', async () => {
  const workbook = await load(await rosterWorkbook(input));
  const schedule = workbook.getWorksheet('排班表')!;

  it('has the schedule, coverage, reassignment and working-time sheets', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['排班表', '覆盖 Coverage', '调岗 Reassignments', '工时 Working time']);
  });

  it('writes every name that begins with = + - @ tab or CR as a plain string, formatted as text', () => {
    hostileNames.forEach((name, i) => {
      const cell = schedule.getRow(i + 2).getCell(2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // A line break is kept as LF: XML has no bare CR.
      expect(cell.value).toBe(name.replace('\r', '\n'));
      if (i > 0) expect(cell.numFmt).toBe('@');
    });
  });

  it('contains no formula anywhere', () => {
    let cells = 0;
    for (const sheet of workbook.worksheets) {
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          cells++;
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
        }),
      );
    }
    expect(cells).toBeGreaterThan(50);
  });

  it('puts shift codes under each day, coloured per template, and marks a reassigned day', () => {
    expect(schedule.getRow(1).values).toEqual([undefined, '工号 ID', '姓名 Name', '班组 Team', '主队列 Queue', '2026-11-10', '2026-11-11']);
    const early = schedule.getRow(2).getCell(5);
    const night = schedule.getRow(3).getCell(6);
    expect([early.value, night.value]).toEqual(['E', 'N']);
    expect(early.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFF2CC' } });
    expect(night.fill).toMatchObject({ fgColor: { argb: 'FFD9E1F2' } });
    const moved = schedule.getRow(9).getCell(5);
    expect(moved.value).toBe('E→售前');
    expect(JSON.stringify(moved.note)).toContain('调岗 售后 → 售前');
  });

  it('compares required and scheduled agents per hour and queue, and highlights shortfalls', () => {
    const coverage = workbook.getWorksheet('覆盖 Coverage')!;
    expect(coverage.getRow(2).values).toEqual([undefined, '2026-11-10 08:00', 3, 2, 1, 0, 0, 0, 0, 0, 0]);
    expect(coverage.getRow(3).values).toEqual([undefined, '2026-11-10 09:00', 2, 2, 0, 1, 0, 1, 0, 0, 0]);
    expect(coverage.getRow(2).getCell(2).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(coverage.getRow(3).getCell(2).fill).toBeUndefined();
    expect(coverage.getRow(3).getCell(5).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  });

  it('lists reassignments with agent, name, queues and times in the event zone', () => {
    const moves = workbook.getWorksheet('调岗 Reassignments')!;
    expect(moves.getRow(2).values).toEqual([undefined, 'A151', '=HYPERLINK("x")', '售前 Pre-sale', '售后 After-sale', '2026-11-12 08:00', '2026-11-20 08:00']);
  });

  it('gives the same bytes for the same roster, whenever it is written', async () => {
    // Only the clock moves: zip entries would otherwise carry the second they were written.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-11-01T00:00:00Z'));
      const first = await rosterWorkbook(input);
      vi.setSystemTime(new Date('2026-11-02T13:37:11Z'));
      expect((await rosterWorkbook(input)).equals(first)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('rosterWorkbook with a cost', async () => {
  const cost = { wagesCny: 1000, overtimeCny: 150, tempsCny: 240, borrowedCny: 0, lostGmvCny: 4200.5, totalCny: 5590.5 };
  const workbook = await load(await rosterWorkbook({ ...input, cost }));

  it('adds a cost sheet with every part, the total and the demo assumptions named', () => {
    const sheet = workbook.getWorksheet('成本 Cost')!;
    const values = [2, 3, 4, 5, 6, 7].map((r) => sheet.getRow(r).getCell(2).value);
    expect(values).toEqual([1000, 150, 240, 0, 4200.5, 5590.5]);
    expect(String(sheet.getRow(9).getCell(1).value)).toContain('Demo assumptions');
  });

  it('lists each lever that ran out with what one more unit of it would buy', async () => {
    const exhausted = [
      {
        lever: 'overtime' as const,
        queue: 'pre_sale' as const,
        date: '2026-11-11',
        causes: ['leverDayHours' as const],
        hours: ['2026-11-11T17:00:00+08:00', '2026-11-11T18:00:00+08:00'],
        marginalValueCny: 148,
        oneMore: { unit: 'overtimeHour' as const, start: '2026-11-11T17:00:00+08:00', end: '2026-11-11T18:00:00+08:00', agentHours: 1, lostGmvCny: 200.5, floorCny: 0, floorAgentHours: 0, costCny: 52.5 },
        message: 'overtime ran out',
      },
    ];
    const sheet = (await load(await rosterWorkbook({ ...input, cost, exhausted }))).getWorksheet('成本 Cost')!;
    const at = sheet.getColumn(1).values.findIndex((v) => String(v).includes('Levers that ran out'));
    expect(at).toBeGreaterThan(9);
    const row = sheet.getRow(at + 2).values as unknown[];
    expect(row.slice(1)).toEqual(['加班 Overtime', '售前 Pre-sale', '2026-11-11', 2, 'leverDayHours', '多加班一小时 one more overtime hour 2026-11-11 17:00 - 2026-11-11 18:00', 1, 200.5, 0, 52.5, 148]);
  });
});

describe('rosterWorkbook with levers pulled', async () => {
  const assignments: Assignment[] = [
    ...input.assignments,
    shift('TEMP-001', '2026-11-10T20:00:00+08:00', { template: 'TEMP', end: '2026-11-11T02:00:00+08:00' }),
    shift('A152', '2026-11-10T20:00:00+08:00', { template: 'P20-6', end: '2026-11-11T02:00:00+08:00' }),
    // A Sunday: the extension's 2 h are paid at the rest day's 200 %.
    shift('A153', '2026-11-15T08:00:00+08:00', { end: '2026-11-15T18:00:00+08:00', overtimeHours: 2 }),
  ];
  const workbook = await load(await rosterWorkbook({ ...input, assignments }));

  it('lists each booking, peak shift and overtime extension for the agency and the team leads', () => {
    expect(workbook.worksheets.map((s) => s.name)).toContain('调配 Levers');
    const sheet = workbook.getWorksheet('调配 Levers')!;
    const rows = [2, 3, 4].map((r) => sheet.getRow(r).values as unknown[]);
    expect(rows.map((r) => [r[1], r[2], r[5], r[6], r[7], r[8] ?? null, r[9] ?? null])).toEqual([
      ['临时工 Temp', 'TEMP-001', '2026-11-10 20:00', '2026-11-11 02:00', 6, null, null],
      ['高峰班 Peak shift', 'A152', '2026-11-10 20:00', '2026-11-11 02:00', 6, null, null],
      ['加班 Overtime', 'A153', '2026-11-15 08:00', '2026-11-15 18:00', 10, 2, 2],
    ]);
    expect(sheet.rowCount).toBe(4);
  });

  it('has no levers sheet when none is pulled', async () => {
    expect((await load(await rosterWorkbook(input))).worksheets.map((s) => s.name)).not.toContain('调配 Levers');
  });
});

describe('the working-time sheet', async () => {
  // Monday 11-16 to Saturday 11-21: the sixth day's 8 h are past 40 on a rest day (200 %); National Day is a statutory holiday (300 %).
  const week = [16, 17, 18, 19, 20, 21].map((d) => shift('A150', `2026-11-${d}T08:00:00+08:00`));
  const workbook = await load(await rosterWorkbook({ ...input, assignments: [...week, shift('A200', '2026-10-01T08:00:00+08:00')], reassignments: [] }));
  const sheet = workbook.getWorksheet('工时 Working time')!;

  it('says the rows are against the legal figures and the event ceilings are the supervisor\'s decision', () => {
    expect(String(sheet.getRow(1).getCell(1).value)).toMatch(/活动自设的上限由主管决定.*the supervisor's decision/);
    expect(sheet.getRow(2).values).toEqual([undefined, '工号 ID', '姓名 Name', '类别 Kind', '从 From', '至 To', '工时 Hours', '法定标准 Legal figure', '加班 Overtime h', '最高费率 Pay rate %', '加班工资折算 Overtime pay h']);
  });

  it('lists each excess with its overtime hours and pay rate, the name kept as text', () => {
    expect(sheet.getRow(3).values).toEqual([undefined, 'A150', hostileNames[0], '周工时超过40小时（第36条） Week over 40 h (Art. 36)', '2026-11-16', '2026-11-21', 48, 40, 8, 200, 16]);
    expect(sheet.getRow(4).values).toEqual([undefined, 'A200', '张三', '法定节假日工作（第44条，300%） Work on a statutory holiday (Art. 44, 300 %)', '2026-10-01', '2026-10-01', 8, 0, 8, 300, 24]);
    expect(sheet.rowCount).toBe(4);
  });
});
