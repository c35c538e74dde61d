/** Writing user text into exceljs cells so it stays text. */
import type { Cell } from 'exceljs';
import { looksLikeFormula } from '../../shared/export/formulaCells.ts';

// XML 1.0 cannot carry these even escaped: one in a name would make Excel call the whole file corrupt.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Sets a cell to `text` as a string. exceljs writes strings as shared strings, never formulas (a formula needs
 * `{ formula }`), so "=HYPERLINK(...)" stays inert in the file. Formula-looking text also gets the "@" text
 * format, so that re-typing the cell in Excel keeps it text instead of turning it into a live formula.
 */
export function setText(cell: Cell, text: string): void {
  // exceljs writes CR unescaped and XML readers turn it into LF (XML 1.0 2.11): say so in the file itself.
  cell.value = text.replace(/\r\n?/g, '\n').replace(NOT_XML, '');
  if (looksLikeFormula(text)) cell.numFmt = '@';
}
