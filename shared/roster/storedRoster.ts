/** A roster as stored and served: what the API returns and the web reads, so neither depends on the server's code. */
import type { Assignment, Reassignment, ShortfallRow, SolverStats } from '../types.ts';
import type { RosterResult } from './types.ts';

/** A draft is solved; publishing one supersedes the event's previous published roster. */
export type RosterStatus = 'draft' | 'published' | 'superseded';

/** A stored shift: the wire Assignment plus what calendars need to follow it across publishes. */
export interface StoredAssignment extends Assignment {
  /** The row id: what PATCH /api/rosters/{rosterId}/assignments/{assignmentId} names. */
  id: number;
  uid: string;
  sequence: number;
  status: 'confirmed' | 'cancelled';
  note: string | null;
}

/** A stored roster with its shifts and the engine's reports. */
export interface RosterDetail {
  id: number;
  eventId: number;
  scenarioId: number;
  scenarioVersion: number;
  status: RosterStatus;
  createdAt: string;
  publishedAt: string | null;
  stats: SolverStats;
  shortfall: ShortfallRow[];
  diagnostics: Pick<RosterResult, 'summary' | 'suggestions' | 'violations' | 'overtime' | 'objective' | 'cost' | 'advice' | 'exhausted' | 'before'>;
  assignments: StoredAssignment[];
  reassignments: Reassignment[];
}
