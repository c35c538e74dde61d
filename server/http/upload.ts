import type { Context } from 'hono';
import { decodeText } from '../../shared/csv/decodeText.ts';
import { DomainError } from '../../shared/errors.ts';

/** Reads an uploaded CSV body (text/csv, or any bytes) and decodes it: BOM, UTF-8, then GB18030. */
export async function readCsvUpload(c: Context): Promise<string> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(text\/csv|application\/octet-stream)\b/i.test(type)) {
    throw new DomainError('INVALID_INPUT', `Send the CSV file as the request body with Content-Type text/csv (got "${type || 'none'}")`, [
      { field: 'content-type', message: 'expected text/csv' },
    ]);
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0) throw new DomainError('INVALID_CSV', 'The uploaded file is empty', [{ line: 1, message: 'empty file' }]);
  return decodeText(bytes).text;
}

/** OpenAPI body entry for a CSV upload. */
export const csvBody = { required: true, content: { 'text/csv': { schema: { type: 'string' as const } } } };

/** OpenAPI body entry for an upload that may be CSV or an .xlsx workbook (its first sheet). */
export const csvOrXlsxBody = {
  required: true,
  content: {
    'text/csv': { schema: { type: 'string' as const } },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string' as const, format: 'binary' } },
  },
};
