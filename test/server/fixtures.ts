import { storeRoster } from '../../server/db/repositories/rosters.ts';
import { getBaseline } from '../../server/db/repositories/scenarios.ts';
import type { RosterResult } from '../../shared/roster/types.ts';
import type { Assignment } from '../../shared/types.ts';
import type { TestApp } from './harness.ts';

/** An 8-hour pre-sale shift on the early template from `hour` o'clock on 2026-11-`day`, with any field overridden. */
export function shiftOn(agentId: string, day: number, hour = 8, extra: Partial<Assignment> = {}): Assignment {
  const at = (h: number) => `2026-11-${String(day).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+08:00`;
  return { agentId, queue: 'pre_sale', template: 'E', start: at(hour), end: at(hour + 8), ...extra };
}

/** Stores these shifts as a draft roster of the demo event's baseline scenario (version 1, as seeded); returns its id. */
export async function storeBaselineRoster(t: Pick<TestApp, 'database' | 'eventId'>, assignments: Assignment[], reassignments: RosterResult['reassignments'] = []): Promise<number> {
  const scenarioId = (await getBaseline(t.database.db, t.eventId)).id;
  return storeRoster(t.database.db, { eventId: t.eventId, scenarioId, scenarioVersion: 1, timeZone: 'Asia/Shanghai', result: rosterResult(assignments, reassignments) });
}

/** A hand-made roster result with these shifts and nothing short, for storage and publishing tests. */
export function rosterResult(assignments: Assignment[], reassignments: RosterResult['reassignments'] = []): RosterResult {
  return {
    assignments,
    shortfall: [],
    reassignments,
    stats: { paidHours: assignments.length * 8, objective: assignments.length * 8, lowerBound: 0, gap: 0, solveMs: 0 },
    objective: { paidHours: 0, overtimeHours: 0, overtimePremiumHours: 0, shortfallAgentHours: 0, reassignedShifts: 0, weighted: 0, lpWeighted: 0, lpShortfallAgentHours: 0 },
    violations: [],
    summary: { totalAgentHours: 0, hoursShort: 0, worst: [], message: '' },
    suggestions: [],
    overtime: [],
    legalExcess: [],
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
