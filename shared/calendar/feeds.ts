/** From published assignments to the shifts and title of one feed: an agent's, a team's, a queue's or the event's. */
import { QUEUE_LABELS, type Agent, type Assignment, type QueueCode } from '../types.ts';
import type { CalendarShift, CalendarShiftStatus } from './types.ts';

/** A published assignment as storage returns it (the server's StoredAssignment has this shape). */
export interface PublishedAssignment extends Assignment {
  uid: string;
  sequence: number;
  status: CalendarShiftStatus;
  note?: string | null;
}

export type FeedScope = { kind: 'agent'; agentId: string } | { kind: 'team'; team: string } | { kind: 'queue'; queue: QueueCode } | { kind: 'event' };

/** Calendar shifts for published assignments, named from the staff list; `caps` gives each queue's concurrent-chat cap. */
export function calendarShifts(
  assignments: readonly PublishedAssignment[],
  agents: readonly Pick<Agent, 'id' | 'name' | 'team'>[],
  caps: Partial<Record<QueueCode, number>> = {},
): CalendarShift[] {
  const byId = new Map(agents.map((a) => [a.id, a]));
  return assignments.map((a) => {
    // Temporary staff added by a what-if have no agents row: their id is the best name there is.
    const agent = byId.get(a.agentId);
    const shift: CalendarShift = {
      id: a.uid,
      agentId: a.agentId,
      agentName: agent?.name ?? a.agentId,
      queue: a.queue,
      template: a.template,
      start: a.start,
      end: a.end,
      sequence: a.sequence,
      status: a.status,
    };
    if (agent) shift.team = agent.team;
    if (a.reassignedFrom) shift.reassignedFrom = a.reassignedFrom;
    if (a.note) shift.note = a.note;
    if (caps[a.queue] !== undefined) shift.cap = caps[a.queue];
    return shift;
  });
}

/** The shifts a feed of this scope shows. */
export function shiftsInScope(shifts: readonly CalendarShift[], scope: FeedScope): CalendarShift[] {
  switch (scope.kind) {
    case 'agent':
      return shifts.filter((s) => s.agentId === scope.agentId);
    case 'team':
      return shifts.filter((s) => s.team === scope.team);
    case 'queue':
      return shifts.filter((s) => s.queue === scope.queue);
    case 'event':
      return [...shifts];
  }
}

/** The calendar name a feed shows, e.g. "Double 11 · 张三" or "Double 11 · 班组 Team T01". */
export function feedName(scope: FeedScope, eventName: string, agentName?: string): string {
  switch (scope.kind) {
    case 'agent':
      return `${eventName} · ${agentName ?? scope.agentId}`;
    case 'team':
      return `${eventName} · 班组 Team ${scope.team}`;
    case 'queue':
      return `${eventName} · ${QUEUE_LABELS[scope.queue].zh} ${QUEUE_LABELS[scope.queue].en}`;
    case 'event':
      return eventName;
  }
}

/** Only one agent's own feed leaves the name out of each SUMMARY; every shared feed needs it. */
export function feedShowsAgentName(scope: FeedScope): boolean {
  return scope.kind !== 'agent';
}
