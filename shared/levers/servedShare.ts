/** The one place the money model reads the requirement's queue model. */
import { chatModelOf } from '../chat/chatModel.ts';
import { chatAbandonment } from '../staffing/chatQueue.ts';
import type { QueueParams } from '../staffing/params.ts';

/** Share of one hour's human chats that `online` answering agents serve to the end (nobody leaving while waiting or inside the chat), in [0, 1]. */
export function servedShare(online: number, humanChatsPerHour: number, params: QueueParams): number {
  if (humanChatsPerHour <= 0) return 1;
  const spec = { arrivalsPerSecond: humanChatsPerHour / 3600, model: chatModelOf(params), cap: params.concurrencyCap };
  return chatAbandonment(online, spec).servedShare;
}
