/** What the roster engine needs to price a roster in CNY: wages per contract and lost GMV per missing agent. */
import { resolveQueueParams, type RequirementParams } from '../staffing/params.ts';
import { QUEUE_CODES, type Contract, type ForecastRow, type QueueCode, type RequirementRow } from '../types.ts';
import { marginalLostGmv } from './lostGmvCurve.ts';
import { valuePerChatCny, type Money } from './money.ts';

/** The lost GMV of the 1st, 2nd, ... missing agent of one hour and queue (nondecreasing, CNY). */
export interface LostGmvCurve {
  hourStart: string;
  queue: QueueCode;
  marginalCny: number[];
}

export interface RosterPricing {
  wagesCnyPerHour: Record<Contract, number>;
  /** Least CNY a missing agent-hour costs in the plan's objective (not in the reported cost). */
  minShortfallCny: number;
  lostGmv: LostGmvCurve[];
}

/** Prices every requirement row: its human chats and the queue's params (with the forecast's own handle time when it has one). */
export function rosterPricing(requirement: readonly RequirementRow[], forecast: readonly ForecastRow[], params: RequirementParams, money: Money): RosterPricing {
  const aht = new Map(forecast.filter((f) => f.ahtSeconds !== undefined).map((f) => [`${Date.parse(f.hourStart)}|${f.queue}`, f.ahtSeconds as number]));
  const byQueue = Object.fromEntries(QUEUE_CODES.map((q) => [q, resolveQueueParams(params, q)])) as Record<QueueCode, ReturnType<typeof resolveQueueParams>>;
  const lostGmv = requirement.map((row) => {
    const own = aht.get(`${Date.parse(row.hourStart)}|${row.queue}`);
    const queueParams = own === undefined ? byQueue[row.queue] : { ...byQueue[row.queue], ahtSeconds: own };
    return { hourStart: row.hourStart, queue: row.queue, marginalCny: marginalLostGmv(row.requiredAgents, row.humanInquiries, queueParams, valuePerChatCny(money, row.queue)) };
  });
  return { wagesCnyPerHour: money.wagesCnyPerHour, minShortfallCny: money.minShortfallCny, lostGmv };
}
