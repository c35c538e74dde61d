/**
 * The one chat model per queue (issue 16): what a customer and an agent do inside a chat. The requirement,
 * the lost-sales pricing and the simulator all read it from the queue's params through `chatModelOf`,
 * so a setting is never defaulted twice.
 *
 * A session is a geometric number of customer messages (mean `messagesPerSession`); the agent answers
 * each with one reply of mean `replySeconds`, one reply at a time across every chat it holds; between a
 * reply and the customer's next message the customer thinks for `thinkSeconds` on average. Handle time
 * (`ahtSeconds`, the session length with no other chat) is the input a supervisor knows, so the think
 * time is derived from it: aht = m·reply + (m − 1)·think. With one message per session the whole session
 * is that one reply, so the reply time is the handle time (the classic M/M/N queue at cap 1).
 */
import type { QueueParams } from '../staffing/params.ts';

export interface ChatModel {
  /** Mean customer messages per session (geometric on 1, 2, ...). */
  messagesPerSession: number;
  /** Mean agent seconds per reply (exponential). */
  replySeconds: number;
  /** Mean customer seconds between a reply and the next message (exponential); derived from handle time. */
  thinkSeconds: number;
  /** Mean patience while waiting for an agent, in seconds (exponential); null: nobody leaves. */
  patienceSeconds: number | null;
  /** Mean patience while waiting for a reply inside a chat, in seconds (exponential); null: nobody leaves. */
  replyPatienceSeconds: number | null;
}

/** The chat model a queue's params describe, with the think time derived from handle time. */
export function chatModelOf(params: Pick<QueueParams, 'ahtSeconds' | 'messagesPerSession' | 'replySeconds' | 'patienceSeconds' | 'replyPatienceSeconds'>): ChatModel {
  return {
    messagesPerSession: params.messagesPerSession,
    replySeconds: params.messagesPerSession <= 1 ? params.ahtSeconds : params.replySeconds,
    thinkSeconds: thinkSecondsFor(params.ahtSeconds, params.messagesPerSession, params.replySeconds),
    patienceSeconds: params.patienceSeconds,
    replyPatienceSeconds: params.replyPatienceSeconds,
  };
}

/** Customer think time that makes a one-chat session last `ahtSeconds`: (aht − m·reply) / (m − 1); 0 for one message. */
export function thinkSecondsFor(ahtSeconds: number, messagesPerSession: number, replySeconds: number): number {
  if (messagesPerSession <= 1) return 0;
  return Math.max(0, (ahtSeconds - messagesPerSession * replySeconds) / (messagesPerSession - 1));
}

/** Agent seconds of typing per chat: messages × reply time (the rest of a session is the customer's). */
export function agentSecondsPerChat(model: ChatModel): number {
  return model.messagesPerSession * model.replySeconds;
}
