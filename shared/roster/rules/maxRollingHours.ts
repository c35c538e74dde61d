import { isoAt } from '../instants.ts';
import { windowsOverCap, type AgentRule } from './rule.ts';

export const ROLLING_WINDOW_DAYS = 7;

/** At most maxRollingHours in any 7 consecutive calendar days (by shift start); penalised by the minutes over. */
export const maxRollingHours: AgentRule = {
  name: 'maxRollingHours',
  violations(shifts, agent, ctx) {
    const cap = ctx.rules.maxRollingHours;
    return windowsOverCap(shifts, ROLLING_WINDOW_DAYS, cap).map(({ firstDay, hours }) => ({
      rule: 'maxRollingHours' as const,
      agentId: agent.id,
      at: isoAt(ctx.frame.dayZeroMs + firstDay * 86_400_000, ctx.frame.timeZone),
      message: `${hours} h in the 7 days from ${ctx.frame.dates[firstDay] ?? `day ${firstDay}`} (max ${cap})`,
      penaltyMinutes: (hours - cap) * 60,
    }));
  },
};
