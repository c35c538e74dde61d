/** Sheet 排班表: one row per agent, one column per day, the shift code in each cell. */
import type { Workbook, Worksheet } from 'exceljs';
import { ROSTER_SHEET_NAMES } from '../../shared/export/rosterSheets.ts';
import { DAY_MS, startOfZonedDay, zonedDate } from '../../shared/time.ts';
import { QUEUE_LABELS, type Assignment } from '../../shared/types.ts';
import { setText } from './textCell.ts';
import { templateFills, type RosterWorkbookInput } from './workbookInput.ts';

const FIXED = ['工号 ID', '姓名 Name', '班组 Team', '主队列 Queue'];

function dayColumns(assignments: readonly Assignment[], timeZone: string): string[] {
  if (assignments.length === 0) return [];
  const starts = assignments.map((a) => Date.parse(a.start));
  const first = startOfZonedDay(Math.min(...starts), timeZone);
  const last = startOfZonedDay(Math.max(...starts), timeZone);
  // Asia/Shanghai has no daylight saving; noon keeps each step on its own date in zones that do.
  return Array.from({ length: Math.round((last - first) / DAY_MS) + 1 }, (_, d) => zonedDate(first + d * DAY_MS + DAY_MS / 2, timeZone));
}

/** Code shown for a shift: "E", or "E→售前" when the agent serves another queue that day. */
function shiftCode(a: Assignment): string {
  return a.reassignedFrom ? `${a.template}→${QUEUE_LABELS[a.queue].zh}` : a.template;
}

function addLegend(sheet: Worksheet, input: RosterWorkbookInput): void {
  const fills = templateFills(input.templates);
  sheet.addRow([]);
  for (const t of input.templates) {
    const row = sheet.addRow([t.code, `${t.nameZh} ${t.nameEn}`, `${String(t.startHour).padStart(2, '0')}:00 +${t.durationHours}h`]);
    row.getCell(1).fill = fills.get(t.code)!;
  }
  sheet.addRow(['E→售前', '调岗 reassigned: serves the named queue that day (see the 调岗 Reassignments sheet)']);
}

/** Adds 排班表 to the workbook: agents × days, template colours, a mark and a note on reassigned days, and a legend. */
export function addScheduleSheet(workbook: Workbook, input: RosterWorkbookInput, timeZone: string): Worksheet {
  const sheet = workbook.addWorksheet(ROSTER_SHEET_NAMES.schedule, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const days = dayColumns(input.assignments, timeZone);
  const column = new Map(days.map((d, i) => [d, FIXED.length + 1 + i]));
  sheet.addRow([...FIXED, ...days]).font = { bold: true };
  const fills = templateFills(input.templates);
  const byAgent = new Map<string, Assignment[]>();
  for (const a of input.assignments) {
    const list = byAgent.get(a.agentId) ?? [];
    list.push(a);
    byAgent.set(a.agentId, list);
  }
  const listed = new Set(input.agents.map((a) => a.id));
  // Temporary staff from a what-if have shifts but no staff-list row: they still get a line.
  const extra = [...byAgent.keys()].filter((id) => !listed.has(id)).map((id) => ({ id, name: '', team: '', primaryQueue: undefined }));
  for (const agent of [...input.agents, ...extra]) {
    const row = sheet.addRow([]);
    [agent.id, agent.name, agent.team].forEach((text, i) => setText(row.getCell(i + 1), text));
    if (agent.primaryQueue) row.getCell(4).value = QUEUE_LABELS[agent.primaryQueue].zh;
    for (const a of byAgent.get(agent.id) ?? []) {
      const cell = row.getCell(column.get(zonedDate(Date.parse(a.start), timeZone))!);
      cell.value = shiftCode(a);
      const fill = fills.get(a.template);
      if (fill) cell.fill = fill;
      if (a.reassignedFrom) {
        cell.font = { bold: true };
        cell.note = `调岗 ${QUEUE_LABELS[a.reassignedFrom].zh} → ${QUEUE_LABELS[a.queue].zh} (${QUEUE_LABELS[a.reassignedFrom].en} → ${QUEUE_LABELS[a.queue].en})`;
      }
    }
  }
  sheet.getColumn(2).width = 18;
  addLegend(sheet, input);
  return sheet;
}
