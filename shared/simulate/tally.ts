import { bucketInCell, bucketInTableCell, cellOf, COARSE_TABLE, FINE_TABLE } from './bucketTable.ts';
import { COARSE, FINE, SUB_SECOND_BUCKETS } from './histogram.ts';
import { ASCENDING_THRESHOLDS, REPLY_BANDS } from './replyBands.ts';
import { CustomerStatus, type RunState } from './runState.ts';

// What a run counts as it goes, into its RunStats (runStats.ts): per queue, per (hour, queue) cell by the
// hour a customer arrived, and by the clock.

/**
 * Adds queue q's agent-seconds on duty and of open chats since they last changed: called before each
 * change of onDuty, holding or openTotal (and at each hour's close) rather than at every event, so an
 * event that changes none of them costs nothing here.
 */
export function integrate(s: RunState, q: number): void {
  const dt = s.now - s.integratedTo[q];
  if (dt > 0) {
    s.stats.dutySeconds[q] += (s.onDuty[q] + s.holding[q]) * dt;
    s.stats.openChatSeconds[q] += s.openTotal[q] * dt;
  }
  s.integratedTo[q] = s.now;
}

// The bucket tables' columns in module constants: read through the table objects at each count, they cost
// 3 % of a cap-1 run.
const FINE_CELL_START = FINE_TABLE.cellStart;
const FINE_NEXT_LOWEST = FINE_TABLE.nextLowest;
const COARSE_CELL_START = COARSE_TABLE.cellStart;
const COARSE_NEXT_LOWEST = COARSE_TABLE.nextLowest;

/**
 * Counts the time since the customer in `slot` arrived in a per-queue FINE histogram and a per-hour COARSE
 * one, for a duration the bucket tables do not cover (under a second, or past the tables). The callers
 * count a duration the tables cover themselves (cellOf >= 0): through this function, the call cost 3 % of
 * a cap-1 run. It works the duration out itself: a double passed to a function V8 has not inlined is boxed.
 */
function countOffTable(s: RunState, slot: number, fine: Uint32Array, fineOffset: number, coarse: Uint32Array, coarseOffset: number): void {
  const seconds = s.now - s.slots.arrival[slot];
  if (seconds < 1) {
    const b = Math.max(0, Math.floor(seconds * SUB_SECOND_BUCKETS));
    fine[fineOffset + b]++;
    coarse[coarseOffset + b]++;
    return;
  }
  const cell = cellOf(seconds);
  fine[fineOffset + bucketInCell(seconds, cell, FINE_TABLE)]++;
  coarse[coarseOffset + bucketInCell(seconds, cell, COARSE_TABLE)]++;
}

/** A customer arrived; `cell` is its arrival hour's. */
export function countArrival(s: RunState, cell: number): void {
  s.stats.hourArrivals[cell]++;
}

/** Queue q's line grew: the clock hour's longest queue may have too. */
export function countQueueLength(s: RunState, q: number): void {
  const cell = s.hourBase + q;
  if (s.waiting[q] > s.stats.hourMaxQueue[cell]) s.stats.hourMaxQueue[cell] = s.waiting[q];
}

// The count functions take the customer's slot, not a duration: a double passed to a function V8 has not
// inlined is boxed, an allocation per event.

/** The customer in `slot` was assigned an agent now (hourAdmitted is counted from the histogram at the end). */
export function countAdmission(s: RunState, slot: number): void {
  const { slots, stats } = s;
  const q = slots.queue[slot];
  const cell = slots.hourCell[slot];
  const wait = s.now - slots.arrival[slot];
  stats.waitSum[q] += wait;
  stats.hourWaitSum[cell] += wait;
  if (wait > stats.hourWaitMax[cell]) stats.hourWaitMax[cell] = wait;
  // Most customers are taken as they arrive: their zero wait goes in the first buckets without a call.
  if (wait === 0) {
    stats.waitHist[q * FINE.buckets]++;
    stats.hourWaitHist[cell * COARSE.buckets]++;
    return;
  }
  const tableCell = wait >= 1 ? cellOf(wait) : -1;
  if (tableCell >= 0) {
    stats.waitHist[q * FINE.buckets + bucketInTableCell(wait, tableCell, FINE_CELL_START, FINE_NEXT_LOWEST)]++;
    stats.hourWaitHist[cell * COARSE.buckets + bucketInTableCell(wait, tableCell, COARSE_CELL_START, COARSE_NEXT_LOWEST)]++;
  } else countOffTable(s, slot, stats.waitHist, q * FINE.buckets, stats.hourWaitHist, cell * COARSE.buckets);
}

/** A customer of queue q sent a message now; returns the clock hour's cell, where its reply will be counted. */
export function countAsked(s: RunState, q: number): number {
  const cell = s.hourBase + q;
  s.stats.hourAsked[cell]++;
  return cell;
}

/**
 * Counts the reply to the customer in `slot`, finished now, by the clock hour its message was sent, for the
 * platforms' response rates: into one band per reply, the replies and those within each threshold summed
 * from the bands at the end (replyBands.ts).
 */
export function countReply(s: RunState, slot: number): void {
  const { slots, stats } = s;
  const cell = slots.askedCell[slot];
  const response = s.now - slots.askedAt[slot];
  stats.hourResponseSum[cell] += response;
  let band = 0;
  while (band < ASCENDING_THRESHOLDS.length && response > ASCENDING_THRESHOLDS[band]) band++;
  s.replyBands[cell * REPLY_BANDS + band]++;
}

