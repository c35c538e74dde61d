/**
 * The service measures a supervisor is judged by, defined once (issue 16, DOMAIN.md "Platform response
 * checks"): the shop's first response within its own target, Taobao's 3-minute response rate (08:00-24:00),
 * JD's 30-second rate (09:00-23:00), the average response time over all replies (平均响应时间), and
 * abandonment while waiting for an agent and inside a chat. The requirement is sized for the first one.
 */
import { hourOfDay } from '../time.ts';

/** A platform's response-rate check: the share of customer messages answered within `withinSeconds`, counted for messages sent from `fromHour` to `toHour` (local clock). */
export interface ResponseRateCheck {
  withinSeconds: number;
  fromHour: number;
  toHour: number;
}

/** Taobao / Tmall: replies within 3 minutes, 08:00-24:00 (DOMAIN.md). */
export const TAOBAO_RESPONSE_RATE: ResponseRateCheck = { withinSeconds: 180, fromHour: 8, toHour: 24 };
/** JD: replies within 30 seconds, 09:00-23:00 (DOMAIN.md). */
export const JD_RESPONSE_RATE: ResponseRateCheck = { withinSeconds: 30, fromHour: 9, toHour: 23 };
/** The response-time thresholds the simulator counts replies against, one column each, in this order. */
export const REPLY_THRESHOLDS: readonly number[] = [JD_RESPONSE_RATE.withinSeconds, TAOBAO_RESPONSE_RATE.withinSeconds];

/** What the requirement sizes for, named in the UI: share of customers whose first message is answered within the shop's target. */
export const REQUIREMENT_MEASURE = 'firstResponseWithinTarget' as const;

/** The measures side by side; shares in [0, 1], null where nothing was counted. */
export interface ServiceMeasures {
  /** Share of customers whose first message was answered within the shop's target (the requirement's measure). */
  firstResponseWithinTarget: number;
  /** Taobao's 3-minute rate over messages sent 08:00-24:00. */
  taobaoThreeMinuteRate: number | null;
  /** JD's 30-second rate over messages sent 09:00-23:00. */
  jdThirtySecondRate: number | null;
  /** Mean seconds from a customer's message to the agent's reply, over every reply (平均响应时间). */
  averageResponseSeconds: number | null;
  /** Shares of customers who left while waiting for an agent, and inside a chat waiting for a reply. */
  abandonedWaiting: number;
  abandonedInChat: number;
}

/** Per-hour reply counts of one queue, as the simulator keeps them (by the hour the message was sent). */
export interface ReplyCounts {
  /** Hour starts (UTC ms) of the hours counted. */
  hourStarts: readonly number[];
  /** Per hour: messages sent, replies given, their summed response seconds, and replies within each REPLY_THRESHOLDS entry. */
  asked: ArrayLike<number>;
  replied: ArrayLike<number>;
  responseSum: ArrayLike<number>;
  within: readonly ArrayLike<number>[];
}

/** The measures of one queue (or queues merged) from the simulator's counts. */
export function serviceMeasures(customers: { arrivals: number; onTime: number; abandoned: number; abandonedInChat: number }, replies: ReplyCounts, timeZone?: string): ServiceMeasures {
  let replied = 0;
  let responseSum = 0;
  for (let h = 0; h < replies.hourStarts.length; h++) {
    replied += replies.replied[h];
    responseSum += replies.responseSum[h];
  }
  const share = (part: number, whole: number) => (whole > 0 ? round4(part / whole) : 0);
  return {
    firstResponseWithinTarget: customers.arrivals > 0 ? round4(customers.onTime / customers.arrivals) : 1,
    taobaoThreeMinuteRate: responseRate(replies, TAOBAO_RESPONSE_RATE, timeZone),
    jdThirtySecondRate: responseRate(replies, JD_RESPONSE_RATE, timeZone),
    averageResponseSeconds: replied > 0 ? Math.round((responseSum / replied) * 100) / 100 : null,
    abandonedWaiting: share(customers.abandoned - customers.abandonedInChat, customers.arrivals),
    abandonedInChat: share(customers.abandonedInChat, customers.arrivals),
  };
}

/** Share of the messages sent within the check's hours answered within its seconds; a message never answered counts as late. */
export function responseRate(replies: ReplyCounts, check: ResponseRateCheck, timeZone?: string): number | null {
  const column = REPLY_THRESHOLDS.indexOf(check.withinSeconds);
  if (column < 0) throw new RangeError(`the simulator does not count replies within ${check.withinSeconds} s`);
  let asked = 0;
  let inTime = 0;
  for (let h = 0; h < replies.hourStarts.length; h++) {
    const hour = hourOfDay(replies.hourStarts[h], timeZone);
    if (hour < check.fromHour || hour >= check.toHour) continue;
    asked += replies.asked[h];
    inTime += replies.within[column][h];
  }
  return asked > 0 ? round4(inTime / asked) : null;
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
