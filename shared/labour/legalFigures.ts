/**
 * China's working-time figures, the one home for every law number the planner uses (DOMAIN.md "Labour rules"):
 * the standard day and week (State Council regulation on working hours, Labour Law Art. 36), the weekly rest day
 * (Art. 38), overtime ceilings (Art. 41) and the part-time limits (Labour Contract Law Art. 68). Pay rates by day
 * kind are in dayKind.ts (Art. 44). An event may set higher ceilings for its own engine; these stay the legal
 * figures every excess is reported against.
 */
export const LEGAL_FIGURES = Object.freeze({
  /** Standard hours a day. */
  dayHours: 8,
  /** Standard hours a week (State Council regulation; the Labour Law's text says 44). */
  weekHours: 40,
  /** Overtime a day in the normal case. */
  overtimeHoursPerDay: 1,
  /** Overtime a day with a special reason (Art. 41). */
  overtimeHoursPerDaySpecial: 3,
  /** Overtime a month (Art. 41). */
  overtimeHoursPerMonth: 36,
  /** At least one rest day in every this many days (Art. 38). */
  restDayEvery: 7,
  /** Part-time: average hours a day with one employer (Labour Contract Law Art. 68). */
  partTimeDayHours: 4,
  /** Part-time: hours a week with one employer (Art. 68). */
  partTimeWeekHours: 24,
});
