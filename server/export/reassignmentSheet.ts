/** Sheet 调岗 Reassignments: who moves from which queue to which, and when. */
import type { Workbook, Worksheet } from 'exceljs';
import { ROSTER_SHEET_NAMES } from '../../shared/export/rosterSheets.ts';
import { toZonedIso } from '../../shared/time.ts';
import { QUEUE_LABELS } from '../../shared/types.ts';
import { setText } from './textCell.ts';
import type { RosterWorkbookInput } from './workbookInput.ts';

/** Adds one row per reassignment, ordered by start then agent, times in the event zone. */
export function addReassignmentSheet(workbook: Workbook, input: RosterWorkbookInput, timeZone: string): Worksheet {
  const sheet = workbook.addWorksheet(ROSTER_SHEET_NAMES.reassignments, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(['工号 ID', '姓名 Name', '从 From', '到 To', '开始 Start', '结束 End']).font = { bold: true };
  const names = new Map(input.agents.map((a) => [a.id, a.name]));
  const moves = [...input.reassignments].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));
  for (const move of moves) {
    const row = sheet.addRow([]);
    setText(row.getCell(1), move.agentId);
    setText(row.getCell(2), names.get(move.agentId) ?? '');
    row.getCell(3).value = `${QUEUE_LABELS[move.fromQueue].zh} ${QUEUE_LABELS[move.fromQueue].en}`;
    row.getCell(4).value = `${QUEUE_LABELS[move.toQueue].zh} ${QUEUE_LABELS[move.toQueue].en}`;
    row.getCell(5).value = toZonedIso(Date.parse(move.start), timeZone).slice(0, 16).replace('T', ' ');
    row.getCell(6).value = toZonedIso(Date.parse(move.end), timeZone).slice(0, 16).replace('T', ' ');
  }
  [10, 18, 14, 14, 18, 18].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return sheet;
}
