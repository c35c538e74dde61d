/** The per-date limits editor's draft: a booked-staff lever's `perDay` record (yyyy-MM-dd -> people) read as rows and written back whole. */
import { perDayCountSchema } from '../../../shared/levers/schema.ts';
import type { MessageKey } from '../i18n/i18n.ts';

type PerDay = Readonly<Record<string, unknown>>;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The record itself as far as the draft holds one; {} for anything else. */
export const asPerDay = (value: unknown): PerDay => (value && typeof value === 'object' && !Array.isArray(value) ? (value as PerDay) : {});

/** The dates listed, in calendar order. */
export const perDayDates = (perDay: PerDay): string[] => Object.keys(perDay).sort();

/** The calendar date after a yyyy-MM-dd date (calendar arithmetic: no zone involved). */
export function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The first date from `first` (else the first listed) that is not listed yet; undefined with no date to start from. */
export function nextUnlistedDate(listed: readonly string[], first: string | undefined): string | undefined {
  let date = first ?? listed[0];
  while (date !== undefined && listed.includes(date)) date = nextDate(date);
  return date;
}

/** A typed count as the draft keeps it: a number when the text reads as one, else the text, for the field to refuse. */
export function perDayCount(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== '' && !Number.isNaN(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** Whether a count may be sent: the schema's own rule (a whole number of people, 0 to 10,000). */
export const perDayCountValid = (count: unknown): boolean => perDayCountSchema.safeParse(count).success;

/** Whether the draft's levers hold a per-date count that must not be sent. */
export function perDayRefused(levers: unknown): boolean {
  const lever = (name: string) => asPerDay(levers && typeof levers === 'object' ? (levers as Record<string, unknown>)[name] : undefined);
  return ['temps', 'borrowed'].some((name) => Object.values(asPerDay(lever(name).perDay)).some((count) => !perDayCountValid(count)));
}

/** Why a row's date cannot become `to`: no date, or one another row already lists; undefined when it can. */
export function perDayDateRefusal(perDay: PerDay, from: string, to: string): MessageKey | undefined {
  if (!ISO_DATE.test(to)) return 'leverPerDayNoDate';
  return to !== from && to in perDay ? 'leverPerDayDuplicate' : undefined;
}

/** The record with `date` set to `count` (or removed when undefined), after taking away `from` when the row moved; undefined once no date is left. */
export function withPerDay(perDay: PerDay, date: string, count: unknown, from?: string): Record<string, unknown> | undefined {
  const entries = Object.entries(perDay).filter(([d]) => d !== date && d !== from);
  if (count !== undefined) entries.push([date, count]);
  entries.sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? Object.fromEntries(entries) : undefined;
}
