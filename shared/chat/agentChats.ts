/**
 * One agent holding k chats, as a machine-repairman (finite-source) queue. Each chat alternates between the
 * customer thinking (exponential, `thinkSeconds`) and waiting for the agent's reply (exponential,
 * `replySeconds`, one reply at a time across the agent's chats, first come first served). After each reply
 * the chat ends with probability 1 / messagesPerSession (a geometric number of messages); for the rate at
 * k chats the ended chat is replaced at once by a new one whose first message waits for a reply.
 *
 * The state is j, the chats waiting for a reply (the one being answered included): j → j + 1 at rate
 * (k − j) / think, j → j − 1 at rate (1 − 1/m) / reply (the reply ends a chat with probability 1/m, and
 * its replacement waits at once, leaving j unchanged). The agent's slowdown with more chats is not a
 * parameter: it is the wait for the agent's reply while it answers the others.
 */
import type { ChatModel } from './chatModel.ts';

/** What one agent does with k chats open. */
export interface AgentAtChats {
  /** Chats per second the agent finishes while holding k chats. */
  chatsPerSecond: number;
  /** Share of time the agent is typing a reply. */
  busyShare: number;
  /** Probability that j chats wait for a reply (index j = 0..k). */
  waitingReplies: number[];
  /** The same as a newly assigned chat finds them: no other chat's first message waits at once (see firstReplyWithin). */
  foundWaiting: number[];
}

/** The agent at k = 0..cap chats: throughput, busy share and the distribution of chats waiting for a reply. */
export function agentChats(model: Pick<ChatModel, 'messagesPerSession' | 'replySeconds' | 'thinkSeconds'>, cap: number): AgentAtChats[] {
  return Array.from({ length: cap + 1 }, (_, k) => agentAt(model, k));
}

function agentAt(model: Pick<ChatModel, 'messagesPerSession' | 'replySeconds' | 'thinkSeconds'>, k: number): AgentAtChats {
  if (k === 0) return { chatsPerSecond: 0, busyShare: 0, waitingReplies: [1], foundWaiting: [1] };
  const endShare = 1 / Math.max(1, model.messagesPerSession);
  const weights = waitingWeights(k, model.thinkSeconds, (1 - endShare) / model.replySeconds);
  const busyShare = 1 - weights[0];
  const found = waitingWeights(k, model.thinkSeconds, 1 / model.replySeconds);
  return { chatsPerSecond: (busyShare * endShare) / model.replySeconds, busyShare, waitingReplies: weights, foundWaiting: found };
}

/**
 * Stationary distribution of j in 0..k for births (k − j) / think and deaths `replyOnward`; normalised
 * as it goes, so the terms never overflow. With no think time a chat waits again at once: j = k always.
 */
function waitingWeights(k: number, thinkSeconds: number, replyOnward: number): number[] {
  const weights = new Array<number>(k + 1).fill(0);
  if (thinkSeconds <= 0 || replyOnward <= 0) {
    weights[k] = 1;
    return weights;
  }
  weights[0] = 1;
  let total = 1;
  for (let j = 1; j <= k; j++) {
    weights[j] = (weights[j - 1] * (k - j + 1)) / thinkSeconds / replyOnward;
    total += weights[j];
    if (total > 1e100) {
      for (let i = 0; i <= j; i++) weights[i] /= total;
      total = 1;
    }
  }
  return weights.map((w) => w / total);
}

/**
 * Probability that a new chat's first message is answered within `seconds` when the agent already holds
 * `others` chats: by the arrival theorem it finds them as an agent with `others` chats would be, waits
 * behind every chat already waiting (first come first served) and then for its own reply, so the delay is
 * Erlang(j + 1) at the reply rate with j the chats found waiting. The chats it finds are taken as a plain
 * machine-repairman queue (every reply sends its chat back to thinking): the at-once replacement that gives
 * the agent's throughput at a fixed k overstates the replies waiting when chats come and go, and made the
 * model 2-3 points too pessimistic against the simulator (check-requirement).
 */
export function firstReplyWithin(agent: AgentAtChats[], others: number, replySeconds: number, seconds: number): number {
  const found = agent[others].foundWaiting;
  let within = 0;
  for (let j = 0; j < found.length; j++) within += found[j] * erlangCdf(j + 1, seconds / replySeconds);
  return within;
}

/**
 * Probability that a message is given up on before the agent holding `others` other chats starts its reply:
 * the customer leaves when that wait outlasts an exponential reply patience of mean R (the simulator's rule,
 * shared/simulate/customer.ts). As in firstReplyWithin the message finds j replies waiting, the one being
 * typed included, so its wait is Erlang(j) at the reply rate (the reply under way is memoryless) and
 * P(wait < patience) is that wait's Laplace transform at 1/R: (R / (R + reply))^j. A message answered at
 * once (j = 0) is never given up on.
 */
export function replyGiveUpChance(agent: AgentAtChats[], others: number, replySeconds: number, replyPatienceSeconds: number | null): number {
  if (replyPatienceSeconds === null) return 0;
  const found = agent[others].foundWaiting;
  const staysPerReply = replyPatienceSeconds / (replyPatienceSeconds + replySeconds);
  let stays = 0;
  for (let j = 0; j < found.length; j++) stays += found[j] * staysPerReply ** j;
  return 1 - stays;
}

/** P(Erlang(n, 1) ≤ x) = 1 − e^(−x) Σ_{i<n} x^i / i!. */
function erlangCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  let term = 1;
  let sum = 1;
  for (let i = 1; i < n; i++) {
    term *= x / i;
    sum += term;
  }
  return Math.max(0, 1 - Math.exp(-x) * sum);
}
