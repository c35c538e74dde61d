import { monthlyOvertime } from '../../labour/overtimeHours.ts';
import { shiftOvertime } from '../workingTime.ts';
import { violationAt, type AgentRule } from './rule.ts';

/**
 * The event's ceiling on overtime hours in a calendar month (rules.workingTime.maxMonthlyOvertimeHours, by
 * default the legal 36 h, Labour Law Art. 41), overtime counted as in shared/labour/overtimeHours.ts;
 * penalised by the minutes over. It looks at the whole month, so canAssign hands it every shift.
 */
export const maxMonthlyOvertime: AgentRule = {
  name: 'maxMonthlyOvertime',
  wholeSchedule: true,
  violations(shifts, agent, ctx) {
    const cap = ctx.rules.workingTime.maxMonthlyOvertimeHours;
    const days = shiftOvertime(shifts, ctx.frame);
    const out = [];
    for (const [month, hours] of monthlyOvertime(days)) {
      if (hours <= cap + 1e-9) continue;
      const first = shifts.find((s) => ctx.frame.dates[s.day].startsWith(month));
      if (first) out.push(violationAt('maxMonthlyOvertime', first, ctx, `${hours} h of overtime in ${month} (the event's ceiling is ${cap})`, (hours - cap) * 60));
    }
    return out;
  },
};
