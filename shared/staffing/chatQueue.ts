/**
 * The chat queue with concurrency (see MODEL.md): N agents, each holding up to `cap` chats, with chats
 * spread evenly (平均分流). An agent holding k chats finishes them at a total rate
 * k / (AHT · (1 + inflation · (k - 1))): each extra chat slows every chat the agent holds.
 * An arrival waits only when every agent is at the cap.
 */

/** The queue's fixed inputs for one hour and one queue. */
export interface ChatQueueSpec {
  /** Human chats arriving per second. */
  arrivalsPerSecond: number;
  /** Session length of one chat when the agent holds no other chat, in seconds. */
  ahtSeconds: number;
  /** Maximum concurrent chats per agent (1 gives the classic M/M/N queue). */
  cap: number;
  /** Extra handle time per additional concurrent chat, as a share of AHT; in [0, 1). */
  inflation: number;
}

/** How the queue performs with a given number of agents online. */
export interface ChatQueuePerformance {
  /** Probability that an arriving customer is not assigned at once (every agent at the cap). */
  probabilityOfWait: number;
  /** Share of customers assigned to an agent within the target time. */
  serviceLevel: number;
  /** Mean wait for an agent, in seconds (Infinity when the queue is unstable). */
  meanWaitSeconds: number;
}

/** Chats per second finished by one agent holding `chats` concurrent chats. */
export function agentThroughput(chats: number, ahtSeconds: number, inflation: number): number {
  if (chats <= 0) return 0;
  return chats / (ahtSeconds * (1 + inflation * (chats - 1)));
}

/** Most chats per second that `agents` agents can finish, all at the cap: above this, the queue grows without bound. */
export function maxThroughput(agents: number, spec: ChatQueueSpec): number {
  return agents * agentThroughput(spec.cap, spec.ahtSeconds, spec.inflation);
}

/**
 * Waiting probability and service level with `agents` online, from the birth-death chain over the number
 * of chats in the system. It uses the Erlang B recursion generalised to state-dependent rates,
 * q(n) = a(n)·q(n-1) / (1 + a(n)·q(n-1)) with a(n) = λ / μ(n), which stays in [0, 1] and cannot overflow.
 * Costs agents × cap steps.
 */
export function chatQueuePerformance(agents: number, spec: ChatQueueSpec, targetSeconds: number): ChatQueuePerformance {
  const lambda = spec.arrivalsPerSecond;
  if (lambda <= 0) return { probabilityOfWait: 0, serviceLevel: 1, meanWaitSeconds: 0 };
  const muMax = maxThroughput(agents, spec);
  if (agents <= 0 || muMax <= lambda) return { probabilityOfWait: 1, serviceLevel: 0, meanWaitSeconds: Infinity };
  const blocking = blockingAtCap(agents, spec);
  const rho = lambda / muMax;
  const probabilityOfWait = blocking / (1 - rho * (1 - blocking));
  // Beyond the cap every agent is full and the queue drains at muMax: waits are exponential, as in Erlang C.
  const drain = muMax - lambda;
  return {
    probabilityOfWait,
    serviceLevel: 1 - probabilityOfWait * Math.exp(-drain * targetSeconds),
    meanWaitSeconds: probabilityOfWait / drain,
  };
}

/** P(all N·cap slots busy | at most N·cap chats in the system): the generalised Erlang B value at the cap. */
function blockingAtCap(agents: number, spec: ChatQueueSpec): number {
  const rates: number[] = [];
  for (let k = 0; k <= spec.cap; k++) rates.push(agentThroughput(k, spec.ahtSeconds, spec.inflation));
  let q = 1;
  for (let k = 0; k < spec.cap; k++) {
    const low = rates[k];
    const high = rates[k + 1];
    // n = k·N + r chats: r agents hold k + 1 chats, the other N - r hold k.
    for (let r = 1; r <= agents; r++) {
      const a = spec.arrivalsPerSecond / ((agents - r) * low + r * high);
      q = (a * q) / (1 + a * q);
    }
  }
  return q;
}