/** The customer in `slot` got its first reply now (hourAnswered is counted from the histogram at the end). */
export function countFirstReply(s: RunState, slot: number): void {
  const { slots, stats } = s;
  const q = slots.queue[slot];
  const cell = slots.hourCell[slot];
  const first = s.now - slots.arrival[slot];
  stats.firstSum[q] += first;
  stats.hourFirstSum[cell] += first;
  if (first > stats.hourFirstMax[cell]) stats.hourFirstMax[cell] = first;
  const tableCell = first >= 1 ? cellOf(first) : -1;
  if (tableCell >= 0) {
    stats.firstHist[q * FINE.buckets + bucketInTableCell(first, tableCell, FINE_CELL_START, FINE_NEXT_LOWEST)]++;
    stats.hourFirstHist[cell * COARSE.buckets + bucketInTableCell(first, tableCell, COARSE_CELL_START, COARSE_NEXT_LOWEST)]++;
  } else countOffTable(s, slot, stats.firstHist, q * FINE.buckets, stats.hourFirstHist, cell * COARSE.buckets);
  if (first <= s.models[q].sla) stats.hourOnTime[cell]++;
}

/** Agent a of queue q finished a reply now. */
export function countBusy(s: RunState, q: number, a: number): void {
  s.stats.busySeconds[q] += s.now - s.busySince[a];
}

/** A chat closed after its last reply. */
export function countServed(s: RunState, cell: number): void {
  s.stats.hourServed[cell]++;
}

/** A customer left while waiting for an agent. */
export function countAbandoned(s: RunState, cell: number): void {
  s.stats.hourAbandoned[cell]++;
}

/** A customer left inside a chat, waiting for a reply. */
export function countAbandonedInChat(s: RunState, cell: number): void {
  const stats = s.stats;
  stats.hourAbandoned[cell]++;
  stats.hourAbandonedInChat[cell]++;
}

/** Books the clock hour's busy, duty and open-chat seconds, counting replies still in progress up to now. */
export function closeHour(s: RunState): void {
  const { stats, now } = s;
  for (let q = 0; q < s.queueCount; q++) {
    integrate(s, q);
    let busy = stats.busySeconds[q];
    for (let a = s.poolStart[q]; a < s.poolStart[q + 1]; a++) if (s.busy[a]) busy += now - s.busySince[a];
    const cell = s.hourBase + q;
    stats.hourBusySeconds[cell] = busy - s.busyMark[q];
    stats.hourDutySeconds[cell] = stats.dutySeconds[q] - s.dutyMark[q];
    stats.hourOpenChatSeconds[cell] = stats.openChatSeconds[q] - s.openMark[q];
    s.busyMark[q] = busy;
    s.dutyMark[q] = stats.dutySeconds[q];
    s.openMark[q] = stats.openChatSeconds[q];
    if (stats.hourMaxQueue[cell] > stats.maxQueue[q]) stats.maxQueue[q] = stats.hourMaxQueue[cell];
  }
}

/**
 * At the horizon: each cell's admitted and answered customers, the counts in its COARSE histograms of waits
 * and first responses, summed here once rather than counted once more per chat.
 */
export function countFromHistograms(s: RunState): void {
  const { stats } = s;
  const buckets = COARSE.buckets;
  for (let cell = 0; cell < s.hours * s.queueCount; cell++) {
    let admitted = 0;
    let answered = 0;
    for (let b = cell * buckets; b < (cell + 1) * buckets; b++) {
      admitted += stats.hourWaitHist[b];
      answered += stats.hourFirstHist[b];
    }
    stats.hourAdmitted[cell] = admitted;
    stats.hourAnswered[cell] = answered;
  }
}

/**
 * At the horizon, after countFromHistograms: the per-queue counts and maxima from the per-hour cells (by
 * arrival hour, so they add up exactly), rather than counting each event twice.
 */
export function countQueueTotals(s: RunState): void {
  const stats = s.stats;
  for (let cell = 0; cell < s.hours * s.queueCount; cell++) {
    const q = cell % s.queueCount;
    stats.arrivals[q] += stats.hourArrivals[cell];
    stats.served[q] += stats.hourServed[cell];
    stats.abandoned[q] += stats.hourAbandoned[cell];
    stats.abandonedInChat[q] += stats.hourAbandonedInChat[cell];
    stats.admitted[q] += stats.hourAdmitted[cell];
    stats.answered[q] += stats.hourAnswered[cell];
    stats.onTime[q] += stats.hourOnTime[cell];
    if (stats.hourWaitMax[cell] > stats.waitMax[q]) stats.waitMax[q] = stats.hourWaitMax[cell];
    if (stats.hourFirstMax[cell] > stats.firstMax[q]) stats.firstMax[q] = stats.hourFirstMax[cell];
  }
}

/** At the horizon: replies in progress count as busy until then. */
export function countBusyAtEnd(s: RunState): void {
  for (let a = 0; a < s.busy.length; a++) if (s.busy[a]) s.stats.busySeconds[s.agentQueue[a]] += s.horizon - s.busySince[a];
}

/** Customers still in the system at the horizon's end, from their own status rather than the other counters, so conservation is a check. */
export function countOpenAtEnd(s: RunState): void {
  const { slots, stats } = s;
  for (let slot = 0; slot < slots.used; slot++) {
    if (slots.status[slot] !== CustomerStatus.Waiting && slots.status[slot] !== CustomerStatus.InChat) continue;
    stats.openAtEnd[slots.queue[slot]]++;
    stats.hourOpenAtEnd[slots.hourCell[slot]]++;
  }
}
