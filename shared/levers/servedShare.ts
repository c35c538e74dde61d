/**
 * The one place the money model reads the requirement's queue model. The requirement engine is being
 * extended with abandonment and its own served share; swapping that in means changing this file only.
 */
import { chatQueuePerformance, maxThroughput, type ChatQueueSpec } from '../staffing/chatQueue.ts';
import type { QueueParams } from '../staffing/params.ts';

/** Share of one hour's human chats that `online` answering agents serve, in [0, 1]. */
export function servedShare(online: number, humanChatsPerHour: number, params: QueueParams): number {
  if (humanChatsPerHour <= 0) return 1;
  if (online <= 0) return 0;
  const spec: ChatQueueSpec = { arrivalsPerSecond: humanChatsPerHour / 3600, ahtSeconds: params.ahtSeconds, cap: params.concurrencyCap, inflation: params.inflation };
  const capacity = maxThroughput(online, spec);
  // Overloaded, the chain has no steady state: the agents finish what they can and the others leave.
  if (capacity <= spec.arrivalsPerSecond) return capacity / spec.arrivalsPerSecond;
  // Stable: a customer is served when assigned before their patience runs out (nobody leaves without one).
  return chatQueuePerformance(online, spec, params.patienceSeconds ?? Infinity).serviceLevel;
}
