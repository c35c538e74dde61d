import type { Kysely } from 'kysely';
import { parseScenarioParams } from '../../shared/scenario/params.ts';
import { resolveQueueParams, type QueueParams } from '../../shared/staffing/params.ts';
import type { QueueCode } from '../../shared/types.ts';
import { getEvent, listQueues } from '../db/repositories/events.ts';
import { getBaseline, getScenario } from '../db/repositories/scenarios.ts';
import type { DB } from '../db/schema.ts';
import { requirementParamsInForce } from './scenarioInputs.ts';

/** An event's queues with the params a scenario gives them (the baseline's when none is named). */
export async function queuesWithParams(db: Kysely<DB>, eventId: number, scenarioId?: number): Promise<{ code: QueueCode; nameZh: string; nameEn: string; params: QueueParams }[]> {
  const event = await getEvent(db, eventId);
  const scenario = scenarioId === undefined ? await getBaseline(db, event.id) : await getScenario(db, scenarioId);
  // A scenario of another event lends nothing: its params would describe different queues.
  const params = scenario.eventId === event.id ? await requirementParamsInForce(db, scenario) : parseScenarioParams({}).requirement;
  const queues = await listQueues(db, event.id);
  return queues.map((q) => ({ ...q, params: resolveQueueParams(params, q.code) }));
}
