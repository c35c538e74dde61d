import type { Kysely } from 'kysely';
import { DomainError } from '../../shared/errors.ts';
import { compareScenarios, type ScenarioComparison, type ScenarioOutcome } from '../../shared/scenario/compareScenarios.ts';
import { scenarioOutcome as outcomeOf, type SimulationSummary } from '../../shared/scenario/outcome.ts';
import { getScenario } from '../db/repositories/scenarios.ts';
import { latestRosterOfVersion, latestSimulationResult } from '../db/repositories/scenarioResults.ts';
import type { DB } from '../db/schema.ts';
import { loadScenarioInputs } from './scenarioInputs.ts';

/** The latest results of one scenario's current version, as the comparison needs them. */
export async function scenarioOutcome(db: Kysely<DB>, scenarioId: number): Promise<ScenarioOutcome> {
  const inputs = await loadScenarioInputs(db, scenarioId);
  const version = inputs.scenario.version;
  const roster = await latestRosterOfVersion(db, scenarioId, version);
  const stored = (await latestSimulationResult(db, scenarioId)) as { summary?: SimulationSummary; scenarioVersion?: number } | undefined;
  return outcomeOf({
    scenarioId,
    name: inputs.scenario.name,
    version,
    requirement: inputs.requirement,
    roster,
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
