import type { RosterResult } from '../../shared/roster/types.ts';
import type { Assignment } from '../../shared/types.ts';
import type { TestApp } from './harness.ts';

/** A hand-made roster result with these shifts and nothing short, for storage and publishing tests. */
export function rosterResult(assignments: Assignment[], reassignments: RosterResult['reassignments'] = []): RosterResult {
  return {
    assignments,
    shortfall: [],
    reassignments,
    stats: { paidHours: assignments.length * 8, objective: assignments.length * 8, lowerBound: 0, gap: 0, solveMs: 0 },
    objective: { paidHours: 0, shortfallAgentHours: 0, reassignedShifts: 0, weighted: 0, lpWeighted: 0, lpShortfallAgentHours: 0 },
    violations: [],
    summary: { totalAgentHours: 0, hoursShort: 0, worst: [], message: '' },
    suggestions: [],
    overtime: [],
  };
}

/** Polls a job until it ends. */
export async function waitForJob(t: TestApp, id: string) {
  for (let i = 0; i < 1200; i++) {
    const job = (await t.call('GET', `/api/jobs/${id}`)).json;
    if (['succeeded', 'failed', 'cancelled'].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`job ${id} did not finish`);
}

/** The event's published roster id as GET /api/events/{id}/roster shows it now, or null: what a publish is based on. */
export async function currentPublishedRosterId(t: TestApp): Promise<number | null> {
  const response = await t.call('GET', `/api/events/${t.eventId}/roster`);
  return response.status === 404 ? null : response.json.id;
}
