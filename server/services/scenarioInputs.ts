import type { Kysely } from 'kysely';
import type { RosterRules } from '../../shared/roster/rulesSchema.ts';
import { applyHeadcount } from '../../shared/scenario/applyHeadcount.ts';
import { applyVolume } from '../../shared/scenario/applyVolume.ts';
import { mergeRules } from '../../shared/scenario/mergeRules.ts';
import { parseScenarioParams, type ScenarioParams } from '../../shared/scenario/params.ts';
import { requirement } from '../../shared/staffing/requirement.ts';
import type { Agent, ForecastRow, RequirementRow } from '../../shared/types.ts';
import { DomainError } from '../../shared/errors.ts';
import { listAgents } from '../db/repositories/agents.ts';
import { getEvent, type EventSummary } from '../db/repositories/events.ts';
import { getForecast } from '../db/repositories/forecasts.ts';
import { cachedRequirement, getScenario, storeRequirement, type Scenario } from '../db/repositories/scenarios.ts';
import { listTemplates } from '../db/repositories/templates.ts';
import type { DB } from '../db/schema.ts';

/** Everything a solve or simulation of one scenario needs, with the scenario's changes applied. */
export interface ScenarioInputs {
  event: EventSummary;
  scenario: Scenario;
  params: ScenarioParams;
  forecast: ForecastRow[];
  agents: Agent[];
  rules: RosterRules;
  requirement: RequirementRow[];
}

/** Loads a scenario and applies its params; the requirement is cached per scenario version. */
export async function loadScenarioInputs(db: Kysely<DB>, scenarioId: number): Promise<ScenarioInputs> {
  const scenario = await getScenario(db, scenarioId);
  const event = await getEvent(db, scenario.eventId);
  const params = parseScenarioParams(scenario.params);
  const [baseForecast, storedAgents, templates] = await Promise.all([getForecast(db, event.id, event.timeZone), listAgents(db, event.id), listTemplates(db, event.id)]);
  if (baseForecast.length === 0) throw new DomainError('CONFLICT', `Event ${event.id} has no forecast yet: import or generate one first`);
  const forecast = applyVolume(baseForecast, params.volume);
  const agents = applyHeadcount(storedAgents.map(({ dbId: _dbId, active: _active, ...agent }) => agent), params.headcount);
  const rules = mergeRules({ ...event, templates }, params.rules, params.templates);
  let rows = await cachedRequirement(db, scenario.id, scenario.version);
  if (!rows) {
    rows = requirement(forecast, params.requirement);
    await storeRequirement(db, scenario.id, scenario.version, rows);
  }
  return { event, scenario, params, forecast, agents, rules, requirement: rows };
}
