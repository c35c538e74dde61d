import { REPLY_THRESHOLDS } from '../chat/serviceMeasures.ts';
import { EventQueue } from './eventQueue.ts';
import { bucketAtLeastOneSecond, COARSE_TABLE, FINE_TABLE } from './bucketTable.ts';
import { COARSE, FINE, SUB_SECOND_BUCKETS } from './histogram.ts';
import { SeededRandom } from './random.ts';
import { emptyStats, type RunStats } from './runStats.ts';
import { SLOTS, Slots, uniform } from './slots.ts';
import type { SimulationSpec } from './spec.ts';

const HOUR = 3600;
/** Breaks rotate through the staff every quarter of an hour. */
const BREAK_PERIODS = 4;
const enum Kind {
  Hour,
  Break,
  Arrival,
  Abandon,
  ReplyDone,
  CustomerMessage,
  ReplyAbandon,
}
const WAITING = 0;
const IN_CHAT = 1;
const CLOSED = 2;
const ABANDONED = 3;

/** Per-queue session parameters, resolved once. */
interface QueueModel {
  arrivalsPerHour: number[];
  agentsOnDuty: number[];
  messages: SimulationSpec['session']['messages'];
  replyMean: number;
  replyExponential: boolean;
  thinkMean: number;
  thinkExponential: boolean;
  patience: number | null;
  replyPatience: number | null;
  /** First response within this many seconds is on time. */
  sla: number;
  /** Share of on-duty agents on a staggered break. */
  breakShare: number;
}

function queueModels(spec: SimulationSpec): QueueModel[] {
  return spec.queues.map((q) => {
    const session = q.session ?? spec.session;
    return {
      arrivalsPerHour: q.arrivalsPerHour,
      agentsOnDuty: q.agentsOnDuty,
      messages: session.messages,
      replyMean: session.replySeconds.mean,
      replyExponential: session.replySeconds.distribution === 'exponential',
      thinkMean: session.thinkSeconds.mean,
      thinkExponential: session.thinkSeconds.distribution === 'exponential',
      patience: q.patienceSeconds === undefined ? spec.patienceSeconds : q.patienceSeconds,
      replyPatience: q.replyPatienceSeconds === undefined ? spec.replyPatienceSeconds : q.replyPatienceSeconds,
      sla: q.slaSeconds ?? spec.slaSeconds,
      breakShare: q.breakShare ?? spec.breakShare,
    };
  });
}

/** Counts a duration in a per-queue FINE histogram and a per-hour COARSE one; bucket tables spare a logarithm per count. */
function count(fine: Uint32Array, fineOffset: number, coarse: Uint32Array, coarseOffset: number, seconds: number): void {
  if (seconds < 1) {
    const b = Math.max(0, Math.floor(seconds * SUB_SECOND_BUCKETS));
    fine[fineOffset + b]++;
    coarse[coarseOffset + b]++;
    return;
  }
  fine[fineOffset + bucketAtLeastOneSecond(seconds, FINE_TABLE)]++;
  coarse[coarseOffset + bucketAtLeastOneSecond(seconds, COARSE_TABLE)]++;
}

function messageCount(random: SeededRandom, messages: QueueModel['messages']): number {
  if (messages.distribution === 'fixed') return Math.max(1, Math.round(messages.mean));
  // Geometric on {1, 2, ...} with the given mean.
  const p = 1 / Math.max(1, messages.mean);
  return Math.min(1000, 1 + Math.floor(Math.log(1 - random.next()) / Math.log(1 - p || Number.MIN_VALUE)) || 1);
}

/** A queue's own cap, for a run "as planned". */
function plannedCap(queue: SimulationSpec['queues'][number]): number {
  if (queue.cap === undefined) throw new RangeError(`queue ${queue.queue} has no cap of its own to simulate as planned`);
  return queue.cap;
}

/**
 * Simulates one per-agent cap (or, 'planned', each queue at its own) over the horizon: 平均分流 routing (the on-duty agent with fewest open
 * chats below the cap), a FIFO queue when all are at the cap, one reply at a time per agent across its
 * chats. Customers are drawn as they arrive from streams seeded per queue, so every cap of a sweep sees
 * the same customers (common random numbers) and nothing is kept per chat once it has left.
 */
