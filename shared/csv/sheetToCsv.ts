import Papa from 'papaparse';
import { DomainError } from '../errors.ts';

/** A spreadsheet cell's value once formulas are replaced by their saved result: what the CSV parsers read. */
export type SheetCell = string | number | boolean | Date | null;

/** One sheet row with its 1-based row number in the workbook. */
export interface SheetRow {
  row: number;
  cells: SheetCell[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A cell as the text a CSV would hold. A date cell carries the wall-clock time shown in Excel (spreadsheets store
 * no zone), written without an offset so the importer reads it in the event's zone; numbers keep their digits.
 */
export function cellText(value: SheetCell): string {
  if (value === null) return '';
  if (value instanceof Date) {
    const d = value;
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  }
  return String(value);
}

/**
 * Parses a sheet with a CSV importer, so a spreadsheet obeys the very rules a CSV does: the rows become CSV text
 * and every problem the importer reports by CSV line is reported by the sheet's own row number instead.
 */
export function parseSheetAsCsv<T>(rows: readonly SheetRow[], parse: (csvText: string) => T): T {
  if (rows.length === 0) throw new DomainError('INVALID_CSV', 'The first sheet is empty: expected a header row.', [{ line: 1, message: 'missing header' }]);
  // Formatted but empty cells to the right are no column: the width is the rightmost cell holding something.
  const width = Math.max(...rows.map((r) => r.cells.reduce<number>((last, cell, i) => (cellText(cell ?? null).trim() === '' ? last : i + 1), 0)));
  // CSV line of each sheet row: a cell holding line breaks makes its row span several CSV lines.
  const sheetRowOfLine: number[] = [];
  const lines: string[] = [];
  let line = 1;
  let previousRow = rows[0].row - 1;
  for (const r of rows) {
    // Blank rows in the sheet stay blank lines, so nothing shifts and the importer skips them as in a CSV.
    for (let gap = previousRow + 1; gap < r.row; gap++) {
      sheetRowOfLine[line++] = gap;
      lines.push('');
    }
    const text = Papa.unparse([Array.from({ length: width }, (_, i) => cellText(r.cells[i] ?? null))], { newline: '\n' });
    for (let k = 0; k <= (text.match(/\n/g)?.length ?? 0); k++) sheetRowOfLine[line + k] = r.row;
    line += (text.match(/\n/g)?.length ?? 0) + 1;
    lines.push(text);
    previousRow = r.row;
  }
  try {
    return parse(`${lines.join('\n')}\n`);
  } catch (error) {
    if (!(error instanceof DomainError) || !error.details) throw error;
    const details = error.details.map((d) => (d.line === undefined ? d : { ...d, line: sheetRowOfLine[d.line] ?? d.line }));
    throw new DomainError(error.code, error.message, details);
  }
}
