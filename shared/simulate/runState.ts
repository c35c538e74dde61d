import { EventQueue } from './eventQueue.ts';
import { plannedCap, queueModels, type QueueModel } from './queueModel.ts';
import { SeededRandom } from './random.ts';
import { REPLY_BANDS } from './replyBands.ts';
import { emptyStats, type RunStats } from './runStats.ts';
import { Slots } from './slots.ts';
import type { SimulationSpec } from './spec.ts';

export const HOUR = 3600;
/** Breaks rotate through the staff every quarter of an hour. */
export const BREAK_PERIODS = 4;

/** What an event in the run's queue stands for; its id is an hour, a tick, a queue, an agent or a slot as noted. */
export const enum EventKind {
  /** id: the hour. */
  Hour,
  /** id: hour × BREAK_PERIODS + period. */
  Break,
  /** id: the queue. */
  Arrival,
  /** id: slot + generation × SLOTS. */
  Abandon,
  /** id: the agent. */
  ReplyDone,
  /** id: the slot. */
  CustomerMessage,
  /** id: slot + generation × SLOTS. */
  ReplyAbandon,
}

/** Where a customer is in its life; slots.status holds it. */
export const enum CustomerStatus {
  Waiting,
  InChat,
  Closed,
  Abandoned,
}

/** Watches a run from inside, for tests: `open` is every agent's open chats (read only), agent i of queue q being i plus the earlier queues' largest staffing. */
export interface RunObserver {
  assigned(agent: number, time: number, open: Int32Array): void;
}

/**
 * One run's state, shared by the modules of the engine: routing.ts (who takes a chat), duty.ts (shifts and
 * breaks), customer.ts with replyLine.ts and waitingLine.ts (a customer's life), tally.ts and replyBands.ts
 * (statistics), clock.ts (hour and break ticks), arrivals.ts (each queue's next arrival) and engine.ts (the
 * run loop). Columns of typed arrays indexed by agent, queue or slot, in one object of a single class so
 * every function reading it stays monomorphic across the runs of a sweep.
 */
export class RunState {
  readonly models: QueueModel[];
  readonly queueCount: number;
  readonly hours: number;
  readonly horizon: number;
  /** Per queue: its cap in this run (every queue the run's cap, or as planned each its own). */
  readonly caps: Int32Array;
  readonly stats: RunStats;
  readonly slots = new Slots();
  /** Each queue's next arrival is the event queue's stream of the same index. */
  readonly events: EventQueue;
  now = 0;
  /** Clock ticks per hour: its start, and with breaks each quarter's rotation; and the first order reserved for them. */
  readonly ticksPerHour: number;
  tickOrder = 0;

  // Agents: one flat array over all queues; agent i of queue q has id poolStart[q] + i.
  readonly poolStart: Int32Array;
  readonly agentQueue: Uint8Array;
  readonly open: Int32Array;
  readonly busy: Uint8Array;
  readonly busySince: Float64Array;
  /** 1 while the agent is on a break: it takes no new chats and starts no reply. */
  readonly onBreak: Uint8Array;
  /** The slot whose reply the agent is typing, -1 when none. */
  readonly current: Int32Array;
  /** The agent's line of messages awaiting a reply, linked through slots.nextPending. */
  readonly pendingHead: Int32Array;
  readonly pendingTail: Int32Array;
  // Agents taking chats below the cap sit in one list per (queue, open chats); the head of the lowest list takes the next chat (routing.ts).
  readonly levels: number;
  readonly levelHead: Int32Array;
  readonly levelTail: Int32Array;
  readonly prev: Int32Array;
  readonly next: Int32Array;
  readonly listed: Uint8Array;
  readonly lowestLevel: Int32Array;
  /** Per queue: agents taking new chats, and agents off intake (shift ended, on a break) still holding chats; both are on duty. */
  readonly onDuty: Int32Array;
  readonly holding: Int32Array;
  readonly openTotal: Float64Array;
  /** Per queue: the time up to which its duty and open-chat seconds are counted (tally.ts, integrate). */
  readonly integratedTo: Float64Array;

