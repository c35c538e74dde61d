/** Legal overtime per agent against the 8 h day and 40 h week (DOMAIN.md labour section), for a knowing decision. */
import type { Agent, Contract } from '../../types.ts';
import type { RosterFrame, OvertimeRow, RuleContext, Shift } from '../types.ts';
import { shiftsByAgent } from '../shift.ts';
import { shiftOvertime } from '../workingTime.ts';
import { LEGAL_FIGURES } from '../../labour/legalFigures.ts';
import { overtimePremiumHours } from '../../labour/overtimeHours.ts';

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

/** Overtime hours and their premium over every agent, in all and per contract (overtime depends on each agent's whole week and month). */
export function rosterOvertime(shifts: Shift[], ctx: RuleContext): { hours: number; premiumHours: number; premiumByContract: Partial<Record<Contract, number>> } {
  let hours = 0;
  let premiumHours = 0;
  const premiumByContract: Partial<Record<Contract, number>> = {};
  for (const [agentId, list] of shiftsByAgent(shifts)) {
    const days = shiftOvertime(list, ctx.frame);
    const premium = overtimePremiumHours(days);
    const contract = (ctx.agents.get(agentId) as Agent).contract;
    hours += days.reduce((sum, d) => sum + d.overtimeHours, 0);
    premiumHours += premium;
    premiumByContract[contract] = (premiumByContract[contract] ?? 0) + premium;
  }
  return { hours, premiumHours, premiumByContract };
}
