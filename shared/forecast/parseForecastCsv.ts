import { parseCsv, invalidCsv } from '../csv/parseCsv.ts';
import type { ProblemLocation } from '../errors.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../time.ts';
import { isQueueCode, EVENT_TIME_ZONE, type ForecastRow, type QueueCode } from '../types.ts';
import { MAX_AHT_SECONDS, MAX_INQUIRIES_PER_HOUR } from './limits.ts';


/** Parses `hour_start,queue,inquiries[,aht_seconds]`; all rows or an error listing every bad one (line and field). */
export function parseForecastCsv(text: string, timeZone: string = EVENT_TIME_ZONE): ForecastRow[] {
  const records = parseCsv(text, { requiredColumns: ['hour_start', 'queue', 'inquiries'], optionalColumns: ['aht_seconds'] });
  const problems: ProblemLocation[] = [];
  const parsed: { line: number; ms: number; row: ForecastRow }[] = [];
  const seen = new Map<string, number>();
  // Hours of rows rejected for another field: they count as covered, so one bad row is not also reported as a gap.
  const rejectedHours: { ms: number; queue: QueueCode }[] = [];
  for (const { line, values } of records) {
    const before = problems.length;
    const ms = parseInstant(values.hour_start, timeZone);
    if (ms === null) problems.push({ line, field: 'hour_start', message: `"${values.hour_start}" is not an ISO 8601 date-time` });
    else if (ms % HOUR_MS !== 0) problems.push({ line, field: 'hour_start', message: `"${values.hour_start}" is not on the hour` });
    const queue = values.queue.trim();
    if (!isQueueCode(queue)) problems.push({ line, field: 'queue', message: `unknown queue "${queue}" (expected pre_sale, after_sale or logistics)` });
    const inquiries = parseCount(values.inquiries);
    if (inquiries === null) problems.push({ line, field: 'inquiries', message: `"${values.inquiries}" is not a whole number >= 0` });
    else if (inquiries > MAX_INQUIRIES_PER_HOUR) problems.push({ line, field: 'inquiries', message: `${inquiries} is above the limit of ${MAX_INQUIRIES_PER_HOUR} per hour` });
    let ahtSeconds: number | undefined;
    if (values.aht_seconds !== undefined && values.aht_seconds.trim() !== '') {
      const aht = parseCount(values.aht_seconds);
      if (aht === null || aht === 0 || aht > MAX_AHT_SECONDS) problems.push({ line, field: 'aht_seconds', message: `"${values.aht_seconds}" is not a whole number of seconds between 1 and ${MAX_AHT_SECONDS}` });
      else ahtSeconds = aht;
    }
    if (problems.length > before || ms === null || inquiries === null) {
      if (ms !== null && isQueueCode(queue)) rejectedHours.push({ ms, queue });
      continue;
    }
    const key = `${queue}@${ms}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ line, field: 'hour_start', message: `duplicate hour ${toZonedIso(ms, timeZone)} for ${queue} (first on line ${first})` });
      continue;
    }
    seen.set(key, line);
    const row: ForecastRow = { hourStart: toZonedIso(ms, timeZone), queue: queue as QueueCode, inquiries };
    if (ahtSeconds !== undefined) row.ahtSeconds = ahtSeconds;
    parsed.push({ line, ms, row });
  }
  if (records.length === 0) problems.push({ line: 2, message: 'the file has no data rows' });
  else problems.push(...findGaps([...parsed.map((p) => ({ ms: p.ms, queue: p.row.queue })), ...rejectedHours], timeZone));
  if (problems.length > 0) throw invalidCsv(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return parsed.sort((a, b) => a.ms - b.ms || a.row.queue.localeCompare(b.row.queue)).map((p) => p.row);
}

/** Every queue in the file must cover every hour of the file's horizon, with no holes. */
function findGaps(covered: { ms: number; queue: QueueCode }[], timeZone: string): ProblemLocation[] {
  const first = covered.reduce((min, h) => Math.min(min, h.ms), Infinity);
  const last = covered.reduce((max, h) => Math.max(max, h.ms), -Infinity);
  const byQueue = new Map<QueueCode, Set<number>>();
  for (const h of covered) {
    const set = byQueue.get(h.queue) ?? new Set<number>();
    set.add(h.ms);
    byQueue.set(h.queue, set);
  }
  const problems: ProblemLocation[] = [];
  for (const [queue, hours] of byQueue) {
    const missing: number[] = [];
    for (let t = first; t <= last; t += HOUR_MS) if (!hours.has(t)) missing.push(t);
    if (missing.length > 0) {
      const shown = missing.slice(0, 5).map((t) => toZonedIso(t, timeZone)).join(', ');
      problems.push({ field: 'hour_start', message: `gap in ${queue}: ${missing.length} hour(s) missing, e.g. ${shown}` });
    }
  }
  return problems;
}

/** A whole number >= 0 written in a CSV cell, or null. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,15}$/.test(trimmed)) return null;
  return Number(trimmed);
}
