/** Sheet 工时 Working time: every excess over the legal working-time figures, so the supervisor signs off knowingly. */
import type { Workbook, Worksheet } from 'exceljs';
import { ROSTER_SHEET_NAMES } from '../../shared/export/rosterSheets.ts';
import { employedShifts, legalExcess } from '../../shared/labour/legalExcess.ts';
import { LEGAL_EXCESS_LABELS } from '../../shared/labour/legalExcessKinds.ts';
import { setText } from './textCell.ts';
import type { RosterWorkbookInput } from './workbookInput.ts';

const NOTE =
  '按法定标准列出（劳动法第36、38、41、44条；劳动合同法第68条）。活动自设的上限由主管决定。 ' +
  "Listed against the legal figures (Labour Law Art. 36, 38, 41, 44; Labour Contract Law Art. 68). The event's own ceilings are the supervisor's decision.";

/** Adds a note, then one row per excess: agent, kind, period, hours, the legal figure, overtime hours, pay rate and overtime pay. */
export function addWorkingTimeSheet(workbook: Workbook, input: RosterWorkbookInput, timeZone: string): Worksheet {
  const sheet = workbook.addWorksheet(ROSTER_SHEET_NAMES.workingTime, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([NOTE]);
  sheet.addRow(['工号 ID', '姓名 Name', '类别 Kind', '从 From', '至 To', '工时 Hours', '法定标准 Legal figure', '加班 Overtime h', '最高费率 Pay rate %', '加班工资折算 Overtime pay h']).font = { bold: true };
  const names = new Map(input.agents.map((a) => [a.id, a.name]));
  for (const excess of legalExcess(employedShifts(input.assignments, input.agents), input.agents, { timeZone })) {
    const row = sheet.addRow([]);
    setText(row.getCell(1), excess.agentId);
    setText(row.getCell(2), names.get(excess.agentId) ?? '');
    const label = LEGAL_EXCESS_LABELS[excess.kind];
    row.getCell(3).value = `${label.zh} ${label.en}`;
    row.getCell(4).value = excess.from;
    row.getCell(5).value = excess.to;
    row.getCell(6).value = excess.hours;
    row.getCell(7).value = excess.limit;
    row.getCell(8).value = excess.overtimeHours;
    row.getCell(9).value = excess.payRatePercent;
    row.getCell(10).value = excess.overtimePayHours;
  }
  [10, 18, 48, 12, 12, 10, 12, 12, 12, 14].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return sheet;
}
