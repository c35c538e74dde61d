/** Checks a finished roster in wire form (e.g. after a supervisor's edit) with the same rule functions the engine builds with. */
import { DomainError } from '../errors.ts';
import type { Agent, Assignment, ShortfallRow } from '../types.ts';
import { buildFrame, dayIndex } from './frame.ts';
import { instantOf } from './instants.ts';
import { checkRoster } from './rules/index.ts';
import type { RequirementInput } from './coverageMatrix.ts';
import { defaultRosterRules, type RosterRules } from './rulesSchema.ts';
import type { RuleContext, Shift, Violation } from './types.ts';

/** Shifts from assignments; an unknown template or unreadable time is an INVALID_INPUT naming the row. */
export function shiftsFromAssignments(assignments: Assignment[], ctx: RuleContext): Shift[] {
  return assignments.map((a, i) => {
    const template = ctx.rules.templates.find((t) => t.code === a.template);
    const startMs = instantOf(a.start, ctx.frame.timeZone);
    const endMs = instantOf(a.end, ctx.frame.timeZone);
    if (!template || startMs === null || endMs === null) {
      throw new DomainError('INVALID_INPUT', `assignment ${i} (${a.agentId}) has an unknown template or time`, [{ field: `assignments[${i}]`, message: `${a.template} ${a.start}` }]);
    }
    const shift: Shift = { agentId: a.agentId, queue: a.queue, template, day: dayIndex(ctx.frame, startMs), startMs, endMs };
    if (a.overtimeHours) shift.overtimeHours = a.overtimeHours;
    return shift;
  });
}

/** Every rule violation in a roster: per-agent rules, night fairness, and coverage against the reported shortfall. */
export function checkAssignments(
  roster: { assignments: Assignment[]; shortfall: ShortfallRow[] },
  requirement: RequirementInput[],
  agents: Agent[],
  rules: RosterRules = defaultRosterRules(),
): Violation[] {
  const ctx: RuleContext = { rules, frame: buildFrame(requirement, rules), agents: new Map(agents.map((a) => [a.id, a])) };
  return checkRoster(shiftsFromAssignments(roster.assignments, ctx), requirement, roster.shortfall, ctx);
}
