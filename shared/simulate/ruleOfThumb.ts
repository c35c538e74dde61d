import { chatModelOf } from '../chat/chatModel.ts';
import { simulatedChat } from './queueChat.ts';
import type { SimulationSpec } from './spec.ts';

/**
 * The platform's rule of thumb (Qianniu, DOMAIN.md): cap = service time per customer x the agent's peak replies
 * per minute / questions per customer. Shown beside the simulated best cap.
 */
export function ruleOfThumbCap(serviceMinutesPerCustomer: number, peakRepliesPerMinute: number, questionsPerCustomer: number): number {
  return Math.max(1, Math.floor((serviceMinutesPerCustomer * peakRepliesPerMinute) / questionsPerCustomer));
}

/** The rule's three inputs as read off a simulated session, and the cap it gives. */
export interface RuleOfThumb {
  serviceMinutesPerCustomer: number;
  peakRepliesPerMinute: number;
  questionsPerCustomer: number;
  cap: number;
}

/**
 * The rule of thumb for the simulator's own session model, so the two caps answer the same question: a customer
 * asks `messages` questions, each answered in `replySeconds`, with `thinkSeconds` between a reply and the next
 * question; the service time is that whole session, and an agent at its peak replies back to back.
 */
export function ruleOfThumbForSession(session: SimulationSpec['session']): RuleOfThumb {
  const questions = Math.max(1, session.messages.mean);
  const reply = session.replySeconds.mean;
  const serviceMinutes = (questions * reply + (questions - 1) * session.thinkSeconds.mean) / 60;
  const repliesPerMinute = 60 / reply;
  return { serviceMinutesPerCustomer: serviceMinutes, peakRepliesPerMinute: repliesPerMinute, questionsPerCustomer: questions, cap: ruleOfThumbCap(serviceMinutes, repliesPerMinute, questions) };
}

/** The rule of thumb for a queue's own chat model (its params), the session the server simulates that queue with. */
export function ruleOfThumbForQueue(params: Parameters<typeof chatModelOf>[0]): RuleOfThumb {
  return ruleOfThumbForSession(simulatedChat(chatModelOf(params)).session as SimulationSpec['session']);
}
