/** The roster as an Excel workbook (排班表): schedule, hourly coverage, reassignments and the legal working-time excess. */
import ExcelJS from 'exceljs';
import { DomainError } from '../../shared/errors.ts';
import { parseInstant } from '../../shared/time.ts';
import { EVENT_TIME_ZONE } from '../../shared/types.ts';
import { addCoverageSheet } from './coverageSheet.ts';
import { addReassignmentSheet } from './reassignmentSheet.ts';
import { addScheduleSheet } from './scheduleSheet.ts';
import { addWorkingTimeSheet } from './workingTimeSheet.ts';
import type { RosterWorkbookInput } from './workbookInput.ts';

export type { RosterWorkbookInput } from './workbookInput.ts';

/** An .xlsx with sheets 排班表, 覆盖 Coverage, 调岗 Reassignments and 工时 Working time; every user text is written as a string, never a formula. */
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
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
