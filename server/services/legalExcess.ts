/** A stored roster's excess over the legal working-time figures, for the supervisor's sign-off. */
import type { Kysely } from 'kysely';
import { employedShifts, legalExcess, type LegalExcessRow } from '../../shared/labour/legalExcess.ts';
import { LEGAL_FIGURES } from '../../shared/labour/legalFigures.ts';
import type { DB } from '../db/schema.ts';
import { rosterWork } from '../db/repositories/rosterWork.ts';

export interface RosterLegalExcess {
  rosterId: number;
  /** The figures every row is measured against (the law's, never the event's own ceilings). */
  legalFigures: Record<keyof typeof LEGAL_FIGURES, number>;
  rows: LegalExcessRow[];
}

/** Every agent-day, week, month and run without rest of the roster's confirmed shifts beyond the legal figures. */
export async function rosterLegalExcess(db: Kysely<DB>, rosterId: number): Promise<RosterLegalExcess> {
  const work = await rosterWork(db, rosterId);
  return { rosterId, legalFigures: LEGAL_FIGURES, rows: legalExcess(employedShifts(work.assignments, work.agents), work.agents, { timeZone: work.timeZone }) };
}
