/** The rule set: the per-agent rules, the roster-level rules, and the two ways to use them (build and check). */
import type { Agent, ShortfallRow } from '../../types.ts';
import { shiftsByAgent } from '../shift.ts';
import type { RuleContext, Shift, Violation } from '../types.ts';
import { coverage } from './coverage.ts';
import type { RequirementInput } from '../coverageMatrix.ts';
import { forwardRotation } from './forwardRotation.ts';
import { maxConsecutiveDays } from './maxConsecutiveDays.ts';
import { maxDayHours } from './maxDayHours.ts';
import { maxMonthlyOvertime } from './maxMonthlyOvertime.ts';
import { maxRollingHours, ROLLING_WINDOW_DAYS } from './maxRollingHours.ts';
import { minimumRest } from './minimumRest.ts';
import { nightFairness } from './nightFairness.ts';
import { noOverlap } from './noOverlap.ts';
import { oneShiftPerDay } from './oneShiftPerDay.ts';
import { partTimeLimits } from './partTimeLimits.ts';
import { reassignmentWindow } from './reassignmentWindow.ts';
import { restAfterNights } from './restAfterNights.ts';
import { rotationBalance } from './rotationBalance.ts';
import type { AgentRule } from './rule.ts';
import { shiftTemplate } from './shiftTemplate.ts';
import { unavailability } from './unavailability.ts';

export const AGENT_RULES: AgentRule[] = [
  shiftTemplate,
  oneShiftPerDay,
  noOverlap,
  minimumRest,
  unavailability,
  maxConsecutiveDays,
  maxRollingHours,
  partTimeLimits,
  maxDayHours,
  maxMonthlyOvertime,
  forwardRotation,
  rotationBalance,
  restAfterNights,
  reassignmentWindow,
];

/** Every per-agent violation in one agent's sorted shifts. */
export function agentViolations(shifts: Shift[], agent: Agent, ctx: RuleContext): Violation[] {
  return AGENT_RULES.flatMap((rule) => rule.violations(shifts, agent, ctx));
}

/**
 * Whether `candidate` can join the agent's (valid, sorted) shifts: the same rule functions the checker
 * runs, on the candidate and the shifts near it. Rules other than the whole-schedule ones look no
 * further than a rolling window or a work run, so shifts farther than that cannot be involved in a new
 * violation of theirs; the whole-schedule ones (a month's overtime) get every shift.
 */
export function canAssign(candidate: Shift, shifts: Shift[], agent: Agent, ctx: RuleContext): boolean {
  const reach = Math.max(ROLLING_WINDOW_DAYS, ctx.rules.maxConsecutiveDays + 1, ctx.rules.rotation.windowDays, ctx.rules.daysOffAfterNights + 2);
  const near = shifts.filter((s) => Math.abs(s.day - candidate.day) <= reach);
  let at = near.findIndex((s) => s.startMs > candidate.startMs);
  if (at < 0) at = near.length;
  near.splice(at, 0, candidate);
  if (!AGENT_RULES.every((rule) => rule.wholeSchedule || rule.violations(near, agent, ctx).length === 0)) return false;
  const whole = near.length === shifts.length + 1 ? near : insertSorted(shifts, candidate);
  return AGENT_RULES.every((rule) => !rule.wholeSchedule || rule.violations(whole, agent, ctx).length === 0);
}

function insertSorted(shifts: Shift[], candidate: Shift): Shift[] {
  const out = [...shifts];
  let at = out.findIndex((s) => s.startMs > candidate.startMs);
  if (at < 0) at = out.length;
  out.splice(at, 0, candidate);
  return out;
}

/** Checks a finished roster with every rule, including coverage against the reported shortfall. */
export function checkRoster(shifts: Shift[], requirement: RequirementInput[], reported: ShortfallRow[], ctx: RuleContext): Violation[] {
  const byAgent = shiftsByAgent(shifts);
  const out: Violation[] = [];
  for (const [agentId, list] of byAgent) {
    const agent = ctx.agents.get(agentId);
    if (!agent) out.push({ rule: 'shiftTemplate', agentId, message: `unknown agent ${agentId}`, penaltyMinutes: 0 });
    else out.push(...agentViolations(list, agent, ctx));
  }
  out.push(...nightFairness(byAgent, ctx));
  out.push(...coverage(requirement, shifts, reported, ctx.frame));
  return out;
}
