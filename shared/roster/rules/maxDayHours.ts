import type { RosterRules, RosterTemplate } from '../rulesSchema.ts';
import { hoursByDay, violationAt, type AgentRule } from './rule.ts';

/** Whether one shift of the template stays within the event's day ceiling; the aggregate model keeps only such columns. */
export function withinDayCeiling(template: Pick<RosterTemplate, 'durationHours'>, rules: RosterRules): boolean {
  return template.durationHours <= rules.workingTime.maxDayHours;
}

/**
 * The event's ceiling on hours in a working day (rules.workingTime.maxDayHours, by default the legal 8 h
 * plus the 3 h of overtime allowed with a special reason, Labour Law Art. 41); penalised by the minutes over.
 */
export const maxDayHours: AgentRule = {
  name: 'maxDayHours',
  violations(shifts, agent, ctx) {
    const cap = ctx.rules.workingTime.maxDayHours;
    const byDay = hoursByDay(shifts);
    return shifts
      .filter((s, i) => (byDay.get(s.day) ?? 0) > cap && shifts.findIndex((o) => o.day === s.day) === i)
      .map((s) => {
        const hours = byDay.get(s.day) ?? 0;
        return violationAt('maxDayHours', s, ctx, `${hours} h on ${ctx.frame.dates[s.day] ?? `day ${s.day}`} (the event's ceiling is ${cap})`, (hours - cap) * 60);
      });
  },
};
