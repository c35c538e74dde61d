/** A schedule's working days and overtime as the law counts them (shared/labour), from the engine's shifts. */
import { dayOvertime, overtimePremiumHours, type DayOvertime, type WorkDay } from '../labour/overtimeHours.ts';
import { shiftHours } from './shift.ts';
import type { RosterFrame, Shift } from './types.ts';

/** One work day per shift, dated by the day it starts on in the event zone. */
export function workDays(shifts: readonly Shift[], frame: Pick<RosterFrame, 'dates'>): WorkDay[] {
  return shifts.map((s) => ({ date: frame.dates[s.day], hours: shiftHours(s) }));
}

/** An agent's days with their overtime hours and pay rates. */
export function shiftOvertime(shifts: readonly Shift[], frame: Pick<RosterFrame, 'dates'>): DayOvertime[] {
  return dayOvertime(workDays(shifts, frame));
}

/** What an agent's overtime adds to the wage bill beyond the hours themselves, in hours of wage (the objective's overtime price). */
export function schedulePremium(shifts: readonly Shift[], frame: Pick<RosterFrame, 'dates'>): number {
  return shifts.length === 0 ? 0 : overtimePremiumHours(shiftOvertime(shifts, frame));
}