export function runSimulation(spec: SimulationSpec, cap: number | 'planned', observer?: RunObserver): RunStats {
  return new Run(spec, cap, observer ?? null).run();
}

/** Watches a run from inside, for tests: `open` is every agent's open chats (read only), agent i of queue q being i plus the earlier queues' largest staffing. */
export interface RunObserver {
  assigned(agent: number, time: number, open: Int32Array): void;
}

/**
 * One run's state. A class with methods rather than closures: V8 then keeps one optimised engine for
 * every run of a sweep instead of throwing it away when the next run makes fresh closures.
 */
class Run {
  private readonly models: QueueModel[];
  private readonly queueCount: number;
  private readonly hours: number;
  private readonly horizon: number;
  /** Per queue: its cap in this run (every queue the run's cap, or as planned each its own). */
  private readonly caps: Int32Array;
  private readonly stats: RunStats;
  private readonly slots = new Slots();
  /** Each queue's next arrival is the event queue's stream of the same index. */
  private readonly events: EventQueue;
  private now = 0;
  /** Clock ticks per hour: its start, and with breaks each quarter's rotation; and the first order reserved for them. */
  private readonly ticksPerHour: number;
  private tickOrder = 0;

  // Agents: one flat array over all queues; agent i of queue q has id poolStart[q] + i.
  private readonly poolStart: Int32Array;
  private readonly agentQueue: Uint8Array;
  private readonly open: Int32Array;
  private readonly busy: Uint8Array;
  private readonly busySince: Float64Array;
  /** 1 while the agent is on a break: it takes no new chats and starts no reply. */
  private readonly onBreak: Uint8Array;
  private readonly current: Int32Array;
  private readonly pendingHead: Int32Array;
  private readonly pendingTail: Int32Array;
  // On-duty agents sit in one list per (queue, open chats); the head of the lowest list below the cap takes the next chat.
  private readonly levels: number;
  private readonly levelHead: Int32Array;
  private readonly levelTail: Int32Array;
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  private readonly listed: Uint8Array;
  private readonly lowestLevel: Int32Array;
  /** Per queue: agents taking new chats, and agents off intake (shift ended, on a break) still holding chats; both are on duty. */
  private readonly onDuty: Int32Array;
  private readonly holding: Int32Array;
  private readonly openTotal: Float64Array;

  // Waiting customers per queue: a FIFO of slots; an abandoned one keeps its slot until it reaches the head,
  // so the line's length overstates the queue and `waiting` counts those still in it.
  private readonly lines: Int32Array[];
  private readonly lineHead: Int32Array;
  private readonly lineTail: Int32Array;
  private readonly waiting: Int32Array;

  // The clock hour's first (hour, queue) cell, and per queue the busy, duty and open-chat seconds counted when it began.
  private hourBase = 0;
  private readonly busyMark: Float64Array;
  private readonly dutyMark: Float64Array;
  private readonly openMark: Float64Array;

  private readonly arrivalRandom: SeededRandom[];
  private readonly customerRandom: SeededRandom[];

  constructor(
    spec: SimulationSpec,
    cap: number | 'planned',
    private readonly observer: RunObserver | null,
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
    this.levels = Math.max(...this.caps) + 1;
    this.levelHead = new Int32Array(Q * this.levels).fill(-1);
    this.levelTail = new Int32Array(Q * this.levels).fill(-1);
    this.prev = new Int32Array(agents).fill(-1);
    this.next = new Int32Array(agents).fill(-1);
    this.listed = new Uint8Array(agents);
    this.lowestLevel = new Int32Array(Q);
    this.onDuty = new Int32Array(Q);
    this.holding = new Int32Array(Q);
    this.openTotal = new Float64Array(Q);
    this.lines = this.models.map(() => new Int32Array(256));
    this.lineHead = new Int32Array(Q);
    this.lineTail = new Int32Array(Q);
    this.waiting = new Int32Array(Q);
    this.busyMark = new Float64Array(Q);
    this.dutyMark = new Float64Array(Q);
    this.openMark = new Float64Array(Q);
    this.arrivalRandom = this.models.map((_, q) => new SeededRandom(spec.seed, 1 + q));
    this.customerRandom = this.models.map((_, q) => new SeededRandom(spec.seed, 100 + q));
  }

