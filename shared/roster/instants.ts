/** Memoised ISO formatting and parsing: the rules run tens of thousands of times per solve and TZDate is slow. */
import { parseInstant, toZonedIso } from '../time.ts';

const MAX_ENTRIES = 100_000;
const formatted = new Map<string, string>();
const parsed = new Map<string, number | null>();

/** toZonedIso, remembered (a pure function of its arguments, so caching cannot change a result). */
export function isoAt(ms: number, timeZone: string): string {
  const key = `${ms}|${timeZone}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= MAX_ENTRIES) formatted.clear();
    text = toZonedIso(ms, timeZone);
    formatted.set(key, text);
  }
  return text;
}

/** parseInstant, remembered. */
export function instantOf(text: string, timeZone: string): number | null {
  const key = `${text}|${timeZone}`;
  let ms = parsed.get(key);
  if (ms === undefined) {
    if (parsed.size >= MAX_ENTRIES) parsed.clear();
    ms = parseInstant(text, timeZone);
    parsed.set(key, ms);
  }
  return ms;
}
