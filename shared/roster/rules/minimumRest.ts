import { HOUR_MS } from '../../time.ts';
import type { RuleContext, Shift } from '../types.ts';
import { violationAt, type AgentRule } from './rule.ts';

/** The rest owed between two shifts: the event rest when the rest period touches the event window (company policy, not PRC law). */
export function requiredRestMs(before: Shift, after: Shift, ctx: RuleContext): number {
  const { eventStartMs, eventEndMs } = ctx.frame;
  // The closed rest period [before.end, after.start] meets the event window.
  const touchesEvent = before.endMs <= eventEndMs && after.startMs >= eventStartMs;
  return (touchesEvent ? ctx.rules.eventMinRestHours : ctx.rules.minRestHours) * HOUR_MS;
}

/** Consecutive shifts of one agent leave at least the minimum rest; penalised by the minutes missing. */
export const minimumRest: AgentRule = {
  name: 'minimumRest',
  violations(shifts, _agent, ctx) {
    const out = [];
    for (let i = 1; i < shifts.length; i++) {
      const gap = Math.max(0, shifts[i].startMs - shifts[i - 1].endMs);
      const missing = requiredRestMs(shifts[i - 1], shifts[i], ctx) - gap;
      if (missing > 0) out.push(violationAt('minimumRest', shifts[i], ctx, `only ${gap / HOUR_MS} h rest before this shift`, missing / 60_000));
    }
    return out;
  },
};
