import { isoAt } from '../instants.ts';
import type { RosterRules } from '../rulesSchema.ts';
import { daysTouched } from '../shift.ts';
import type { AgentRule } from './rule.ts';

/** Runs of consecutive worked calendar days, as [first day, length]. */
export function workRuns(days: number[]): [number, number][] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === d) last[1]++;
    else runs.push([d, 1]);
  }
  return runs;
}

/** The aggregate-model form of this rule: in any (max + 1) consecutive days an agent works at most max of them. */
export function workdayWindow(rules: RosterRules): { windowDays: number; maxDays: number } {
  return { windowDays: rules.maxConsecutiveDays + 1, maxDays: rules.maxConsecutiveDays };
}

/**
 * At most maxConsecutiveDays worked days in a row; penalised by a day (1,440 min) per extra day. A day
 * off is a calendar day without work, so a shift running past midnight works the next day too.
 */
export const maxConsecutiveDays: AgentRule = {
  name: 'maxConsecutiveDays',
  violations(shifts, agent, ctx) {
    const max = ctx.rules.maxConsecutiveDays;
    return workRuns(shifts.flatMap((s) => daysTouched(s, ctx.frame)))
      .filter(([, length]) => length > max)
      .map(([first, length]) => ({
        rule: 'maxConsecutiveDays' as const,
        agentId: agent.id,
        at: isoAt(ctx.frame.dayZeroMs + (first + max) * 86_400_000, ctx.frame.timeZone),
        message: `${length} consecutive working days from ${ctx.frame.dates[first] ?? first} (max ${max})`,
        penaltyMinutes: (length - max) * 1440,
      }));
  },
};
