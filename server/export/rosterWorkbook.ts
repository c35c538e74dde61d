/** The roster as an Excel workbook (排班表): schedule, hourly coverage, reassignments and the legal working-time excess. */
import ExcelJS from 'exceljs';
import { DomainError } from '../../shared/errors.ts';
import { parseInstant } from '../../shared/time.ts';
import { EVENT_TIME_ZONE } from '../../shared/types.ts';
import { addCostSheet } from './costSheet.ts';
import { addCoverageSheet } from './coverageSheet.ts';
import { addLeversSheet, leversOf } from './leversSheet.ts';
import { addReassignmentSheet } from './reassignmentSheet.ts';
import { addScheduleSheet } from './scheduleSheet.ts';
import { addWorkingTimeSheet } from './workingTimeSheet.ts';
import type { RosterWorkbookInput } from './workbookInput.ts';

export type { RosterWorkbookInput } from './workbookInput.ts';

const ZIP_EPOCH_MS = Date.UTC(1980, 0, 1);

/** An .xlsx with the sheets named in shared/export/rosterSheets.ts, in their order: 排班表, 覆盖 Coverage, 调岗 Reassignments, 工时 Working time, (when levers are pulled) 调配 Levers and (when priced) 成本 Cost; every user text is written as a string, never a formula. */
export async function rosterWorkbook(input: RosterWorkbookInput): Promise<Buffer> {
  const timeZone = input.timeZone ?? EVENT_TIME_ZONE;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Peak Roster';
  const stampMs = input.generatedAt === undefined ? 0 : parseInstant(input.generatedAt, timeZone);
  if (stampMs === null) throw new DomainError('INVALID_INPUT', `generatedAt "${input.generatedAt}" is not an ISO 8601 date-time`, [{ field: 'generatedAt', message: String(input.generatedAt) }]);
  const stamp = new Date(stampMs);
  workbook.created = stamp;
  workbook.modified = stamp;
  addScheduleSheet(workbook, input, timeZone);
  addCoverageSheet(workbook, input, timeZone);
  addReassignmentSheet(workbook, input, timeZone);
  addWorkingTimeSheet(workbook, input, timeZone);
  if (input.assignments.some((a) => leversOf(a).length > 0)) addLeversSheet(workbook, input, timeZone);
  if (input.cost) addCostSheet(workbook, input.cost, input.exhausted);
  // Zip entries carry a date; without one it is the current second, and the same roster would differ in bytes.
  // Zip dates start in 1980 (DOS time). The option is ours (patches/exceljs+4.4.0.patch), hence the cast.
  const zipDate = new Date(Math.max(stampMs, ZIP_EPOCH_MS));
  return Buffer.from(await workbook.xlsx.writeBuffer({ zip: { date: zipDate } } as unknown as Partial<ExcelJS.XlsxWriteOptions>));
}
