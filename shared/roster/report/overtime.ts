/** Legal overtime per agent against the 8 h day and 40 h week (DOMAIN.md labour section), for a knowing decision. */
import type { RosterFrame, OvertimeRow, Shift } from '../types.ts';
import { shiftsByAgent } from '../shift.ts';
import { LEGAL_FIGURES } from '../../labour/legalFigures.ts';

const LEGAL_DAY_HOURS = LEGAL_FIGURES.dayHours;
const LEGAL_WEEK_HOURS = LEGAL_FIGURES.weekHours;

/** Monday-based week number of a day index. */
function weekOf(frame: RosterFrame, day: number): number {
  const weekday = (new Date(`${frame.dates[0]}T00:00:00Z`).getUTCDay() + 6) % 7;
  return Math.floor((day + weekday) / 7);
}

/** Rows for agents with any day over 8 h, week over 40 h, or a week without a rest day. */
export function overtimeReport(shifts: Shift[], frame: RosterFrame): OvertimeRow[] {
  const out: OvertimeRow[] = [];
  for (const [agentId, list] of shiftsByAgent(shifts)) {
    const byDay = new Map<number, number>();
    for (const s of list) byDay.set(s.day, (byDay.get(s.day) ?? 0) + (s.endMs - s.startMs) / 3_600_000);
    const weeks = new Map<number, { hours: number; days: number }>();
    const row: OvertimeRow = { agentId, longDays: 0, dailyOvertimeHours: 0, longWeeks: 0, weeklyOvertimeHours: 0, restDaysWorked: 0 };
    for (const [day, hours] of byDay) {
      if (hours > LEGAL_DAY_HOURS) {
        row.longDays++;
        row.dailyOvertimeHours += hours - LEGAL_DAY_HOURS;
      }
      const w = weeks.get(weekOf(frame, day)) ?? { hours: 0, days: 0 };
      weeks.set(weekOf(frame, day), { hours: w.hours + hours, days: w.days + 1 });
    }
    for (const { hours, days } of weeks.values()) {
      if (hours > LEGAL_WEEK_HOURS) {
        row.longWeeks++;
        row.weeklyOvertimeHours += hours - LEGAL_WEEK_HOURS;
      }
      if (days === 7) row.restDaysWorked++;
    }
    if (row.longDays + row.longWeeks + row.restDaysWorked > 0) out.push(row);
  }
  return out.sort((a, b) => a.agentId.localeCompare(b.agentId));
}
