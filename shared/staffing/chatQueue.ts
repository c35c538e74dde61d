/**
 * The chat queue with concurrency (see MODEL.md): N agents, each holding up to `cap` chats, with chats
 * spread evenly (平均分流). An agent's rate at k chats comes from the chat model (shared/chat/agentChats.ts):
 * one reply at a time across its chats, so each extra chat slows the others. An arrival waits only when
 * every agent is at the cap, and leaves after an exponential patience while it waits (Erlang A).
 */
import { agentChats, firstReplyWithin, replyGiveUpChance, type AgentAtChats } from '../chat/agentChats.ts';
import type { ChatModel } from '../chat/chatModel.ts';

/** The queue's fixed inputs for one hour and one queue. */
export interface ChatQueueSpec {
  /** Human chats arriving per second. */
  arrivalsPerSecond: number;
  /** What customers and agents do inside a chat (shared/chat/chatModel.ts). */
  model: ChatModel;
  /** Maximum concurrent chats per agent (1 with one message per session gives the classic M/M/N queue). */
  cap: number;
}

/** How the queue performs with a given number of agents online. */
export interface ChatQueuePerformance {
  /** Probability that an arriving customer is not assigned at once (every agent at the cap). */
  probabilityOfWait: number;
  /** Share of customers assigned to an agent within the target time (Erlang C's service level at cap 1). */
  assignedWithinTarget: number;
  /** Share of customers whose first message is answered within the target time: what the requirement sizes for. */
  serviceLevel: number;
  /** Mean time in the queue over all arrivals, in seconds (Infinity when the queue grows without end). */
  meanWaitSeconds: number;
}

/** Steps over [0, target] for the wait before the first reply; plenty for the smooth first-reply chance. */
const WAIT_STEPS = 64;
/** Tail terms of the queue below this share of the sum are dropped. */
const TAIL_EPSILON = 1e-13;
const MAX_TAIL_TERMS = 1_000_000;

/** What one (model, cap, target) needs, computed once: the agent at each load and first-reply chances. */
interface AgentTable {
  agent: AgentAtChats[];
  /** Chats per second finished by one agent at k chats, k = 0..cap. */
  rates: number[];
  /** P(first reply within target) for a chat assigned to an agent that held k others, k = 0..cap − 1. */
  firstWithin: number[];
  /** P(first reply within target − s) at the cap, for s on the wait grid over [0, target]. */
  firstWithinAfterWait: number[];
  /** Chats per second one agent at k chats loses to customers leaving inside a chat (reply patience), k = 0..cap. */
  giveUpRates: number[];
}

const tables = new Map<string, AgentTable>();

function agentTable(model: ChatModel, cap: number, targetSeconds: number): AgentTable {
  const key = `${cap}|${model.messagesPerSession}|${model.replySeconds}|${model.thinkSeconds}|${model.replyPatienceSeconds}|${targetSeconds}`;
  let table = tables.get(key);
  if (table) return table;
  const agent = agentChats(model, cap);
  const within = (others: number, seconds: number) => firstReplyWithin(agent, others, model.replySeconds, seconds);
  table = {
    agent,
    rates: agent.map((a) => a.chatsPerSecond),
    firstWithin: Array.from({ length: cap }, (_, k) => within(k, targetSeconds)),
    firstWithinAfterWait: Array.from({ length: WAIT_STEPS + 1 }, (_, i) => within(cap - 1, targetSeconds - (i * targetSeconds) / WAIT_STEPS)),
    giveUpRates: agent.map((_, k) => giveUpRate(agent, k, model)),
  };
  if (tables.size > 10_000) tables.clear();
  tables.set(key, table);
  return table;
}

/**
 * Chats per second an agent holding k chats loses to reply patience. A message sent at k chats finds the
 * k − 1 others as firstReplyWithin has them and is given up on with chance ℓ (replyGiveUpChance); the
 * agent answers busy / reply messages a second, the (1 − ℓ) share of those sent, so ℓ / (1 − ℓ) of that
 * many are given up on, each ending its chat. With the chat replaced at once, as for g(k), a give-up
 * swaps a waiting message for a new chat's waiting first message, so the agent's busy share stays g(k)'s.
 */
function giveUpRate(agent: AgentAtChats[], k: number, model: ChatModel): number {
  if (k === 0) return 0;
  // Capped below 1 so that a patience far shorter than the replies (every message given up on) stays a finite rate.
  const chance = Math.min(1 - 1e-9, replyGiveUpChance(agent, k - 1, model.replySeconds, model.replyPatienceSeconds));
  return ((agent[k].busyShare / model.replySeconds) * chance) / (1 - chance);
}

/** Chats per second one agent finishes while holding `chats` chats. */
export function agentThroughput(chats: number, model: ChatModel): number {
  return agentChats(model, chats)[chats].chatsPerSecond;
}

