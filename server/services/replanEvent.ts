/** The intraday re-plan of an event's published roster (issue 21): suggest, and apply as a new published version. */
import type { Kysely } from 'kysely';
import type { ActualCount } from '../../shared/actuals/parseActualsCsv.ts';
import { DomainError } from '../../shared/errors.ts';
import { replan } from '../../shared/replan/replan.ts';
import { replannedReport, type ReplannedReport } from '../../shared/replan/replannedReport.ts';
import { serviceAhead, type ServiceAhead } from '../../shared/replan/serviceAhead.ts';
import type { ReplanOptions, ReplanResult } from '../../shared/replan/types.ts';
import type { RosterDiagnostics } from '../../shared/roster/storedRoster.ts';
import type { Assignment } from '../../shared/types.ts';
import { getActuals } from '../db/repositories/actuals.ts';
import { getEvent } from '../db/repositories/events.ts';
import { copyShiftNotes } from '../db/repositories/publication.ts';
import { getRoster, insertRoster, publishedRosterId, type RosterDetail } from '../db/repositories/rosters.ts';
import type { DB } from '../db/schema.ts';
import { defaultNow } from './actuals.ts';
import { publishInTransaction } from './publishRoster.ts';
import { loadScenarioInputs, type ScenarioInputs } from './scenarioInputs.ts';

export interface ReplanRequest extends Omit<ReplanOptions, 'now'> {
  /** Default: the end of the latest count. */
  now?: number;
  /** Counts to re-plan from instead of the stored ones (the CLI's file). */
  actuals?: ActualCount[];
  /** The published roster the caller was shown: another one published meanwhile is a VERSION_CONFLICT. */
  expectedPublishedRosterId?: number;
  /** Simulate the service of this many open hours ahead (the live view); absent: no simulation. */
  serviceHours?: number;
}

export interface ReplanAnswer {
  replan: ReplanResult;
  rosterId: number;
  /** With `serviceHours`: the simulated service ahead, as published and with the changes. */
  service?: ServiceAhead;
}

interface Loaded {
  roster: RosterDetail;
  inputs: ScenarioInputs;
  result: ReplanResult;
}

/** The re-plan of the event's published roster, and that roster's id; CONFLICT naming `roster` when none is published. */
export async function suggestReplan(db: Kysely<DB>, eventId: number, request: ReplanRequest): Promise<ReplanAnswer> {
  const { roster, inputs, result } = await load(db, eventId, request);
  return { replan: result, rosterId: roster.id, ...serviceOf(result, inputs, request) };
}

/**
 * Re-plans and, when there are changes, stores the re-planned roster and publishes it in one transaction:
 * changed shifts get a higher SEQUENCE, dropped ones a CANCELLED copy, notes carry over. A roster published
 * meanwhile by someone else is a VERSION_CONFLICT and nothing changes.
 */
export async function applyReplan(db: Kysely<DB>, eventId: number, request: ReplanRequest): Promise<ReplanAnswer> {
  const { roster, inputs, result } = await load(db, eventId, request);
  // A cap change is advice for the scenario's params: the roster only changes with the other kinds.
  if (!result.changes.some((c) => c.kind !== 'cap')) return { replan: result, rosterId: roster.id, ...serviceOf(result, inputs, request) };
  const { paidHours, ...diagnostics } = replannedDiagnostics(roster, result, inputs);
  const rosterId = await db.transaction().execute(async (trx) => {
    const id = await insertRoster(trx, {
      eventId,
      scenarioId: roster.scenarioId,
      scenarioVersion: roster.scenarioVersion,
      timeZone: inputs.event.timeZone,
      result: { ...diagnostics, assignments: result.assignments, reassignments: [...roster.reassignments, ...result.reassignments], stats: { ...roster.stats, paidHours } },
    });
    await copyShiftNotes(trx, roster.id, id);
    await publishInTransaction(trx, id, { expectedPublishedRosterId: roster.id });
    return id;
  });
  return { replan: result, rosterId, ...serviceOf(result, inputs, request) };
}

