import { decodeText } from '../../shared/csv/decodeText.ts';
import type { Context } from 'hono';
import { DomainError } from '../../shared/errors.ts';
import { runInWorker } from '../jobs/runInWorker.ts';
import type { parseAgentsUpload, parseForecastUpload } from '../services/parseUploads.ts';

/** Largest CSV file taken: a year of hourly forecasts for three queues is under 2 MB, 10,000 agents under 1 MB. */
export const MAX_CSV_UPLOAD_BYTES = 4 * 1024 * 1024;
/** Most lines taken: a year of hours for three queues is 26,280. */
export const MAX_CSV_UPLOAD_LINES = 100_000;
/** A parse that takes longer than this is stopped (the thread is terminated). */
const PARSE_TIMEOUT_MS = 30_000;

const PARSERS = new URL('../services/parseUploads.ts', import.meta.url).href;

function tooLarge(what: string): DomainError {
  return new DomainError('LIMIT_EXCEEDED', `The file is larger than ${what}; split it or leave out what is not needed`, [{ field: 'file', message: `more than ${what}` }]);
}

/**
 * Reads an uploaded CSV body (text/csv, or any bytes) while counting: it stops at MAX_CSV_UPLOAD_BYTES or
 * MAX_CSV_UPLOAD_LINES and answers 413 without reading the rest, so memory stays bounded by the limit.
 */
export async function readCsvBytes(c: Context): Promise<Uint8Array> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(text\/csv|application\/octet-stream)\b/i.test(type)) {
    throw new DomainError('INVALID_INPUT', `Send the CSV file as the request body with Content-Type text/csv (got "${type || 'none'}")`, [
      { field: 'content-type', message: 'expected text/csv' },
    ]);
  }
  const megabytes = `${MAX_CSV_UPLOAD_BYTES / 1024 / 1024} MB`;
  if (Number(c.req.header('content-length')) > MAX_CSV_UPLOAD_BYTES) throw tooLarge(megabytes);
  const reader = c.req.raw.body?.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let lines = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) lines++;
    if (total > MAX_CSV_UPLOAD_BYTES || lines > MAX_CSV_UPLOAD_LINES) {
      await reader.cancel().catch(() => {});
      throw tooLarge(total > MAX_CSV_UPLOAD_BYTES ? megabytes : `${MAX_CSV_UPLOAD_LINES} lines`);
    }
    chunks.push(value);
  }
  if (total === 0) throw new DomainError('INVALID_CSV', 'The uploaded file is empty', [{ line: 1, message: 'empty file' }]);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** An uploaded CSV body, bounded as readCsvBytes and decoded (BOM, UTF-8, then GB18030), for small files parsed in place. */
export async function readCsvUpload(c: Context): Promise<string> {
  return decodeText(await readCsvBytes(c)).text;
}

/** An uploaded forecast file's rows, decoded and parsed in a worker thread. */
export async function readForecastUpload(c: Context, timeZone: string): Promise<ReturnType<typeof parseForecastUpload>> {
  const bytes = await readCsvBytes(c);
  return runInWorker({ module: PARSERS, export: 'parseForecastUpload', input: { bytes, timeZone } }, { timeoutMs: PARSE_TIMEOUT_MS, taskName: 'file check' });
}

/** An uploaded staff file's agents, decoded and parsed in a worker thread. */
export async function readAgentsUpload(c: Context): Promise<ReturnType<typeof parseAgentsUpload>> {
  const bytes = await readCsvBytes(c);
  return runInWorker({ module: PARSERS, export: 'parseAgentsUpload', input: { bytes } }, { timeoutMs: PARSE_TIMEOUT_MS, taskName: 'file check' });
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
