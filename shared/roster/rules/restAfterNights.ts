import { daysTouched, isNightShift } from '../shift.ts';
import { violationAt, type AgentRule } from './rule.ts';

/**
 * Company policy, not law (no PRC text sets rest between shifts): after a night shift, at least
 * `daysOffAfterNights` whole calendar days without work before the next day shift. Penalised a day
 * (1,440 min) per missing day off.
 */
export const restAfterNights: AgentRule = {
  name: 'restAfterNights',
  violations(shifts, _agent, ctx) {
    const needed = ctx.rules.daysOffAfterNights;
    if (needed === 0) return [];
    const out = [];
    for (let i = 1; i < shifts.length; i++) {
      const before = shifts[i - 1];
      const after = shifts[i];
      if (!isNightShift(before, ctx.rules) || isNightShift(after, ctx.rules)) continue;
      const lastWorked = Math.max(...daysTouched(before, ctx.frame));
      const daysOff = after.day - lastWorked - 1;
      if (daysOff < needed) out.push(violationAt('restAfterNights', after, ctx, `${after.template.code} after the night of ${ctx.frame.dates[before.day] ?? before.day} with ${Math.max(0, daysOff)} day(s) off (at least ${needed})`, (needed - Math.max(0, daysOff)) * 1440));
    }
    return out;
  },
};
