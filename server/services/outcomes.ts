import type { Kysely } from 'kysely';
import type { ScenarioOutcome } from '../../shared/scenario/compareScenarios.ts';
import { scenarioOutcome as outcomeOf, type SimulationSummary } from '../../shared/scenario/outcome.ts';
import type { ShortfallRow, SolverStats } from '../../shared/types.ts';
import { toCount } from '../db/jsonb.ts';
import type { DB } from '../db/schema.ts';
import { loadScenarioInputs } from './scenarioInputs.ts';

/** The latest results of one scenario's current version, as the comparison needs them. */
export async function scenarioOutcome(db: Kysely<DB>, scenarioId: number): Promise<ScenarioOutcome> {
  const inputs = await loadScenarioInputs(db, scenarioId);
  const version = inputs.scenario.version;
  const roster = await db
    .selectFrom('rosters')
    .select(['id', 'solver_stats', 'shortfall'])
    .where('scenario_id', '=', scenarioId)
    .where('scenario_version', '=', version)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const simulation = await db.selectFrom('simulations').select('result').where('scenario_id', '=', scenarioId).orderBy('id', 'desc').executeTakeFirst();
  const stored = simulation?.result as { summary?: SimulationSummary; scenarioVersion?: number } | undefined;
  const reassignmentCount = roster
    ? toCount((await db.selectFrom('reassignments').select((eb) => eb.fn.countAll<string | number>().as('n')).where('roster_id', '=', roster.id).executeTakeFirstOrThrow()).n)
    : 0;
  return outcomeOf({
    scenarioId,
    name: inputs.scenario.name,
    version,
    requirement: inputs.requirement,
    roster: roster && { stats: roster.solver_stats as SolverStats, shortfall: roster.shortfall as ShortfallRow[], reassignmentCount },
    simulation:
      stored?.scenarioVersion === version && stored.summary
        ? { ...stored.summary, p90FirstResponseSeconds: stored.summary.p90FirstResponseSeconds ?? Number.POSITIVE_INFINITY }
        : undefined,
  });
}
