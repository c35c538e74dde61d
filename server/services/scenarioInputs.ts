import type { Kysely } from 'kysely';
import { rulesWithLevers } from '../../shared/roster/peakTemplates.ts';
import type { RosterRules, RosterTemplate } from '../../shared/roster/rulesSchema.ts';
import { applyHeadcount } from '../../shared/scenario/applyHeadcount.ts';
import { applyVolume } from '../../shared/scenario/applyVolume.ts';
import { mergeRules } from '../../shared/scenario/mergeRules.ts';
import { parseScenarioParams, type ScenarioParams } from '../../shared/scenario/params.ts';
import { requirement, type RequirementParams } from '../../shared/staffing/requirement.ts';
import { paramsWithCaps } from '../../shared/staffing/requirementAtCap.ts';
import type { Agent, ForecastRow, RequirementRow } from '../../shared/types.ts';
import { DomainError } from '../../shared/errors.ts';
import { listAgents } from '../db/repositories/agents.ts';
import { getEvent, type EventSummary } from '../db/repositories/events.ts';
import { getForecast, hasForecast } from '../db/repositories/forecasts.ts';
import { cachedRequirement, chosenCaps, getScenario, storeRequirement, type Scenario } from '../db/repositories/scenarios.ts';
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

/** The event as stored, before any scenario's changes. */
export interface EventBase {
  event: EventSummary;
  forecast: ForecastRow[];
  agents: Agent[];
  templates: RosterTemplate[];
}

/** Loads an event's forecast, active agents and templates. */
export async function loadEventBase(db: Kysely<DB>, eventId: number): Promise<EventBase> {
  const event = await getEvent(db, eventId);
  const [forecast, storedAgents, templates] = await Promise.all([getForecast(db, event.id, event.timeZone), listAgents(db, event.id), listTemplates(db, event.id)]);
  if (forecast.length === 0) throw noForecast(event.id);
  return { event, forecast, agents: storedAgents.map(({ dbId: _dbId, active: _active, ...agent }) => agent), templates };
}

/** CONFLICT naming the missing forecast when the event has none: nothing can be solved without one. */
export async function requireForecast(db: Kysely<DB>, eventId: number): Promise<void> {
  if (!(await hasForecast(db, eventId))) throw noForecast(eventId);
}

function noForecast(eventId: number): DomainError {
  return new DomainError('CONFLICT', `Event ${eventId} has no forecast yet: import or generate one first`, [{ field: 'forecast', message: 'the event has no forecast' }]);
}

/** A scenario's params applied to the event: changed forecast and staff, merged rules, the requirement. */
export function applyScenario(base: EventBase, params: ScenarioParams, cachedRows?: RequirementRow[]): Omit<ScenarioInputs, 'scenario'> {
  const forecast = applyVolume(base.forecast, params.volume);
  const agents = applyHeadcount(base.agents, params.headcount);
  // A scenario's peak shifts are templates generated from its levers: every consumer (solve, re-plan, checks) must know them.
  const rules = rulesWithLevers(mergeRules({ ...base.event, templates: base.templates }, params.rules, params.templates), params.levers, base.event.timeZone);
  return { event: base.event, params, forecast, agents, rules, requirement: cachedRows ?? requirement(forecast, params.requirement) };
}

/**
 * Loads a scenario and applies its params; the requirement is cached per scenario version. When a solve chose
 * caps with the cap lever, the cache holds the requirement at those caps and the params carry them, so the
 * coverage, grid, spreadsheet, simulation and re-plan all read the requirement the roster was solved for.
 */
export async function loadScenarioInputs(db: Kysely<DB>, scenarioId: number): Promise<ScenarioInputs> {
  const scenario = await getScenario(db, scenarioId);
  const base = await loadEventBase(db, scenario.eventId);
  const cached = await cachedRequirement(db, scenario.id, scenario.version);
  const params = parseScenarioParams(scenario.params);
  const inForce = cached?.caps ? { ...params, requirement: paramsWithCaps(params.requirement, cached.caps) } : params;
  const inputs = applyScenario(base, inForce, cached?.rows);
  if (!cached) await storeRequirement(db, scenario.id, scenario.version, inputs.requirement);
  return { ...inputs, scenario };
}

/** The scenario's requirement params in force: its own, at the caps the cap lever chose for its current version. */
export async function requirementParamsInForce(db: Kysely<DB>, scenario: Scenario): Promise<RequirementParams> {
  const own = parseScenarioParams(scenario.params).requirement;
  const caps = await chosenCaps(db, scenario.id, scenario.version);
  return caps ? paramsWithCaps(own, caps) : own;
}

/** Checks scenario params against the event before storing them: rule overrides and removed agents must make sense. */
export async function checkScenarioParams(db: Kysely<DB>, eventId: number, params: ScenarioParams): Promise<void> {
  const event = await getEvent(db, eventId);
  const templates = await listTemplates(db, eventId);
  mergeRules({ ...event, templates }, params.rules, params.templates);
  const agents = await listAgents(db, eventId);
  applyHeadcount(agents, params.headcount);
}
