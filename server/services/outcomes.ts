import type { Kysely } from 'kysely';
import { DomainError } from '../../shared/errors.ts';
import { compareScenarios, type ScenarioComparison, type ScenarioOutcome } from '../../shared/scenario/compareScenarios.ts';
import { scenarioOutcome as outcomeOf, type SimulationSummary } from '../../shared/scenario/outcome.ts';
import type { QueueCode, ShortfallRow, SolverStats } from '../../shared/types.ts';
import { toCount } from '../db/jsonb.ts';
import { getScenario } from '../db/repositories/scenarios.ts';
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
  const shifts = roster
    ? await db.selectFrom('assignments').select(['agent_key', 'queue', 'starts_at', 'ends_at']).where('roster_id', '=', roster.id).where('status', '=', 'confirmed').execute()
    : [];
  return outcomeOf({
    scenarioId,
    name: inputs.scenario.name,
    version,
    requirement: inputs.requirement,
    roster: roster && {
      stats: roster.solver_stats as SolverStats,
      shortfall: roster.shortfall as ShortfallRow[],
      reassignmentCount,
      assignments: shifts.map((s) => ({ agentId: s.agent_key, queue: s.queue as QueueCode, start: s.starts_at.toISOString(), end: s.ends_at.toISOString() })),
    },
    timeZone: inputs.event.timeZone,
    simulation:
      stored?.scenarioVersion === version && stored.summary
        ? { ...stored.summary, p90FirstResponseSeconds: stored.summary.p90FirstResponseSeconds ?? Number.POSITIVE_INFINITY }
        : undefined,
  });
}

/** Compares scenarios of one event; NOT_FOUND for an unknown id, INVALID_INPUT naming `ids` when they span events. */
export async function compareScenarioIds(db: Kysely<DB>, ids: readonly number[]): Promise<ScenarioComparison> {
  const scenarios = [];
  for (const id of ids) scenarios.push(await getScenario(db, id));
  const events = [...new Set(scenarios.map((s) => s.eventId))];
  if (events.length > 1) {
    const which = scenarios.map((s) => `${s.id} (event ${s.eventId})`).join(', ');
    throw new DomainError('INVALID_INPUT', `Scenarios of different events cannot be compared: ${which}`, [{ field: 'ids', message: 'all scenarios must belong to one event' }]);
  }
  const outcomes = [];
  for (const id of ids) outcomes.push(await scenarioOutcome(db, id));
  return compareScenarios(outcomes);
}
