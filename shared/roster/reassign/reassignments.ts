/** Assignments and reassignment records from the named shifts. */
import { isoAt } from '../instants.ts';
import type { Agent, Assignment, Reassignment } from '../../types.ts';
import { allowedMoveWindow } from '../rules/reassignmentWindow.ts';
import { shiftsByAgent } from '../shift.ts';
import type { RuleContext, Shift } from '../types.ts';

/** The wire form of a shift; reassignedFrom names the primary queue when the agent serves another. */
export function toAssignment(shift: Shift, agent: Agent, timeZone: string): Assignment {
  const out: Assignment = { agentId: shift.agentId, queue: shift.queue, template: shift.template.code, start: isoAt(shift.startMs, timeZone), end: isoAt(shift.endMs, timeZone) };
  if (shift.queue !== agent.primaryQueue) out.reassignedFrom = agent.primaryQueue;
  if (shift.overtimeHours) out.overtimeHours = shift.overtimeHours;
  return out;
}

/**
 * One record per uninterrupted move: consecutive moved shifts of an agent to the same queue in the
 * same window merge; a shift on the primary queue or a change of window ends the record. The record's
 * end is when the agent is back on its primary queue, at the latest the window's end.
 */
export function reassignmentRecords(shifts: Shift[], ctx: RuleContext): Reassignment[] {
  const out: Reassignment[] = [];
  for (const [agentId, list] of shiftsByAgent(shifts)) {
    const agent = ctx.agents.get(agentId);
    if (!agent) continue;
    let open: { record: Reassignment; window: string } | null = null;
    for (const s of list) {
      const window = s.queue === agent.primaryQueue ? null : allowedMoveWindow(agent, s.queue, s.startMs, s.endMs, ctx);
      const kind = window ? `${window.kind}:${s.queue}` : s.queue === agent.primaryQueue ? null : `invalid:${s.queue}`;
      if (open && open.window === kind) {
        open.record.end = isoAt(s.endMs, ctx.frame.timeZone);
        continue;
      }
      if (open) out.push(open.record);
      open = kind ? { window: kind, record: { agentId, fromQueue: agent.primaryQueue, toQueue: s.queue, start: isoAt(s.startMs, ctx.frame.timeZone), end: isoAt(s.endMs, ctx.frame.timeZone) } } : null;
    }
    if (open) out.push(open.record);
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.agentId.localeCompare(b.agentId));
}
