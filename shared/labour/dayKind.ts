/**
 * What kind of day a date is for overtime pay (Labour Law Art. 44): a workday (150 %), a rest day (200 %)
 * or a statutory holiday (300 %). The State Council's yearly holiday notice (rest days and make-up
 * workdays, 调休) comes from the maintained `chinese-days` package; which days are statutory is set by the
 * 2024 revision of 全国年节及纪念日放假办法 (in force from 2025), computed here from the lunar calendar.
 */
import chineseDays from 'chinese-days';

export type DayKind = 'workday' | 'restDay' | 'statutoryHoliday';

export interface DayKindInfo {
  kind: DayKind;
  /** False when the holiday notice for that year is not in the package yet: rest days then follow the weekday alone. */
  noticeKnown: boolean;
}

/** Overtime pay as a multiple of the hourly wage on each kind of day (Labour Law Art. 44). */
export const OVERTIME_PAY_RATE: Readonly<Record<DayKind, number>> = Object.freeze({ workday: 1.5, restDay: 2, statutoryHoliday: 3 });

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const kindByDate = new Map<string, Readonly<DayKindInfo>>();

/** The kind of a calendar date (yyyy-MM-dd, the event's zone) for overtime pay; remembered per date, as the search asks for every shift it prices. */
export function dayKind(date: string): Readonly<DayKindInfo> {
  let info = kindByDate.get(date);
  if (!info) {
    info = Object.freeze(classifyDay(date));
    kindByDate.set(date, info);
  }
  return info;
}

function classifyDay(date: string): DayKindInfo {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`expected a date as yyyy-MM-dd, got ${JSON.stringify(date)}`);
  const year = Number(match[1]);
  const noticeKnown = holidayNoticeKnown(year);
  if (statutoryHolidays(year).has(date)) return { kind: 'statutoryHoliday', noticeKnown };
  const works = noticeKnown ? chineseDays.isWorkday(date) : !isWeekend(date);
  return { kind: works ? 'workday' : 'restDay', noticeKnown };
}

/** The overtime pay multiple for work beyond the normal hours on a date. */
export function overtimePayRate(date: string): number {
  return OVERTIME_PAY_RATE[dayKind(date).kind];
}

const statutoryByYear = new Map<number, Set<string>>();

/**
 * The statutory holiday dates of a year (11 days since 2025): New Year's Day; Spring Festival from its
 * eve to the third day; Qingming (the solar term's day); May 1-2; Dragon Boat (5th of the 5th lunar
 * month); Mid-Autumn (15th of the 8th); October 1-3.
 */
export function statutoryHolidays(year: number): ReadonlySet<string> {
  const cached = statutoryByYear.get(year);
  if (cached) return cached;
  const springFestival = chineseDays.getSolarDateFromLunar(`${year}-01-01`).date;
  const qingming = chineseDays.getSolarTerms(`${year}-04-01`, `${year}-04-30`).find((t) => t.term === 'pure_brightness')?.date;
  const dates = new Set<string>([
    `${year}-01-01`,
    ...[-1, 0, 1, 2].map((offset) => addDays(springFestival, offset)),
    ...(qingming ? [qingming] : []),
    `${year}-05-01`,
    `${year}-05-02`,
    chineseDays.getSolarDateFromLunar(`${year}-05-05`).date,
    chineseDays.getSolarDateFromLunar(`${year}-08-15`).date,
    `${year}-10-01`,
    `${year}-10-02`,
    `${year}-10-03`,
  ]);
  statutoryByYear.set(year, dates);
  return dates;
}

const noticeKnownByYear = new Map<number, boolean>();

/**
 * Whether the package carries the State Council's holiday notice for a year (it has rest days listed for it).
 * Remembered per year: listing a year's holidays took a millisecond, and the roster's overtime pricing asks for
 * every shift it weighs.
 */
export function holidayNoticeKnown(year: number): boolean {
  let known = noticeKnownByYear.get(year);
  if (known === undefined) {
    known = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    noticeKnownByYear.set(year, known);
  }
  return known;
}

function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}