  run(): RunStats {
    const { horizon, stats } = this;
    this.tickOrder = this.events.reserve(this.hours * this.ticksPerHour);
    this.scheduleTick(0);
    for (let q = 0; q < this.queueCount; q++) this.scheduleArrival(q, 0);
    this.loop();
    this.advance(horizon);
    this.closeHour();
    for (let a = 0; a < this.busy.length; a++) if (this.busy[a]) stats.busySeconds[this.agentQueue[a]] += horizon - this.busySince[a];
    this.countOpenAtEnd();
    return stats;
  }

  /**
   * The event loop, alone in its method: V8 optimises it once for every run, where a loop sharing its
   * method with the once-a-run setup and wrap-up fell back to the interpreter at each run's start.
   */
  private loop(): void {
    const { events, horizon, slots } = this;
    while (events.pop()) {
      const time = events.time;
      const kind = events.kind;
      const id = events.id;
      if (time > horizon) break;
      this.advance(time);
      if (kind === Kind.Hour) {
        this.scheduleTick(id * this.ticksPerHour + 1);
        this.startHour(id);
      } else if (kind === Kind.Break) {
        this.scheduleTick(id + 1);
        this.setIntake(Math.floor(id / BREAK_PERIODS), id % BREAK_PERIODS);
      } else if (kind === Kind.Arrival) {
        this.scheduleArrival(id, time);
        this.arrive(id);
      } else if (kind === Kind.Abandon) this.abandon(id);
      else if (kind === Kind.ReplyDone) this.finishReply(id);
      else if (kind === Kind.CustomerMessage) this.queueMessage(slots.agent[id], id);
      else this.giveUpReply(id);
    }
  }

  /**
   * Pushes clock tick k (each hour's start, then its break rotations), one at a time so the heap stays
   * small, with the order reserved for it at the start: ties then break as if every tick had been pushed first.
   */
  private scheduleTick(k: number): void {
    if (k >= this.hours * this.ticksPerHour) return;
    const hour = Math.floor(k / this.ticksPerHour);
    const period = k % this.ticksPerHour;
    if (period === 0) this.events.pushOrdered(hour * HOUR, Kind.Hour, hour, this.tickOrder + k);
    else this.events.pushOrdered(hour * HOUR + (period * HOUR) / BREAK_PERIODS, Kind.Break, hour * BREAK_PERIODS + period, this.tickOrder + k);
  }

  private startHour(hour: number): void {
    if (hour > 0) this.closeHour();
    this.hourBase = hour * this.queueCount;
    this.setIntake(hour, 0);
    // The queue carried over from the last hour (after the new shift's agents took what they could) is this hour's too.
    for (let q = 0; q < this.queueCount; q++) this.stats.hourMaxQueue[this.hourBase + q] = Math.max(this.stats.hourMaxQueue[this.hourBase + q], this.waiting[q]);
  }

  /** Books the clock hour's busy, duty and open-chat seconds, counting replies still in progress up to now. */
  private closeHour(): void {
    const { stats, now } = this;
    for (let q = 0; q < this.queueCount; q++) {
      let busy = stats.busySeconds[q];
      for (let a = this.poolStart[q]; a < this.poolStart[q + 1]; a++) if (this.busy[a]) busy += now - this.busySince[a];
      const cell = this.hourBase + q;
      stats.hourBusySeconds[cell] = busy - this.busyMark[q];
      stats.hourDutySeconds[cell] = stats.dutySeconds[q] - this.dutyMark[q];
      stats.hourOpenChatSeconds[cell] = stats.openChatSeconds[q] - this.openMark[q];
      this.busyMark[q] = busy;
      this.dutyMark[q] = stats.dutySeconds[q];
      this.openMark[q] = stats.openChatSeconds[q];
      if (stats.hourMaxQueue[cell] > stats.maxQueue[q]) stats.maxQueue[q] = stats.hourMaxQueue[cell];
    }
  }

