/** The shape every per-agent rule shares: one function that lists violations in an agent's shifts. */
import { isoAt } from '../instants.ts';
import type { Agent } from '../../types.ts';
import type { RuleContext, RuleName, Shift, Violation } from '../types.ts';

/**
 * A hard rule over one agent's shifts (sorted by start). The constructive pass asks
 * `violations(shifts + candidate)` before adding a shift and the checker runs the same
 * function on the finished roster, so the two can never disagree.
 */
export interface AgentRule {
  name: RuleName;
  /** Set when the rule looks further back than a rolling window (a calendar month): canAssign then hands it every shift. */
  wholeSchedule?: boolean;
  violations(shifts: Shift[], agent: Agent, ctx: RuleContext): Violation[];
}

/** A violation pinned to a shift's start. */
export function violationAt(rule: RuleName, shift: Shift, ctx: RuleContext, message: string, penaltyMinutes: number): Violation {
  return { rule, agentId: shift.agentId, at: isoAt(shift.startMs, ctx.frame.timeZone), message, penaltyMinutes };
}

/** Hours of shifts per day index, for the windowed hour caps. */
export function hoursByDay(shifts: Shift[]): Map<number, number> {
  const byDay = new Map<number, number>();
  for (const s of shifts) byDay.set(s.day, (byDay.get(s.day) ?? 0) + (s.endMs - s.startMs) / 3_600_000);
  return byDay;
}

/** Every window of `windowDays` consecutive days whose hours exceed `cap`, with its first day and the excess. */
export function windowsOverCap(shifts: Shift[], windowDays: number, cap: number): { firstDay: number; hours: number }[] {
  if (shifts.length === 0) return [];
  const byDay = hoursByDay(shifts);
  const days = [...byDay.keys()];
  const lo = Math.min(...days) - windowDays + 1;
  const hi = Math.max(...days);
  const over: { firstDay: number; hours: number }[] = [];
  for (let w = lo; w <= hi; w++) {
    let hours = 0;
    for (let d = w; d < w + windowDays; d++) hours += byDay.get(d) ?? 0;
    if (hours > cap + 1e-9) over.push({ firstDay: w, hours });
  }
  return over;
}
