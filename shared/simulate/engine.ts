import { drawDuration, type Customers } from './customers.ts';
import { EventQueue } from './eventQueue.ts';
import { seededRandom, type Random } from './random.ts';
import type { SimulationSpec } from './spec.ts';

const HOUR = 3600;
const enum Kind {
  Hour,
  Arrival,
  Abandon,
  ReplyDone,
  CustomerMessage,
}
const WAITING = 0;
const IN_CHAT = 1;
const CLOSED = 2;
const ABANDONED = 3;

/** What one run records per customer, for the statistics. */
export interface RunRecord {
  customers: Customers;
  /** Seconds from arrival to assignment (NaN: never assigned). */
  admissionWait: Float64Array;
  /** Seconds from arrival to the first reply (NaN: never answered). */
  firstResponse: Float64Array;
  status: Uint8Array;
  horizonSeconds: number;
  /** Per queue: busy agent-seconds, on-duty agent-seconds, open-chat-seconds, the longest queue. */
  busySeconds: number[];
  dutySeconds: number[];
  openChatSeconds: number[];
  maxQueue: number[];
}

interface Agent {
  queue: number;
  index: number;
  open: number;
  busy: boolean;
  pending: number[];
  pendingHead: number;
  busySince: number;
  /** The customer whose message is being answered, or -1. */
  current: number;
}

/** Simulates one per-agent cap over the horizon: 平均分流 routing, FIFO queue at the cap, one reply at a time per agent. */
export function runSimulation(spec: SimulationSpec, customers: Customers, cap: number): RunRecord {
  const hours = spec.queues[0].arrivalsPerHour.length;
  const horizon = hours * HOUR;
  const n = customers.count;
  const rec: RunRecord = {
    customers,
    admissionWait: new Float64Array(n).fill(NaN),
    firstResponse: new Float64Array(n).fill(NaN),
    status: new Uint8Array(n),
    horizonSeconds: horizon,
    busySeconds: spec.queues.map(() => 0),
    dutySeconds: spec.queues.map(() => 0),
    openChatSeconds: spec.queues.map(() => 0),
    maxQueue: spec.queues.map(() => 0),
  };
  const pools: Agent[][] = spec.queues.map((q, qi) => Array.from({ length: Math.max(0, ...q.agentsOnDuty) }, (_, index) => ({ queue: qi, index, open: 0, busy: false, pending: [], pendingHead: 0, busySince: 0, current: -1 })));
  const onDuty = spec.queues.map(() => 0);
  const waiting: number[][] = spec.queues.map(() => []);
  const waitingHead = spec.queues.map(() => 0);
  const agentOf = new Int32Array(n).fill(-1);
  const messagesLeft = Uint16Array.from(customers.messages);
  const streams = new Map<number, Random>();
  const stream = (c: number) => {
    let r = streams.get(c);
    if (!r) streams.set(c, (r = seededRandom(customers.seeds[c], 7)));
    return r;
  };
  const events = new EventQueue();
  for (let h = 0; h < hours; h++) events.push(h * HOUR, Kind.Hour, h);
  for (let c = 0; c < n; c++) events.push(customers.arrival[c], Kind.Arrival, c);
  let now = 0;
  const openTotal = spec.queues.map(() => 0);
  const advance = (t: number) => {
    const dt = Math.min(t, horizon) - Math.min(now, horizon);
    if (dt > 0) for (let q = 0; q < pools.length; q++) (rec.dutySeconds[q] += onDuty[q] * dt), (rec.openChatSeconds[q] += openTotal[q] * dt);
    now = t;
  };
  const agentIdOf = (agent: Agent) => agent.queue * 1_000_000 + agent.index;
  const agentById = (id: number) => pools[Math.floor(id / 1_000_000)][id % 1_000_000];

  const startReply = (agent: Agent) => {
    if (agent.busy || agent.pendingHead >= agent.pending.length) return;
    const c = agent.pending[agent.pendingHead++];
    agent.current = c;
    agent.busy = true;
    agent.busySince = now;
    events.push(now + drawDuration(stream(c), spec.session.replySeconds), Kind.ReplyDone, agentIdOf(agent));
    if (agent.pendingHead > 1024 && agent.pendingHead * 2 > agent.pending.length) (agent.pending = agent.pending.slice(agent.pendingHead)), (agent.pendingHead = 0);
  };
  const assign = (c: number, agent: Agent) => {
    rec.status[c] = IN_CHAT;
    rec.admissionWait[c] = now - customers.arrival[c];
    agentOf[c] = agentIdOf(agent);
    agent.open++;
    openTotal[agent.queue]++;
    agent.pending.push(c);
    startReply(agent);
  };
  const freeAgent = (q: number): Agent | undefined => {
    let best: Agent | undefined;
    for (let i = 0; i < onDuty[q]; i++) {
      const a = pools[q][i];
      if (a.open < cap && (!best || a.open < best.open)) best = a;
    }
    return best;
  };
  const admitWaiting = (q: number) => {
    const line = waiting[q];
    while (waitingHead[q] < line.length) {
      const c = line[waitingHead[q]];
      if (rec.status[c] !== WAITING) {
        waitingHead[q]++;
        continue;
      }
      const agent = freeAgent(q);
      if (!agent) return;
      waitingHead[q]++;
      assign(c, agent);
    }
  };
  const out: [number, number, number] = [0, 0, 0];
  while (events.pop(out)) {
    const [time, kind, id] = out;
    if (time > horizon) break;
    advance(time);
    if (kind === Kind.Hour) {
      spec.queues.forEach((q, qi) => {
        onDuty[qi] = Math.round(q.agentsOnDuty[id] * (1 - spec.breakShare));
        admitWaiting(qi);
      });
    } else if (kind === Kind.Arrival) {
      const q = customers.queue[id];
      const agent = freeAgent(q);
      if (agent && waitingHead[q] >= waiting[q].length) assign(id, agent);
      else {
        waiting[q].push(id);
        rec.maxQueue[q] = Math.max(rec.maxQueue[q], waiting[q].length - waitingHead[q]);
        if (customers.patience[id] !== Infinity) events.push(time + customers.patience[id], Kind.Abandon, id);
        admitWaiting(q);
      }
    } else if (kind === Kind.Abandon) {
      if (rec.status[id] === WAITING) rec.status[id] = ABANDONED;
    } else if (kind === Kind.ReplyDone) {
      finishReply(agentById(id));
    } else {
      agentById(agentOf[id]).pending.push(id);
      startReply(agentById(agentOf[id]));
    }
  }
  advance(horizon);
  for (const pool of pools) for (const agent of pool) if (agent.busy) rec.busySeconds[agent.queue] += horizon - agent.busySince;
  return rec;

  function finishReply(agent: Agent) {
    const c = agent.current;
    agent.current = -1;
    agent.busy = false;
    rec.busySeconds[agent.queue] += now - agent.busySince;
    if (Number.isNaN(rec.firstResponse[c])) rec.firstResponse[c] = now - customers.arrival[c];
    messagesLeft[c]--;
    if (messagesLeft[c] > 0) events.push(now + drawDuration(stream(c), spec.session.thinkSeconds), Kind.CustomerMessage, c);
    else {
      rec.status[c] = CLOSED;
      agent.open--;
      openTotal[agent.queue]--;
      streams.delete(c);
      admitWaiting(agent.queue);
    }
    startReply(agent);
  }
}

export const CUSTOMER_STATUS = { WAITING, IN_CHAT, CLOSED, ABANDONED } as const;