  /** Customers still in the system at the horizon's end, from their own status rather than the other counters, so conservation is a check. */
  private countOpenAtEnd(): void {
    const { slots, stats } = this;
    for (let slot = 0; slot < slots.used; slot++) {
      if (slots.status[slot] !== WAITING && slots.status[slot] !== IN_CHAT) continue;
      stats.openAtEnd[slots.queue[slot]]++;
      stats.hourOpenAtEnd[slots.hourCell[slot]]++;
    }
  }

  private link(a: number): void {
    const q = this.agentQueue[a];
    const cell = q * this.levels + this.open[a];
    const tail = this.levelTail[cell];
    this.prev[a] = tail;
    this.next[a] = -1;
    if (tail >= 0) this.next[tail] = a;
    else this.levelHead[cell] = a;
    this.levelTail[cell] = a;
    this.listed[a] = 1;
    if (this.open[a] < this.lowestLevel[q]) this.lowestLevel[q] = this.open[a];
  }

  private unlink(a: number): void {
    const cell = this.agentQueue[a] * this.levels + this.open[a];
    const before = this.prev[a];
    const after = this.next[a];
    if (before >= 0) this.next[before] = after;
    else this.levelHead[cell] = after;
    if (after >= 0) this.prev[after] = before;
    else this.levelTail[cell] = before;
    this.listed[a] = 0;
  }

  private freeAgent(q: number): number {
    const cap = this.caps[q];
    for (let k = this.lowestLevel[q]; k < cap; k++) {
      const a = this.levelHead[q * this.levels + k];
      if (a >= 0) {
        this.lowestLevel[q] = k;
        return a;
      }
    }
    this.lowestLevel[q] = cap;
    return -1;
  }

  private changeOpen(a: number, delta: number): void {
    if (this.listed[a]) {
      this.unlink(a);
      this.open[a] += delta;
      this.link(a);
    } else if ((this.open[a] += delta) === 0) this.holding[this.agentQueue[a]]--;
  }

  /** The agent takes new chats from now on. */
  private join(a: number): void {
    this.link(a);
    if (this.open[a] > 0) this.holding[this.agentQueue[a]]--;
  }

  /** The agent takes no new chats but stays on duty until it has closed those it holds. */
  private leave(a: number): void {
    this.unlink(a);
    if (this.open[a] > 0) this.holding[this.agentQueue[a]]++;
  }

  private lineLength(q: number): number {
    return this.lineTail[q] - this.lineHead[q];
  }

  private enqueue(q: number, slot: number): void {
    let line = this.lines[q];
    if (this.lineTail[q] === line.length) {
      // Full at the back: move the live part to the front, into a doubled array when it fills over half.
      const length = this.lineLength(q);
      if (length * 2 > line.length) {
        const wider = new Int32Array(line.length * 2);
        wider.set(line.subarray(this.lineHead[q], this.lineTail[q]));
        this.lines[q] = line = wider;
      } else line.copyWithin(0, this.lineHead[q], this.lineTail[q]);
      this.lineHead[q] = 0;
      this.lineTail[q] = length;
    }
    line[this.lineTail[q]++] = slot;
  }

  /** The queue's next arrival: a Poisson stream at each hour's rate, drawn one arrival ahead. */
  private scheduleArrival(q: number, from: number): void {
    const perHour = this.models[q].arrivalsPerHour;
    for (let hour = Math.floor(from / HOUR); hour < this.hours; hour++, from = hour * HOUR) {
      if (perHour[hour] <= 0) continue;
      // Memoryless: a draw past the hour's end is discarded and the next hour starts afresh at its own rate.
      const t = from + this.arrivalRandom[q].exponential(HOUR / perHour[hour]);
      if (t < (hour + 1) * HOUR) return this.events.pushStream(q, t, Kind.Arrival, q);
    }
  }

  private advance(t: number): void {
    const dt = Math.min(t, this.horizon) - Math.min(this.now, this.horizon);
    if (dt > 0) {
      for (let q = 0; q < this.queueCount; q++) {
        this.stats.dutySeconds[q] += (this.onDuty[q] + this.holding[q]) * dt;
        this.stats.openChatSeconds[q] += this.openTotal[q] * dt;
      }
    }
    this.now = t;
  }

