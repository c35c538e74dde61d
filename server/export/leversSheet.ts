/** Sheet 调配 Levers: the bookings and extra hours the plan pulls, one row each, for the agency and the team leads. */
import type { Workbook, Worksheet } from 'exceljs';
import { ROSTER_SHEET_NAMES } from '../../shared/export/rosterSheets.ts';
import { dayKind, OVERTIME_PAY_RATE } from '../../shared/labour/dayKind.ts';
import { bookedKindOf } from '../../shared/roster/bookedStaff.ts';
import { isPeakTemplate } from '../../shared/roster/peakTemplates.ts';
import { HOUR_MS, toZonedIso } from '../../shared/time.ts';
import { QUEUE_LABELS, type Assignment } from '../../shared/types.ts';
import { setText } from './textCell.ts';
import type { RosterWorkbookInput } from './workbookInput.ts';

type LeverKind = 'temps' | 'borrowed' | 'peakShift' | 'overtime';

const LEVER_LABEL: Record<LeverKind, string> = {
  temps: '临时工 Temp',
  borrowed: '借调 Borrowed',
  peakShift: '高峰班 Peak shift',
  overtime: '加班 Overtime',
};

// Grouped by lever so the temps' list can go to the agency as it is.
const LEVER_ORDER: LeverKind[] = ['temps', 'borrowed', 'peakShift', 'overtime'];

/** The levers one assignment stands for: a booking, a peak shift, and/or an overtime extension. */
export function leversOf(a: Pick<Assignment, 'template' | 'overtimeHours'>): LeverKind[] {
  const kinds: LeverKind[] = [];
  const booked = bookedKindOf(a);
  if (booked) kinds.push(booked);
  else if (isPeakTemplate({ code: a.template })) kinds.push('peakShift');
  if ((a.overtimeHours ?? 0) > 0) kinds.push('overtime');
  return kinds;
}

/** Adds one row per lever pulled, grouped by lever and ordered by start then agent; overtime rows carry their hours and the day's pay rate. */
export function addLeversSheet(workbook: Workbook, input: RosterWorkbookInput, timeZone: string): Worksheet {
  const sheet = workbook.addWorksheet(ROSTER_SHEET_NAMES.levers, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(['调配 Lever', '工号 ID', '姓名 Name', '队列 Queue', '开始 Start', '结束 End', '小时 Hours', '加班小时 Overtime h', '加班倍率 Overtime rate']).font = { bold: true };
  const names = new Map(input.agents.map((a) => [a.id, a.name]));
  const local = (ms: number) => toZonedIso(ms, timeZone).slice(0, 16).replace('T', ' ');
  const pulled = input.assignments
    .flatMap((a) => leversOf(a).map((kind) => ({ a, kind })))
    .sort((x, y) => LEVER_ORDER.indexOf(x.kind) - LEVER_ORDER.indexOf(y.kind) || Date.parse(x.a.start) - Date.parse(y.a.start) || (x.a.agentId < y.a.agentId ? -1 : x.a.agentId > y.a.agentId ? 1 : 0));
  for (const { a, kind } of pulled) {
    const startMs = Date.parse(a.start);
    const endMs = Date.parse(a.end);
    const row = sheet.addRow([]);
    row.getCell(1).value = LEVER_LABEL[kind];
    setText(row.getCell(2), a.agentId);
    setText(row.getCell(3), names.get(a.agentId) ?? '');
    row.getCell(4).value = `${QUEUE_LABELS[a.queue].zh} ${QUEUE_LABELS[a.queue].en}`;
    row.getCell(5).value = local(startMs);
    row.getCell(6).value = local(endMs);
    row.getCell(7).value = (endMs - startMs) / HOUR_MS;
    if (kind === 'overtime') {
      row.getCell(8).value = a.overtimeHours ?? 0;
      row.getCell(9).value = OVERTIME_PAY_RATE[dayKind(toZonedIso(startMs, timeZone).slice(0, 10)).kind];
      row.getCell(9).numFmt = '0%';
    }
  }
  [18, 14, 18, 18, 18, 18, 10, 14, 14].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return sheet;
}
