import { invalidCsv, parseCsv } from '../csv/parseCsv.ts';
import { DomainError, type ProblemLocation } from '../errors.ts';
import { MAX_INQUIRIES_PER_HOUR } from '../forecast/limits.ts';
import { parseCount } from '../forecast/parseForecastCsv.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../time.ts';
import { EVENT_TIME_ZONE, isQueueCode, type QueueCode } from '../types.ts';

/** Lengths of one count a chat export may report: an hour, or a quarter of one. */
export const ACTUAL_INTERVAL_MINUTES = [15, 60] as const;

/** Inquiries that really arrived on one queue in one interval of an hour or a quarter hour. */
export interface ActualCount {
  start: string;
  queue: QueueCode;
  minutes: (typeof ACTUAL_INTERVAL_MINUTES)[number];
  inquiries: number;
}

/**
 * Parses `start,queue,inquiries[,minutes]` (`hour_start` is read as `start`; minutes 60 unless 15): all
 * rows or an error listing every bad one by line and field. Unlike a forecast, actuals may cover only
 * the hours already past, and one queue may be further along than another.
 */
export function parseActualsCsv(text: string, timeZone: string = EVENT_TIME_ZONE): ActualCount[] {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const startColumn = header.split(',').map((c) => c.trim()).includes('hour_start') ? 'hour_start' : 'start';
  const records = parseCsv(text, { requiredColumns: [startColumn, 'queue', 'inquiries'], optionalColumns: ['minutes'] });
  const { counts, problems } = checkActualRecords(records.map(({ line, values }) => ({ line, start: values[startColumn], queue: values.queue, inquiries: values.inquiries, minutes: values.minutes })), startColumn, timeZone);
  if (records.length === 0) problems.push({ line: 2, message: 'the file has no data rows' });
  if (problems.length > 0) throw invalidCsv(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return counts;
}

/** The most counts one JSON request may carry (a day of quarter hours for three queues is 288). */
export const MAX_ACTUALS_PER_REQUEST = 10_000;

/** Checks counts sent as JSON (`[{ start, queue, inquiries, minutes? }]`) by the same rules as the CSV; throws INVALID_INPUT naming `counts[i].field`. */
export function parseActualCounts(items: readonly { start: string; queue: string; inquiries: number; minutes?: number }[], timeZone: string = EVENT_TIME_ZONE): ActualCount[] {
  if (items.length > MAX_ACTUALS_PER_REQUEST) throw new DomainError('LIMIT_EXCEEDED', `${items.length} counts in one request; the limit is ${MAX_ACTUALS_PER_REQUEST}`);
  const { counts, problems } = checkActualRecords(
    items.map((item, i) => ({ line: i, start: item.start, queue: item.queue, inquiries: Number.isInteger(item.inquiries) ? String(item.inquiries) : `${item.inquiries}`, minutes: item.minutes === undefined ? undefined : String(item.minutes) })),
    'start',
    timeZone,
  );
  if (problems.length === 0) return counts;
  const located = problems.map((p) => ({ field: `counts[${p.line}].${p.field ?? 'start'}`, message: p.message.replace(/on line (\d+)/, 'at counts[$1]') }));
  throw new DomainError('INVALID_INPUT', `invalid actuals: field ${located[0].field}: ${located[0].message}${located.length > 1 ? ` (and ${located.length - 1} more)` : ''}`, located);
}

interface ActualRecord {
  /** The file line, or the index in a JSON list. */
  line: number;
  start: string;
  queue: string;
  inquiries: string;
  minutes?: string;
}

/** The one home of the actuals rules: interval on a boundary, known queue, whole count, no two intervals sharing a quarter hour. */
function checkActualRecords(records: readonly ActualRecord[], startColumn: string, timeZone: string): { counts: ActualCount[]; problems: ProblemLocation[] } {
  const problems: ProblemLocation[] = [];
  const counts: ActualCount[] = [];
  const seen = new Map<string, number>();
  for (const { line, ...values } of records) {
    const before = problems.length;
    const minutesText = values.minutes?.trim() || '60';
    const minutes = Number(minutesText);
    if (minutes !== 15 && minutes !== 60) problems.push({ line, field: 'minutes', message: `"${minutesText}" is not 15 or 60` });
    const ms = parseInstant(values.start, timeZone);
    if (ms === null) problems.push({ line, field: startColumn, message: `"${values.start}" is not an ISO 8601 date-time` });
    else if ((minutes === 15 || minutes === 60) && ms % (minutes * 60_000) !== 0) problems.push({ line, field: startColumn, message: `"${values.start}" does not start a ${minutes}-minute interval` });
    const queue = values.queue.trim();
    if (!isQueueCode(queue)) problems.push({ line, field: 'queue', message: `unknown queue "${queue}" (expected pre_sale, after_sale or logistics)` });
    const inquiries = parseCount(values.inquiries);
    if (inquiries === null) problems.push({ line, field: 'inquiries', message: `"${values.inquiries}" is not a whole number >= 0` });
    else if (inquiries > MAX_INQUIRIES_PER_HOUR) problems.push({ line, field: 'inquiries', message: `${inquiries} is above the limit of ${MAX_INQUIRIES_PER_HOUR}` });
    if (problems.length > before || ms === null || inquiries === null) continue;
    const overlap = overlappingRow(seen, queue as QueueCode, ms, minutes);
    if (overlap !== undefined) {
      problems.push({ line, field: startColumn, message: `${toZonedIso(ms, timeZone)} for ${queue} overlaps the interval on line ${overlap}` });
      continue;
    }
    for (let t = ms; t < ms + minutes * 60_000; t += 15 * 60_000) seen.set(`${queue}@${t}`, line);
    counts.push({ start: toZonedIso(ms, timeZone), queue: queue as QueueCode, minutes: minutes as 15 | 60, inquiries });
  }
  counts.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.queue.localeCompare(b.queue));
  return { counts, problems };
}

/** The line of an earlier row whose interval shares a quarter hour with this one. */
function overlappingRow(seen: Map<string, number>, queue: QueueCode, ms: number, minutes: number): number | undefined {
  for (let t = ms; t < ms + minutes * 60_000; t += 15 * 60_000) {
    const line = seen.get(`${queue}@${t}`);
    if (line !== undefined) return line;
  }
  return undefined;
}

/** The hour an interval falls in, as epoch ms. */
export function hourOf(count: Pick<ActualCount, 'start'>): number {
  const ms = Date.parse(count.start);
  return ms - (((ms % HOUR_MS) + HOUR_MS) % HOUR_MS);
}