  /** The (hour, queue) cell of a clock time. */
  private clockCell(q: number, time: number): number {
    return Math.min(this.hours - 1, Math.floor(time / HOUR)) * this.queueCount + q;
  }

  /** Counts a reply's response time by the hour its message was sent, for the platforms' response rates. */
  private countReply(q: number, askedAt: number): void {
    const { stats } = this;
    const cell = this.clockCell(q, askedAt);
    const response = this.now - askedAt;
    stats.hourReplied[cell]++;
    stats.hourResponseSum[cell] += response;
    for (let i = 0; i < REPLY_THRESHOLDS.length; i++) if (response <= REPLY_THRESHOLDS[i]) stats.hourRepliedWithin[i][cell]++;
  }

  private startReply(a: number): void {
    const slot = this.pendingHead[a];
    if (this.busy[a] || slot < 0 || this.onBreak[a]) return;
    const slots = this.slots;
    slots.awaiting[slot] = 0;
    this.pendingHead[a] = slots.nextPending[slot];
    if (this.pendingHead[a] < 0) this.pendingTail[a] = -1;
    this.current[a] = slot;
    this.busy[a] = 1;
    this.busySince[a] = this.now;
    const m = this.models[this.agentQueue[a]];
    this.events.push(this.now + (m.replyExponential ? -m.replyMean * Math.log(1 - uniform(slots, slot)) : m.replyMean), Kind.ReplyDone, a);
  }

  private queueMessage(a: number, slot: number): void {
    const slots = this.slots;
    slots.nextPending[slot] = -1;
    slots.awaiting[slot] = 1;
    slots.askedAt[slot] = this.now;
    this.stats.hourAsked[this.clockCell(slots.queue[slot], this.now)]++;
    const patience = this.models[slots.queue[slot]].replyPatience;
    if (patience !== null) {
      const giveUp = this.now - patience * Math.log(1 - uniform(slots, slot));
      slots.giveUpAt[slot] = giveUp;
      this.events.push(giveUp, Kind.ReplyAbandon, slot + slots.generation[slot] * SLOTS);
    }
    const tail = this.pendingTail[a];
    if (tail >= 0) slots.nextPending[tail] = slot;
    else this.pendingHead[a] = slot;
    this.pendingTail[a] = slot;
    this.startReply(a);
  }

  private assign(slot: number, a: number): void {
    const { slots, stats } = this;
    const q = slots.queue[slot];
    const wait = this.now - slots.arrival[slot];
    slots.status[slot] = IN_CHAT;
    slots.agent[slot] = a;
    stats.admitted[q]++;
    stats.waitSum[q] += wait;
    if (wait > stats.waitMax[q]) stats.waitMax[q] = wait;
    const cell = slots.hourCell[slot];
    stats.hourAdmitted[cell]++;
    stats.hourWaitSum[cell] += wait;
    if (wait > stats.hourWaitMax[cell]) stats.hourWaitMax[cell] = wait;
    count(stats.waitHist, q * FINE.buckets, stats.hourWaitHist, cell * COARSE.buckets, wait);
    this.changeOpen(a, 1);
    this.openTotal[q]++;
    if (this.observer !== null) this.observer.assigned(a, this.now, this.open);
    this.queueMessage(a, slot);
  }

  private admitWaiting(q: number): void {
    const line = this.lines[q];
    const slots = this.slots;
    while (this.lineHead[q] < this.lineTail[q]) {
      const slot = line[this.lineHead[q]];
      if (slots.status[slot] !== WAITING) {
        this.lineHead[q]++;
        slots.release(slot);
        continue;
      }
      const a = this.freeAgent(q);
      if (a < 0) return;
      this.lineHead[q]++;
      this.waiting[q]--;
      this.assign(slot, a);
    }
    this.lineHead[q] = this.lineTail[q] = 0;
  }

