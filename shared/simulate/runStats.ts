import { REPLY_THRESHOLDS } from '../chat/serviceMeasures.ts';
import { COARSE, FINE } from './histogram.ts';

/**
 * What one run keeps: counters, sums and histograms per queue and per (hour, queue). Its size depends on
 * hours and queues only, never on the number of chats.
 */
export interface RunStats {
  hours: number;
  queueCount: number;
  /** Per queue. */
  arrivals: Float64Array;
  served: Float64Array;
  /** Every customer who left: while waiting for an agent, or inside a chat waiting for a reply. */
  abandoned: Float64Array;
  /** Of `abandoned`, those who left inside a chat (reply patience). */
  abandonedInChat: Float64Array;
  /** Counted at the horizon's end, apart from the other counters: still waiting, or in a chat not yet closed. */
  openAtEnd: Float64Array;
  admitted: Float64Array;
  answered: Float64Array;
  onTime: Float64Array;
  waitSum: Float64Array;
  waitMax: Float64Array;
  firstSum: Float64Array;
  firstMax: Float64Array;
  /** Admission wait and first response, FINE buckets per queue. */
  waitHist: Uint32Array;
  firstHist: Uint32Array;
  /**
   * Per queue: busy agent-seconds, on-duty agent-seconds (taking chats, or off intake after a shift or on a
   * break but still holding chats, so busy <= duty and open chats <= cap × duty), open-chat-seconds, the
   * longest queue of customers still waiting.
   */
  busySeconds: Float64Array;
  dutySeconds: Float64Array;
  openChatSeconds: Float64Array;
  maxQueue: Float64Array;
  /** Per (hour × queueCount + queue), by the hour the customer arrived: the same counters and sums as per queue. */
  hourArrivals: Uint32Array;
  hourServed: Uint32Array;
  hourAbandoned: Uint32Array;
  hourAbandonedInChat: Uint32Array;
  hourOpenAtEnd: Uint32Array;
  hourAdmitted: Uint32Array;
  hourAnswered: Uint32Array;
  hourOnTime: Uint32Array;
  hourWaitSum: Float64Array;
  hourWaitMax: Float64Array;
  hourFirstSum: Float64Array;
  hourFirstMax: Float64Array;
  /** COARSE buckets per (hour, queue). */
  hourWaitHist: Uint32Array;
  hourFirstHist: Uint32Array;
  /** Per (hour, queue) by the clock: agent-seconds busy, on duty and of open chats within the hour, and its longest queue. */
  hourBusySeconds: Float64Array;
  hourDutySeconds: Float64Array;
  hourOpenChatSeconds: Float64Array;
  hourMaxQueue: Uint32Array;
  /**
   * Per (hour, queue) by the clock hour a customer message was sent: messages, replies, their summed
   * response seconds, and replies within each of REPLY_THRESHOLDS (shared/chat/serviceMeasures.ts).
   */
  hourAsked: Uint32Array;
  hourReplied: Uint32Array;
  hourResponseSum: Float64Array;
  hourRepliedWithin: Uint32Array[];
}

/** A run's statistics, all zero. */
export function emptyStats(hours: number, queueCount: number): RunStats {
  const perQueue = () => new Float64Array(queueCount);
  const perHour = () => new Uint32Array(hours * queueCount);
  const perHourSum = () => new Float64Array(hours * queueCount);
  return {
    hours,
    queueCount,
    arrivals: perQueue(),
    served: perQueue(),
    abandoned: perQueue(),
    abandonedInChat: perQueue(),
    openAtEnd: perQueue(),
    admitted: perQueue(),
    answered: perQueue(),
    onTime: perQueue(),
    waitSum: perQueue(),
    waitMax: perQueue(),
    firstSum: perQueue(),
    firstMax: perQueue(),
    waitHist: new Uint32Array(queueCount * FINE.buckets),
    firstHist: new Uint32Array(queueCount * FINE.buckets),
    busySeconds: perQueue(),
    dutySeconds: perQueue(),
    openChatSeconds: perQueue(),
    maxQueue: perQueue(),
    hourArrivals: perHour(),
    hourServed: perHour(),
    hourAbandoned: perHour(),
    hourAbandonedInChat: perHour(),
    hourOpenAtEnd: perHour(),
    hourAdmitted: perHour(),
    hourAnswered: perHour(),
    hourOnTime: perHour(),
    hourWaitSum: perHourSum(),
    hourWaitMax: perHourSum(),
    hourFirstSum: perHourSum(),
    hourFirstMax: perHourSum(),
    hourWaitHist: new Uint32Array(hours * queueCount * COARSE.buckets),
    hourFirstHist: new Uint32Array(hours * queueCount * COARSE.buckets),
    hourBusySeconds: perHourSum(),
    hourDutySeconds: perHourSum(),
    hourOpenChatSeconds: perHourSum(),
    hourMaxQueue: perHour(),
    hourAsked: perHour(),
    hourReplied: perHour(),
    hourResponseSum: perHourSum(),
    hourRepliedWithin: REPLY_THRESHOLDS.map(() => perHour()),
  };
}
