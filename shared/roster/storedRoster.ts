/** A roster as stored and served: what the API returns and the web reads, so neither depends on the server's code. */
import type { Assignment, Reassignment, ShortfallRow, SolverStats } from '../types.ts';
import type { ObjectiveReport, RosterResult } from './types.ts';

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

/**
 * The engine's reports as a roster stores them. A roster an applied re-plan stored (issue 21) has its reports
 * recomputed from its own assignments (shared/replan/replannedReport.ts) and carries `replannedFrom`; what
 * describes the original solve's search (its objective, the levers that ran out) is not carried over.
 */
export interface RosterDiagnostics extends Pick<RosterResult, 'summary' | 'suggestions' | 'violations' | 'overtime' | 'cost' | 'advice' | 'exhausted' | 'before'> {
  /** The solve's objective report; absent on a re-planned roster, whose assignments the solve did not choose. */
  objective?: ObjectiveReport;
  /**
   * The id of the solved roster this one was re-planned from, directly or through earlier re-plans: the roster whose
   * solver figures (`stats`) and lever report (levers that ran out) these are.
   */
  replannedFrom?: number;
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
  diagnostics: RosterDiagnostics;
  assignments: StoredAssignment[];
  reassignments: Reassignment[];
}