  private arrive(q: number): void {
    const { slots, stats, now } = this;
    const m = this.models[q];
    const slot = slots.take();
    const random = this.customerRandom[q];
    slots.arrival[slot] = now;
    slots.queue[slot] = q;
    slots.status[slot] = WAITING;
    slots.answered[slot] = 0;
    slots.messagesLeft[slot] = messageCount(random, m.messages);
    slots.patience[slot] = m.patience === null ? Infinity : random.exponential(m.patience);
    slots.random[slot] = Math.floor(random.next() * 2 ** 32) | 0;
    const cell = Math.min(this.hours - 1, Math.floor(now / HOUR)) * this.queueCount + q;
    slots.hourCell[slot] = cell;
    stats.arrivals[q]++;
    stats.hourArrivals[cell]++;
    // Someone still waiting means no agent is free (every release admits from the line first).
    const a = this.waiting[q] === 0 ? this.freeAgent(q) : -1;
    if (a >= 0) return this.assign(slot, a);
    this.enqueue(q, slot);
    if (++this.waiting[q] > stats.hourMaxQueue[this.hourBase + q]) stats.hourMaxQueue[this.hourBase + q] = this.waiting[q];
    if (slots.patience[slot] !== Infinity) this.events.push(now + slots.patience[slot], Kind.Abandon, slot + slots.generation[slot] * SLOTS);
    this.admitWaiting(q);
  }

  private abandon(id: number): void {
    const { slots, stats } = this;
    const slot = id % SLOTS;
    if (slots.generation[slot] !== Math.floor(id / SLOTS) || slots.status[slot] !== WAITING) return;
    slots.status[slot] = ABANDONED;
    this.waiting[slots.queue[slot]]--;
    stats.abandoned[slots.queue[slot]]++;
    stats.hourAbandoned[slots.hourCell[slot]]++;
  }

  private finishReply(a: number): void {
    const { slots, stats, now } = this;
    const slot = this.current[a];
    const q = this.agentQueue[a];
    this.current[a] = -1;
    this.busy[a] = 0;
    stats.busySeconds[q] += now - this.busySince[a];
    this.countReply(q, slots.askedAt[slot]);
    if (!slots.answered[slot]) {
      slots.answered[slot] = 1;
      const first = now - slots.arrival[slot];
      stats.answered[q]++;
      stats.firstSum[q] += first;
      if (first > stats.firstMax[q]) stats.firstMax[q] = first;
      const cell = slots.hourCell[slot];
      stats.hourAnswered[cell]++;
      stats.hourFirstSum[cell] += first;
      if (first > stats.hourFirstMax[cell]) stats.hourFirstMax[cell] = first;
      count(stats.firstHist, q * FINE.buckets, stats.hourFirstHist, cell * COARSE.buckets, first);
      if (first <= this.models[q].sla) {
        stats.onTime[q]++;
        stats.hourOnTime[cell]++;
      }
    }
    if (--slots.messagesLeft[slot] > 0) {
      const m = this.models[q];
      this.events.push(now + (m.thinkExponential ? -m.thinkMean * Math.log(1 - uniform(slots, slot)) : m.thinkMean), Kind.CustomerMessage, slot);
      // The reply typed, an agent on a break hands the chat on rather than keep the customer waiting.
      if (this.onBreak[a]) this.handOver(a, slot);
    } else {
      slots.status[slot] = CLOSED;
      stats.served[q]++;
      stats.hourServed[slots.hourCell[slot]]++;
      this.changeOpen(a, -1);
      this.openTotal[q]--;
      slots.release(slot);
      this.admitWaiting(q);
    }
    this.startReply(a);
  }

