import { isoAt } from '../instants.ts';
import type { Violation } from '../types.ts';
import { ROLLING_WINDOW_DAYS } from './maxRollingHours.ts';
import { violationAt, windowsOverCap, type AgentRule } from './rule.ts';

/**
 * Part-time contract (Labour Contract Law Art. 68): at most 4 h a day on average and 24 h a week.
 * We hold every shift to the daily figure (stricter than an average, and checkable per shift) and
 * every 7 consecutive days to the weekly one.
 */
export const partTimeLimits: AgentRule = {
  name: 'partTimeLimits',
  violations(shifts, agent, ctx) {
    if (agent.contract !== 'part_time') return [];
    const { maxShiftHours, maxWeeklyHours } = ctx.rules.partTime;
    const out: Violation[] = [];
    for (const s of shifts) {
      const hours = (s.endMs - s.startMs) / 3_600_000;
      if (hours > maxShiftHours) out.push(violationAt('partTimeLimits', s, ctx, `${hours} h shift for a part-time agent (max ${maxShiftHours})`, (hours - maxShiftHours) * 60));
    }
    for (const { firstDay, hours } of windowsOverCap(shifts, ROLLING_WINDOW_DAYS, maxWeeklyHours)) {
      out.push({
        rule: 'partTimeLimits',
        agentId: agent.id,
        at: isoAt(ctx.frame.dayZeroMs + firstDay * 86_400_000, ctx.frame.timeZone),
        message: `${hours} h in 7 days for a part-time agent (max ${maxWeeklyHours})`,
        penaltyMinutes: (hours - maxWeeklyHours) * 60,
      });
    }
    return out;
  },
};