/** The simulated service ahead when the request asks for it, with the scenario's caps (after: the suggested ones) and the break share its simulations use. */
function serviceOf(result: ReplanResult, inputs: ScenarioInputs, request: ReplanRequest): Pick<ReplanAnswer, 'service'> {
  if (request.serviceHours === undefined) return {};
  const capsAfter = Object.fromEntries(result.changes.filter((c) => c.kind === 'cap' && c.cap !== undefined).map((c) => [c.queue, c.cap!]));
  return { service: serviceAhead(result.hours, inputs.params.requirement, inputs.event.timeZone, { hours: request.serviceHours, breakShare: inputs.params.simulationBreakShare, seed: inputs.scenario.id, capsAfter }) };
}

async function load(db: Kysely<DB>, eventId: number, request: ReplanRequest): Promise<Loaded> {
  const event = await getEvent(db, eventId);
  const publishedId = await publishedRosterId(db, event.id);
  if (publishedId === undefined) throw new DomainError('CONFLICT', `Event ${event.id} has no published roster to re-plan`, [{ field: 'roster', message: 'publish a roster first' }]);
  if (request.expectedPublishedRosterId !== undefined && request.expectedPublishedRosterId !== publishedId) {
    throw new DomainError('VERSION_CONFLICT', `Another roster was published meanwhile (now ${publishedId}, you expected ${request.expectedPublishedRosterId}); review the re-plan again`, [
      { field: 'expectedPublishedRosterId', message: `currently published: ${publishedId}` },
    ]);
  }
  const roster = await getRoster(db, publishedId, event.timeZone);
  const inputs = await loadScenarioInputs(db, roster.scenarioId);
  const actuals = request.actuals ?? (await getActuals(db, event.id, event.timeZone));
  const now = request.now ?? defaultNow(actuals, inputs.forecast);
  const assignments: Assignment[] = roster.assignments.filter((a) => a.status === 'confirmed').map(({ id: _id, uid: _uid, sequence: _sequence, status: _status, note: _note, ...a }) => a);
  const result = replan(
    { forecast: inputs.forecast, actuals, assignments, agents: inputs.agents, rules: inputs.rules, params: inputs.params.requirement, levers: inputs.params.levers },
    { now, overrides: request.overrides, allowed: request.allowed, noticeHours: request.noticeHours, untilMs: request.untilMs },
  );
  return { roster, inputs, result };
}

/**
 * The re-planned roster's reports: every one that follows from its assignments (shortfall, summary, violations,
 * overtime, suggestions and, when the roster was priced, its cost) recomputed from them, so the staffing page and
 * the event's progress show the roster as re-planned. Kept as they were: `before` (the same event solved without
 * levers, still the plan's "before") and `advice` (the caps the solve chose, still the caps in force: a re-plan's
 * cap change is only advice). The solve's objective report and the levers that ran out describe the original
 * solve's search for the old gaps: a supervisor reading them next to the new roster would act on gaps the re-plan
 * already closed, so they are dropped and `replannedFrom` (the solved roster, however many re-plans ago) lets the
 * page say the lever report belongs to it. `stats` (objective, bound, gap) stay the original solve's: the re-plan does not prove a bound; only their
 * paid hours, the roster's own figure, are the re-planned roster's.
 */
function replannedDiagnostics(roster: RosterDetail, result: ReplanResult, inputs: ScenarioInputs): ReplannedReport & RosterDiagnostics {
  const { advice, before, cost } = roster.diagnostics;
  const scenario = { requirement: inputs.requirement, forecast: inputs.forecast, params: inputs.params.requirement, agents: inputs.agents, rules: inputs.rules, levers: inputs.params.levers, timeZone: inputs.event.timeZone };
  const report = replannedReport(result.assignments, scenario, { withCost: cost !== undefined });
  // A re-plan of a re-plan still names the solved roster: the stats it keeps are that solve's.
  return { ...report, ...(advice ? { advice } : {}), ...(before ? { before } : {}), replannedFrom: roster.diagnostics.replannedFrom ?? roster.id };
}
