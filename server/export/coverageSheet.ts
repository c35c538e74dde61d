/** Sheet 覆盖 Coverage: per hour and queue, agents required vs agents on duty, shortfalls highlighted. */
import type { Workbook, Worksheet } from 'exceljs';
import { ROSTER_SHEET_NAMES } from '../../shared/export/rosterSheets.ts';
import { cell, hourGrid, onDutyFromAssignments, requirementMatrix, roundHundredths, scheduledMatrix } from '../../shared/roster/coverageMatrix.ts';
import { isoAt } from '../../shared/roster/instants.ts';
import { HOUR_MS } from '../../shared/time.ts';
import { QUEUE_CODES, QUEUE_LABELS } from '../../shared/types.ts';
import { SHORTFALL_FILL, type RosterWorkbookInput } from './workbookInput.ts';

/** Adds the coverage sheet, counting with the roster's own coverage rule so it shows the figures the checker judges (a booked temp at its coverage, 1/proficiency). */
export function addCoverageSheet(workbook: Workbook, input: RosterWorkbookInput, timeZone: string): Worksheet {
  const sheet = workbook.addWorksheet(ROSTER_SHEET_NAMES.coverage, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const header = ['时间 Hour'];
  for (const q of QUEUE_CODES) header.push(`${QUEUE_LABELS[q].zh} 需求 Required`, `${QUEUE_LABELS[q].zh} 在岗 Scheduled`, `${QUEUE_LABELS[q].zh} 缺口 Short`);
  sheet.addRow(header).font = { bold: true };
  if (input.requirement.length === 0) return sheet;
  const frame = hourGrid(input.requirement, timeZone);
  const required = requirementMatrix(input.requirement, frame);
  const scheduled = scheduledMatrix(onDutyFromAssignments(input.assignments), frame);
  for (let h = 0; h < frame.horizonHours; h++) {
    const values: (string | number)[] = [isoAt(frame.horizonStartMs + h * HOUR_MS, timeZone).slice(0, 16).replace('T', ' ')];
    for (const q of QUEUE_CODES) values.push(required[cell(h, q)], scheduled[cell(h, q)], roundHundredths(Math.max(0, required[cell(h, q)] - scheduled[cell(h, q)])));
    const row = sheet.addRow(values);
    QUEUE_CODES.forEach((q, i) => {
      if (scheduled[cell(h, q)] < required[cell(h, q)]) for (let c = 2 + i * 3; c < 5 + i * 3; c++) row.getCell(c).fill = SHORTFALL_FILL;
    });
  }
  sheet.getColumn(1).width = 18;
  return sheet;
}