/** Most chats per second that `agents` agents can finish, all at the cap. */
export function maxThroughput(agents: number, spec: ChatQueueSpec): number {
  return agents * agentThroughput(spec.cap, spec.model);
}

/**
 * Performance with `agents` online, from the birth-death chain over the chats in the system: death rate
 * μ(n) = (N − r)·g(k) + r·g(k + 1) for n = kN + r below the cap, μmax + i·θ with i customers waiting
 * (θ = 1 / patience). By PASTA an arrival sees the chain's stationary state: below N·cap it joins an agent
 * holding ⌊n / N⌋ chats at once; otherwise it waits, then joins an agent with cap − 1 others.
 * Costs agents × cap steps plus the queue's tail.
 */
export function chatQueuePerformance(agents: number, spec: ChatQueueSpec, targetSeconds: number): ChatQueuePerformance {
  const lambda = spec.arrivalsPerSecond;
  if (lambda <= 0) return { probabilityOfWait: 0, assignedWithinTarget: 1, serviceLevel: 1, meanWaitSeconds: 0 };
  const table = agentTable(spec.model, spec.cap, targetSeconds);
  const muMax = agents * table.rates[spec.cap];
  const theta = spec.model.patienceSeconds === null ? 0 : 1 / spec.model.patienceSeconds;
  // Nobody online serves nobody; overloaded with nobody leaving, the agents finish what they can and the queue grows.
  if (agents <= 0 || (theta === 0 && muMax <= lambda)) return { probabilityOfWait: 1, assignedWithinTarget: 0, serviceLevel: 0, meanWaitSeconds: Infinity };
  const below = levelWeights(agents, spec.cap, table.rates, lambda);
  const tail = queueTail(lambda, muMax, theta);
  const waitingStates = below.full * tail.states;
  const total = below.byLevel.reduce((a, b) => a + b, 0) + waitingStates;
  const probabilityOfWait = waitingStates / total;
  const queueLength = (below.full * tail.waiting) / total;
  let immediate = 0;
  for (let k = 0; k < spec.cap; k++) immediate += (below.byLevel[k] / total) * table.firstWithin[k];
  // Time in the queue of those who wait is modelled as exponential: a wait of rate δ cut short by patience θ,
  // with δ + θ matched to the chain's mean time in queue (exact for Erlang C, where θ = 0).
  const meanQueueTime = probabilityOfWait > 0 ? queueLength / (lambda * probabilityOfWait) : 0;
  const delta = meanQueueTime > 0 ? Math.max(1e-12, 1 / meanQueueTime - theta) : Infinity;
  return {
    probabilityOfWait,
    assignedWithinTarget: 1 - probabilityOfWait + probabilityOfWait * assignedShare(delta, theta, targetSeconds),
    serviceLevel: immediate + probabilityOfWait * answeredAfterWait(delta, theta, targetSeconds, table.firstWithinAfterWait),
    meanWaitSeconds: queueLength / lambda,
  };
}

/** Where the customers of one hour go with a given number of agents online; shares of arrivals. */
export interface ChatAbandonment {
  /** Left while waiting for an agent (patience). */
  abandonedWaiting: number;
  /** Left inside a chat, a reply keeping them waiting past their reply patience. */
  abandonedInChat: number;
  /** Served to the end of the chat: 1 − abandonedWaiting − abandonedInChat. */
  servedShare: number;
}

/**
 * Customers lost waiting and inside a chat with `agents` online: the chain of chatQueuePerformance with each
 * agent at k chats ending chats at g(k) + u(k), u(k) the chats its customers leave (giveUpRate), since a
 * chat left early frees its slot early; in-chat abandonment is the chain's mean rate of leavers over λ,
 * waiting abandonment θ·E[queue] / λ. The service level keeps the chain without the leavers (the
 * requirement, as check-requirement proves it): they shorten a busy hour's queue, so that chain is on the
 * safe side of the first reply. The approximation holds because the patience is exponential, so the chance
 * of leaving behind j waiting replies is exact given j, and the rest is the chain's own state mix; against
 * the simulator the total lost is within 1.7 points on average, 4.1 at worst, over caps 2-8 from 30 % of
 * the requirement up (staffing/MODEL.md); what it misses is the split: under heavy load it puts a few
 * points too many among those lost waiting and too few inside chats.
 */
