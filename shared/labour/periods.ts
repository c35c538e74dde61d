/**
 * The calendar periods the working-time law is counted in, all on event-zone dates (yyyy-MM-dd): the
 * ISO week (Monday to Sunday, the convention this planner picks for the law's "week"), the calendar
 * month, and the kind of a day for overtime pay, each memoised per date since a roster asks for the
 * same few dozen dates many times.
 */
import { dayKind, OVERTIME_PAY_RATE, type DayKind } from './dayKind.ts';

const DAY_MS = 86_400_000;

/** What the law needs to know about one date. */
export interface DateFacts {
  /** ISO week, e.g. "2026-W46" (Monday to Sunday). */
  week: string;
  /** Calendar month, e.g. "2026-11". */
  month: string;
  kind: DayKind;
  /** Overtime pay as a multiple of the hourly wage on this date (1.5, 2 or 3). */
  payRate: number;
}

const cache = new Map<string, DateFacts>();

/** The ISO week, month and pay kind of a date (yyyy-MM-dd). */
export function dateFacts(date: string): DateFacts {
  const known = cache.get(date);
  if (known) return known;
  const kind = dayKind(date).kind;
  const facts: DateFacts = { week: isoWeek(date), month: date.slice(0, 7), kind, payRate: OVERTIME_PAY_RATE[kind] };
  cache.set(date, facts);
  return facts;
}

/** The ISO 8601 week of a date: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The date `days` after a date (yyyy-MM-dd). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
