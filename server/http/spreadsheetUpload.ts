import type { Context } from 'hono';
import ExcelJS from 'exceljs';
import { parseSheetAsCsv, type SheetCell, type SheetRow } from '../../shared/csv/sheetToCsv.ts';
import { DomainError, type ProblemLocation } from '../../shared/errors.ts';
import { readCsvUpload } from './upload.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whether the request body is an .xlsx workbook (by Content-Type). */
export function isXlsxUpload(c: Context): boolean {
  return (c.req.header('content-type') ?? '').toLowerCase().startsWith(XLSX_TYPE);
}

/**
 * An uploaded staff list or forecast, CSV or .xlsx (by Content-Type), parsed by the CSV importer `parse` either
 * way: a workbook's first sheet is turned into the same rows, so one set of rules and row-and-column errors apply.
 */
export async function parseUpload<T>(c: Context, parse: (csvText: string) => T): Promise<T> {
  if (!isXlsxUpload(c)) return parse(await readCsvUpload(c));
  const bytes = await c.req.arrayBuffer();
  if (bytes.byteLength === 0) throw new DomainError('INVALID_CSV', 'The uploaded file is empty', [{ line: 1, message: 'empty file' }]);
  return parseSheetAsCsv(await readFirstSheet(bytes), parse);
}

/** The first worksheet's rows as plain values; a formula counts as its saved result, and one without a result is an error naming its cell. */
export async function readFirstSheet(bytes: ArrayBuffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    throw new DomainError('INVALID_CSV', `The file is not a readable .xlsx workbook (${(error as Error).message})`, [{ line: 1, message: 'not an .xlsx workbook' }]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError('INVALID_CSV', 'The workbook has no sheet', [{ line: 1, message: 'no sheet' }]);
  const rows: SheetRow[] = [];
  const problems: ProblemLocation[] = [];
  const header: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const value = plainValue(cell.value);
      if (rowNumber === rows[0]?.row || rows.length === 0) header[column - 1] = typeof value === 'string' ? value.trim() : '';
      if (value instanceof Error) problems.push({ line: rowNumber, field: header[column - 1] || cell.address, message: `cell ${cell.address}: ${value.message}` });
      cells[column - 1] = value instanceof Error ? null : value;
    });
    rows.push({ row: rowNumber, cells });
  });
  if (problems.length > 0) throw new DomainError('INVALID_CSV', `${problems.length} cell(s) cannot be read; nothing was imported`, problems);
  return rows;
}

/** A cell value as text, number, boolean or date; an Error for one that has no usable value. */
function plainValue(value: ExcelJS.CellValue): SheetCell | Error {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('error' in value) return new Error(`the cell shows the error ${value.error}`);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    // A workbook written by a program other than Excel may carry formulas without their computed values.
    if (result === undefined) return new Error('a formula without a saved value: open the file in Excel and save it again');
    return plainValue(result);
  }
  if ('hyperlink' in value) return String(value.text);
  return new Error('an unsupported cell type');
}