export function chatAbandonment(agents: number, spec: ChatQueueSpec): ChatAbandonment {
  const lambda = spec.arrivalsPerSecond;
  if (lambda <= 0) return { abandonedWaiting: 0, abandonedInChat: 0, servedShare: 1 };
  if (agents <= 0) return { abandonedWaiting: 1, abandonedInChat: 0, servedShare: 0 };
  const table = agentTable(spec.model, spec.cap, 0);
  const ending = table.rates.map((rate, k) => rate + table.giveUpRates[k]);
  const atCap = agents * ending[spec.cap];
  const leavingAtCap = agents * table.giveUpRates[spec.cap];
  const theta = spec.model.patienceSeconds === null ? 0 : 1 / spec.model.patienceSeconds;
  if (theta === 0 && atCap <= lambda) {
    // Overloaded with nobody leaving the queue: every agent at the cap, the queue grows.
    return share(1 - atCap / lambda, leavingAtCap / lambda);
  }
  const below = levelWeights(agents, spec.cap, ending, lambda, table.giveUpRates);
  const tail = queueTail(lambda, atCap, theta);
  const waitingStates = below.full * tail.states;
  const total = below.byLevel.reduce((a, b) => a + b, 0) + waitingStates;
  const leaving = (below.tallied + waitingStates * leavingAtCap) / total;
  return share((theta * below.full * tail.waiting) / total / lambda, leaving / lambda);
}

function share(abandonedWaiting: number, abandonedInChat: number): ChatAbandonment {
  return { abandonedWaiting, abandonedInChat, servedShare: Math.max(0, 1 - abandonedWaiting - abandonedInChat) };
}

/**
 * Stationary weights of the states n < N·cap summed by the level k = ⌊n / N⌋ an arrival finds, and the
 * weight of the state N·cap, on one common scale (state 0 weighs 1 until a rescale); walking up with
 * w(n) = w(n − 1)·λ / μ(n) and rescaling when the sum grows large, so nothing overflows. `perAgent`, when
 * given, is tallied over the same states: Σ w(n)·((N − r)·x(k) + r·x(k + 1)).
 */
function levelWeights(agents: number, cap: number, rates: number[], lambda: number, perAgent?: number[]): { byLevel: number[]; full: number; tallied: number } {
  const byLevel = new Array<number>(cap).fill(0);
  byLevel[0] = 1;
  let w = 1;
  let total = 1;
  let tallied = 0;
  for (let n = 1; n <= agents * cap; n++) {
    // n = kN + r with 0 ≤ r < N: r agents hold k + 1 chats, the other N − r hold k.
    const k = Math.floor(n / agents);
    const r = n - k * agents;
    w *= lambda / ((agents - r) * rates[k] + (r > 0 ? r * rates[k + 1] : 0));
    if (n === agents * cap) break;
    byLevel[k] += w;
    total += w;
    if (perAgent) tallied += w * ((agents - r) * perAgent[k] + (r > 0 ? r * perAgent[k + 1] : 0));
    if (total > 1e200) {
      for (let i = 0; i < cap; i++) byLevel[i] /= total;
      w /= total;
      tallied /= total;
      total = 1;
    }
  }
  return { byLevel, full: w, tallied };
}

/** Weights of the states n ≥ N·cap (the state N·cap weighing 1) and of the customers waiting in them. */
function queueTail(lambda: number, muMax: number, theta: number): { states: number; waiting: number } {
  if (theta === 0) {
    const rho = lambda / muMax;
    return { states: 1 / (1 - rho), waiting: rho / (1 - rho) ** 2 };
  }
  let term = 1;
  let states = 1;
  let waiting = 0;
  for (let i = 1; i <= MAX_TAIL_TERMS; i++) {
    term *= lambda / (muMax + i * theta);
    states += term;
    waiting += i * term;
    if (term < TAIL_EPSILON * states && lambda < muMax + i * theta) break;
  }
  return { states, waiting };
}

/** P(assigned within T | wait): the wait of rate δ ends before both T and the patience of rate θ. */
function assignedShare(delta: number, theta: number, targetSeconds: number): number {
  if (delta === Infinity) return 1;
  return (delta / (delta + theta)) * (1 - Math.exp(-(delta + theta) * targetSeconds));
}

/**
 * P(first reply within T | wait) = ∫₀ᵀ δ e^(−(δ+θ)s) F(T − s) ds, F the first-reply chance at the cap: the
 * exponential's mass over each step is exact and F is averaged over the step, so a sharp wait stays accurate.
 */
function answeredAfterWait(delta: number, theta: number, targetSeconds: number, firstWithinAfterWait: number[]): number {
  if (delta === Infinity) return firstWithinAfterWait[0];
  if (targetSeconds <= 0) return 0;
  const rate = delta + theta;
  const h = targetSeconds / WAIT_STEPS;
  let sum = 0;
  for (let i = 0; i < WAIT_STEPS; i++) {
    const mass = Math.exp(-rate * i * h) - Math.exp(-rate * (i + 1) * h);
    sum += mass * (firstWithinAfterWait[i] + firstWithinAfterWait[i + 1]) / 2;
  }
  return Math.min(1, (delta / rate) * sum);
}