  /**
   * Who takes new chats in this quarter of the hour: the hour's first agents, less a `breakShare` of them
   * on a staggered break, the window of resting agents moving on every quarter so breaks rotate through
   * the staff. Agents joining take chats from now on; agents leaving keep and finish the chats they hold.
   */
  private setIntake(hour: number, period: number): void {
    let breaksBegin = false;
    for (let q = 0; q < this.queueCount; q++) {
      const staffed = this.models[q].agentsOnDuty[hour];
      const taking = Math.round(staffed * (1 - this.models[q].breakShare));
      const resting = staffed - taking;
      const firstResting = resting > 0 ? ((hour * BREAK_PERIODS + period) * resting) % staffed : 0;
      for (let i = 0, a = this.poolStart[q]; a < this.poolStart[q + 1]; i++, a++) {
        const takes = i < staffed && (i - firstResting + staffed) % staffed >= resting;
        const rests = i < staffed && !takes;
        if (this.onBreak[a] && !rests) {
          // Back from the break, or off shift (then it finishes the chats it still holds).
          this.onBreak[a] = 0;
          this.startReply(a);
        } else if (rests && !this.onBreak[a]) {
          this.onBreak[a] = 1;
          breaksBegin = true;
        }
        if (takes && !this.listed[a]) this.join(a);
        else if (!takes && this.listed[a]) this.leave(a);
      }
      this.onDuty[q] = taking;
    }
    if (breaksBegin) this.handOverFromBreaks();
    for (let q = 0; q < this.queueCount; q++) this.admitWaiting(q);
  }

  /**
   * Agents going on a break hand their open chats to colleagues with room (平均分流 again): a chat waiting
   * for a reply joins the colleague's line of replies, a thinking one sends its next message there. The
   * reply being typed is finished first (finishReply hands that chat on). A chat no colleague has room for
   * stays and waits for the agent's return, or leaves after its reply patience.
   */
  private handOverFromBreaks(): void {
    const slots = this.slots;
    for (let slot = 0; slot < slots.used; slot++) {
      if (slots.status[slot] !== IN_CHAT) continue;
      const a = slots.agent[slot];
      if (this.onBreak[a] && this.current[a] !== slot) this.handOver(a, slot);
    }
  }

  /** Moves one chat from agent `a` to the least-loaded colleague with room, if any. */
  private handOver(a: number, slot: number): void {
    const slots = this.slots;
    const b = this.freeAgent(this.agentQueue[a]);
    if (b < 0) return;
    if (slots.awaiting[slot]) this.removePending(a, slot);
    this.changeOpen(a, -1);
    this.changeOpen(b, 1);
    slots.agent[slot] = b;
    if (slots.awaiting[slot]) this.requeue(b, slot);
  }

  /** Puts an awaited message in agent `b`'s line of replies without drawing a new patience: the customer is still waiting for the same reply. */
  private requeue(b: number, slot: number): void {
    const slots = this.slots;
    slots.nextPending[slot] = -1;
    const tail = this.pendingTail[b];
    if (tail >= 0) slots.nextPending[tail] = slot;
    else this.pendingHead[b] = slot;
    this.pendingTail[b] = slot;
    this.startReply(b);
  }

  /** Takes a message out of agent `a`'s line of replies (a line no longer than the agent's chats). */
  private removePending(a: number, slot: number): void {
    const slots = this.slots;
    let before = -1;
    for (let s = this.pendingHead[a]; s >= 0; before = s, s = slots.nextPending[s]) {
      if (s !== slot) continue;
      const after = slots.nextPending[s];
      if (before >= 0) slots.nextPending[before] = after;
      else this.pendingHead[a] = after;
      if (this.pendingTail[a] === slot) this.pendingTail[a] = before;
      return;
    }
  }

  /** A customer waiting too long for a reply inside a chat leaves it (reply patience). */
  private giveUpReply(id: number): void {
    const { slots, stats } = this;
    const slot = id % SLOTS;
    if (slots.generation[slot] !== Math.floor(id / SLOTS) || slots.status[slot] !== IN_CHAT || !slots.awaiting[slot] || slots.giveUpAt[slot] !== this.events.time) return;
    const a = slots.agent[slot];
    const q = slots.queue[slot];
    this.removePending(a, slot);
    slots.awaiting[slot] = 0;
    slots.status[slot] = ABANDONED;
    stats.abandoned[q]++;
    stats.abandonedInChat[q]++;
    stats.hourAbandoned[slots.hourCell[slot]]++;
    stats.hourAbandonedInChat[slots.hourCell[slot]]++;
    this.changeOpen(a, -1);
    this.openTotal[q]--;
    slots.release(slot);
    this.admitWaiting(q);
  }
}
