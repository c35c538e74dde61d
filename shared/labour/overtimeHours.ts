/**
 * Overtime hours as the law counts them (Labour Law Art. 36, 41, 44), per agent-day and per month.
 *
 * Conventions, chosen so that every hour is counted once and lands on a date with a pay rate:
 * - A working day is the date a shift starts on (event zone): one shift, one working day, as rosters are
 *   read; a shift past midnight belongs to the day it started.
 * - The week is the ISO week (Monday to Sunday) in the event zone.
 * - On a statutory holiday every hour worked is overtime (Art. 44: 300 %) and none counts toward the week.
 * - Otherwise the hours over 8 on a day are overtime (the day's extension), and the rest count toward the
 *   40-hour week in date order: once the week's normal hours pass 40, further hours are overtime on the
 *   day they fall on (200 % on a rest day, 150 % on a workday).
 * - Hours outside the given days (before a roster's horizon) are unknown and count as none.
 */
import { LEGAL_FIGURES } from './legalFigures.ts';
import { dateFacts, type DateFacts } from './periods.ts';

/** Hours an agent works on one date (yyyy-MM-dd, event zone). */
export interface WorkDay {
  date: string;
  hours: number;
}

/** One agent-day with its overtime. */
export interface DayOvertime extends WorkDay, DateFacts {
  /** Hours over the standard day (the day's extension, Art. 41). */
  extensionHours: number;
  /** Every overtime hour of the day: the extension, the hours past the 40-hour week, or all on a holiday. */
  overtimeHours: number;
}

/** Work days merged per date and sorted (an engine's schedule already is: then it is used as it stands). */
function byDate(days: readonly WorkDay[]): readonly WorkDay[] {
  let ordered = true;
  for (let i = 1; i < days.length && ordered; i++) ordered = days[i - 1].date < days[i].date;
  if (ordered) return days;
  const merged = new Map<string, number>();
  for (const d of days) merged.set(d.date, (merged.get(d.date) ?? 0) + d.hours);
  return [...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, hours]) => ({ date, hours }));
}

/** Each of one agent's work days with its overtime hours and pay rate, in date order. */
export function dayOvertime(days: readonly WorkDay[]): DayOvertime[] {
  const normalByWeek = new Map<string, number>();
  return byDate(days).map(({ date, hours }) => {
    const { week, month, kind, payRate } = dateFacts(date);
    const extensionHours = Math.max(0, hours - LEGAL_FIGURES.dayHours);
    if (kind === 'statutoryHoliday') return { date, hours, week, month, kind, payRate, extensionHours, overtimeHours: hours };
    const before = normalByWeek.get(week) ?? 0;
    const normal = hours - extensionHours;
    const pastWeek = Math.max(0, before + normal - LEGAL_FIGURES.weekHours) - Math.max(0, before - LEGAL_FIGURES.weekHours);
    normalByWeek.set(week, before + normal);
    return { date, hours, week, month, kind, payRate, extensionHours, overtimeHours: extensionHours + pastWeek };
  });
}

/** Overtime hours per calendar month ("2026-11"), for the 36-hour ceiling. */
export function monthlyOvertime(days: readonly DayOvertime[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of days) if (d.overtimeHours > 0) out.set(d.month, (out.get(d.month) ?? 0) + d.overtimeHours);
  return out;
}

/**
 * What overtime adds to the wage bill beyond the hours themselves, in hours of wage: each overtime hour
 * times its rate less one (the hour is already paid once). The roster's objective prices overtime so.
 */
export function overtimePremiumHours(days: readonly DayOvertime[]): number {
  return days.reduce((sum, d) => sum + d.overtimeHours * (d.payRate - 1), 0);
}
