import type { Kysely } from 'kysely';
import type { ScenarioOutcome } from '../../shared/scenario/compareScenarios.ts';
import type { ShortfallRow, SolverStats } from '../../shared/types.ts';
import { toCount } from '../db/jsonb.ts';
import type { DB } from '../db/schema.ts';
import { loadScenarioInputs } from './scenarioInputs.ts';

/** What the simulation of a scenario amounts to, stored beside its full result. */
export interface SimulationSummary {
  cap: number;
  serviceLevel: number;
  p90FirstResponseSeconds: number;
  abandonmentRate: number;
  bestCap: number;
}

/** The latest results of one scenario's current version, as the comparison needs them. */
export async function scenarioOutcome(db: Kysely<DB>, scenarioId: number): Promise<ScenarioOutcome> {
  const inputs = await loadScenarioInputs(db, scenarioId);
  const roster = await db
    .selectFrom('rosters')
    .select(['id', 'solver_stats', 'shortfall'])
    .where('scenario_id', '=', scenarioId)
    .where('scenario_version', '=', inputs.scenario.version)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const simulation = await db.selectFrom('simulations').select('result').where('scenario_id', '=', scenarioId).orderBy('id', 'desc').executeTakeFirst();
  const summary = (simulation?.result as { summary?: SimulationSummary; scenarioVersion?: number } | undefined) ?? undefined;
  const current = summary?.scenarioVersion === inputs.scenario.version ? summary.summary : undefined;
  const shortfall = new Map(((roster?.shortfall ?? []) as ShortfallRow[]).map((s) => [`${s.hourStart}|${s.queue}`, s]));
  const reassignments = roster
    ? toCount((await db.selectFrom('reassignments').select((eb) => eb.fn.countAll<string | number>().as('n')).where('roster_id', '=', roster.id).executeTakeFirstOrThrow()).n)
    : null;
  const stats = roster?.solver_stats as SolverStats | undefined;
  return {
    scenarioId,
    name: inputs.scenario.name,
    version: inputs.scenario.version,
    requiredAgentHours: inputs.requirement.reduce((sum, r) => sum + r.requiredAgents, 0),
    paidHours: stats?.paidHours ?? null,
    shortfallAgentHours: roster ? [...shortfall.values()].reduce((sum, s) => sum + (s.required - s.scheduled), 0) : null,
    reassignments,
    serviceLevel: current?.serviceLevel ?? null,
    p90FirstResponseSeconds: current?.p90FirstResponseSeconds ?? null,
    abandonmentRate: current?.abandonmentRate ?? null,
    hourly: inputs.requirement.map((r) => {
      const short = shortfall.get(`${r.hourStart}|${r.queue}`);
      // Without a shortfall row the hour was fully covered: scheduled >= required.
      return { hourStart: r.hourStart, queue: r.queue, required: r.requiredAgents, scheduled: roster ? (short ? short.scheduled : r.requiredAgents) : null };
    }),
  };
}
