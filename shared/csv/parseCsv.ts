import Papa from 'papaparse';
import { DomainError, type ProblemLocation } from '../errors.ts';
import { unstorableIndex, unstorableName } from '../text/storableText.ts';

/** One data record with the file line it starts on (header is line 1). */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export interface ParseCsvOptions {
  requiredColumns: readonly string[];
  optionalColumns?: readonly string[];
  /** Upper bound on the text length; larger input is rejected before parsing. */
  maxChars?: number;
  /** Upper bound on data rows. */
  maxRows?: number;
}

const DEFAULT_MAX_CHARS = 20_000_000;
const DEFAULT_MAX_ROWS = 200_000;

/** Parses CSV text into records keyed by header, or throws INVALID_CSV listing every structural problem. */
export function parseCsv(text: string, options: ParseCsvOptions): CsvRecord[] {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars) {
    throw new DomainError('LIMIT_EXCEEDED', `The file has ${text.length} characters; the limit is ${maxChars}.`);
  }
  // One line ending: Excel writes CRLF between rows and LF inside cells, and a file edited in two tools mixes both.
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const rows: { line: number; cells: string[] }[] = [];
  const problems: ProblemLocation[] = [];
  let line = 1;
  let consumed = 0;
  Papa.parse<string[]>(source, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      const rowLine = line;
      const end = result.meta.cursor;
      line += countNewlines(source, consumed, end);
      consumed = end;
      for (const error of result.errors) problems.push({ line: rowLine, message: `CSV syntax: ${error.message}` });
      rows.push({ line: rowLine, cells: result.data });
    },
  });
  const [headerRow, ...dataRows] = rows;
  if (!headerRow || headerRow.cells.every((c) => c.trim() === '')) {
    throw new DomainError('INVALID_CSV', 'The file is empty: expected a header row.', [{ line: 1, message: 'missing header' }]);
  }
  const header = headerRow.cells.map((c) => c.trim());
  const missing = options.requiredColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new DomainError('INVALID_CSV', `Missing column(s): ${missing.join(', ')}. Found: ${header.join(', ')}.`, [
      { line: 1, field: missing[0], message: `missing column(s) ${missing.join(', ')}` },
    ]);
  }
  const known = new Set([...options.requiredColumns, ...(options.optionalColumns ?? [])]);
  for (const column of header) {
    if (!known.has(column)) problems.push({ line: 1, field: column, message: `unknown column "${column}"` });
  }
  const records: CsvRecord[] = [];
  for (const row of dataRows) {
    if (row.cells.length === 1 && row.cells[0].trim() === '') continue;
    if (row.cells.length !== header.length) {
      problems.push({ line: row.line, message: `expected ${header.length} fields, found ${row.cells.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((column, i) => (values[column] = row.cells[i]));
    const unstorable = unstorableCell(values);
    if (unstorable) {
      problems.push({ line: row.line, field: unstorable.field, message: unstorable.message });
      continue;
    }
    records.push({ line: row.line, values });
  }
  if (records.length > (options.maxRows ?? DEFAULT_MAX_ROWS)) {
    throw new DomainError('LIMIT_EXCEEDED', `The file has ${records.length} rows; the limit is ${options.maxRows ?? DEFAULT_MAX_ROWS}.`);
  }
  if (problems.length > 0) throw invalidCsv(problems);
  return records;
}

/** The error for a file with bad rows: every problem listed, nothing stored. */
export function invalidCsv(problems: ProblemLocation[]): DomainError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  const where = [first.line !== undefined ? `line ${first.line}` : '', first.field ? `field ${first.field}` : ''].filter(Boolean).join(', ');
  return new DomainError('INVALID_CSV', `The file was rejected, nothing was stored: ${where}: ${first.message}${more}.`, problems);
}

/** The first cell PostgreSQL could not store (a NUL byte, or a lone surrogate from a broken UTF-16 file). */
function unstorableCell(values: Record<string, string>): { field: string; message: string } | undefined {
  for (const [field, text] of Object.entries(values)) {
    const at = unstorableIndex(text);
    if (at >= 0) return { field, message: `contains ${unstorableName(text, at)} at character ${at + 1}, which cannot be stored` };
  }
  return undefined;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
