import type { ChatModel } from '../chat/chatModel.ts';
import type { SimulationSpecInput } from './spec.ts';

type QueueSpecInput = SimulationSpecInput['queues'][number];

/** A queue's chat model as the simulator's session and patience: geometric messages, exponential replies and think times. */
export function simulatedChat(model: ChatModel): Pick<QueueSpecInput, 'session' | 'patienceSeconds' | 'replyPatienceSeconds'> {
  return {
    session: {
      messages: { mean: model.messagesPerSession, distribution: 'geometric' },
      replySeconds: { mean: model.replySeconds, distribution: 'exponential' },
      thinkSeconds: { mean: model.thinkSeconds, distribution: 'exponential' },
    },
    patienceSeconds: model.patienceSeconds,
    replyPatienceSeconds: model.replyPatienceSeconds,
  };
}