  // Waiting customers per queue: a FIFO of slots; an abandoned one keeps its slot until it reaches the head,
  // so the line's length overstates the queue and `waiting` counts those still in it.
  readonly lines: Int32Array[];
  readonly lineHead: Int32Array;
  readonly lineTail: Int32Array;
  readonly waiting: Int32Array;

  /**
   * The clock hour (the last hour tick run) and its first (hour, queue) cell. Ticks run before any other
   * event of their instant, so during the loop this is floor(now / HOUR), the horizon's instant in the last
   * hour; and exactly so, as the division cannot round up to the next hour: below (h + 1) × 3600 a double is
   * at least one of its ulps (>= 2^11 ulps of h + 1) short, which divided by 3600 is over half an ulp of h + 1.
   */
  hour = 0;
  hourBase = 0;
  // Per queue, the busy, duty and open-chat seconds counted when the clock hour began.
  readonly busyMark: Float64Array;
  readonly dutyMark: Float64Array;
  readonly openMark: Float64Array;

  /** Per (hour, queue) cell and reply band (tally.ts, countReply): replies, summed into the stats' counts within each threshold at the end. */
  readonly replyBands: Uint32Array;

  /** Per queue and hour: the mean seconds between arrivals, 0 in an hour without any. */
  readonly arrivalGap: Float64Array[];
  readonly arrivalRandom: SeededRandom[];
  readonly customerRandom: SeededRandom[];

  constructor(
    spec: SimulationSpec,
    cap: number | 'planned',
    readonly observer: RunObserver | null,
  ) {
    this.models = queueModels(spec);
    const Q = (this.queueCount = this.models.length);
    this.hours = this.models[0].arrivalsPerHour.length;
    this.horizon = this.hours * HOUR;
    this.ticksPerHour = this.models.some((m) => m.breakShare > 0) ? BREAK_PERIODS : 1;
    this.caps = Int32Array.from(spec.queues, (q) => (cap === 'planned' ? plannedCap(q) : cap));
    this.stats = emptyStats(this.hours, Q);
    this.events = new EventQueue(Q);
    this.poolStart = new Int32Array(Q + 1);
    this.models.forEach((m, q) => (this.poolStart[q + 1] = this.poolStart[q] + Math.max(0, ...m.agentsOnDuty)));
    const agents = this.poolStart[Q];
    this.agentQueue = new Uint8Array(agents);
    for (let q = 0; q < Q; q++) this.agentQueue.fill(q, this.poolStart[q], this.poolStart[q + 1]);
    this.open = new Int32Array(agents);
    this.busy = new Uint8Array(agents);
    this.busySince = new Float64Array(agents);
    this.onBreak = new Uint8Array(agents);
    this.current = new Int32Array(agents).fill(-1);
    this.pendingHead = new Int32Array(agents).fill(-1);
    this.pendingTail = new Int32Array(agents).fill(-1);
    this.levels = Math.max(...this.caps);
    this.levelHead = new Int32Array(Q * this.levels).fill(-1);
    this.levelTail = new Int32Array(Q * this.levels).fill(-1);
    this.prev = new Int32Array(agents).fill(-1);
    this.next = new Int32Array(agents).fill(-1);
    this.listed = new Uint8Array(agents);
    this.lowestLevel = new Int32Array(Q);
    this.onDuty = new Int32Array(Q);
    this.holding = new Int32Array(Q);
    this.openTotal = new Float64Array(Q);
    this.integratedTo = new Float64Array(Q);
    this.lines = this.models.map(() => new Int32Array(256));
    this.lineHead = new Int32Array(Q);
    this.lineTail = new Int32Array(Q);
    this.waiting = new Int32Array(Q);
    this.replyBands = new Uint32Array(this.hours * Q * REPLY_BANDS);
    this.busyMark = new Float64Array(Q);
    this.dutyMark = new Float64Array(Q);
    this.openMark = new Float64Array(Q);
    this.arrivalGap = this.models.map((m) => Float64Array.from(m.arrivalsPerHour, (perHour) => (perHour > 0 ? HOUR / perHour : 0)));
    this.arrivalRandom = this.models.map((_, q) => new SeededRandom(spec.seed, 1 + q));
    this.customerRandom = this.models.map((_, q) => new SeededRandom(spec.seed, 100 + q));
  }
}
