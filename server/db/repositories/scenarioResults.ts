/** What one scenario has produced so far (its newest roster and simulation), as the comparison reads them. */
import type { Kysely } from 'kysely';
import type { PlanCost } from '../../../shared/levers/plan.ts';
import type { QueueCode, ShortfallRow, SolverStats } from '../../../shared/types.ts';
import { toCount } from '../jsonb.ts';
import type { DB } from '../schema.ts';

/** The newest roster solved for this version of the scenario, with its number of moves and its confirmed shifts, or undefined. */
export async function latestRosterOfVersion(
  db: Kysely<DB>,
  scenarioId: number,
  version: number,
): Promise<{ stats: SolverStats; shortfall: ShortfallRow[]; reassignmentCount: number; assignments: { agentId: string; queue: QueueCode; start: string; end: string }[]; cost?: PlanCost } | undefined> {
  const roster = await db
    .selectFrom('rosters')
    .select(['id', 'solver_stats', 'shortfall', 'diagnostics'])
    .where('scenario_id', '=', scenarioId)
    .where('scenario_version', '=', version)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!roster) return undefined;
  const [moves, shifts] = await Promise.all([
    db.selectFrom('reassignments').select((eb) => eb.fn.countAll<string | number>().as('n')).where('roster_id', '=', roster.id).executeTakeFirstOrThrow(),
    db.selectFrom('assignments').select(['agent_key', 'queue', 'starts_at', 'ends_at']).where('roster_id', '=', roster.id).where('status', '=', 'confirmed').execute(),
  ]);
  return {
    stats: roster.solver_stats as SolverStats,
    shortfall: roster.shortfall as ShortfallRow[],
    reassignmentCount: toCount(moves.n),
    // Rosters solved before pricing existed carry no cost.
    cost: (roster.diagnostics as { cost?: PlanCost } | null)?.cost,
    assignments: shifts.map((s) => ({ agentId: s.agent_key, queue: s.queue as QueueCode, start: s.starts_at.toISOString(), end: s.ends_at.toISOString() })),
  };
}

/** The stored result of the scenario's newest simulation, or undefined. */
export async function latestSimulationResult(db: Kysely<DB>, scenarioId: number): Promise<unknown> {
  const row = await db.selectFrom('simulations').select('result').where('scenario_id', '=', scenarioId).orderBy('id', 'desc').executeTakeFirst();
  return row?.result;
}
