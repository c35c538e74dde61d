/** Domain types shared by the server, the web app and the CLI. Times cross the wire as ISO 8601 strings with offset. */

export const QUEUE_CODES = ['pre_sale', 'after_sale', 'logistics'] as const;
export type QueueCode = (typeof QUEUE_CODES)[number];

export const CONTRACTS = ['full_time', 'part_time'] as const;
export type Contract = (typeof CONTRACTS)[number];

export const EVENT_TIME_ZONE = 'Asia/Shanghai';

/** A half-open interval [start, end) of instants, ISO 8601 with offset. */
export interface Interval {
  start: string;
  end: string;
}

export interface Agent {
  /** The shop's own id, e.g. "A001". */
  id: string;
  name: string;
  primaryQueue: QueueCode;
  crossTrainedFor: QueueCode[];
  contract: Contract;
  team: string;
  /** Times the agent cannot work (leave, training). */
  unavailable: Interval[];
}

/** One hour of forecast inquiries for one queue. */
export interface ForecastRow {
  /** Start of the hour, ISO 8601 with offset (+08:00 for Asia/Shanghai). */
  hourStart: string;
  queue: QueueCode;
  inquiries: number;
  /** Optional per-hour average handle time override, in seconds. */
  ahtSeconds?: number;
}

/** The named frame every hour index refers to. */
export interface EventFrame {
  /** First hour of the planning horizon, ISO 8601 with offset. */
  horizonStart: string;
  /** Number of hours in the horizon. */
  horizonHours: number;
  /** The event window, when after-sale agents help pre-sale. */
  eventWindow: Interval;
  /** Days after the event window during which pre-sale agents help after-sale. */
  postEventDays: number;
  timeZone: string;
}

export const QUEUE_LABELS: Record<QueueCode, { zh: string; en: string }> = {
  pre_sale: { zh: '售前', en: 'Pre-sale' },
  after_sale: { zh: '售后', en: 'After-sale' },
  logistics: { zh: '查件', en: 'Logistics' },
};

export function isQueueCode(value: string): value is QueueCode {
  return (QUEUE_CODES as readonly string[]).includes(value);
}

/** Agents needed in one hour for one queue (the output of the requirement model). */
export interface RequirementRow {
  hourStart: string;
  queue: QueueCode;
  inquiries: number;
  /** Inquiries left for people after the chatbot's share. */
  humanInquiries: number;
  /** Offered load in Erlangs of agent time (human inquiries x handle time / 3600). */
  offeredLoad: number;
  /** Agents that must be answering chats (before shrinkage). */
  requiredOnline: number;
  /** Agents that must be rostered (after shrinkage); what the roster covers. */
  requiredAgents: number;
  /** Expected share of customers assigned within the target time at requiredOnline. */
  serviceLevel: number;
}

/** A shift pattern: starts at a wall-clock hour in the event's zone and lasts durationHours. */
export interface ShiftTemplate {
  code: string;
  nameZh: string;
  nameEn: string;
  startHour: number;
  durationHours: number;
  /** When set, the template may only be used on days in [activeFrom, activeTo] (yyyy-MM-dd). */
  activeFrom?: string;
  activeTo?: string;
}

/** One shift of one named agent on one queue. */
export interface Assignment {
  agentId: string;
  queue: QueueCode;
  template: string;
  start: string;
  end: string;
  /** Set when the agent serves a queue other than its primary one: the queue it came from. */
  reassignedFrom?: QueueCode;
  /** Whole hours the shift runs past its template's end (overtime added during the event); absent: none. */
  overtimeHours?: number;
  /** Agents' worth of cover the person gives: a booked temp or borrowed agent at proficiency p counts 1/p, as the engine plans it; absent: 1. */
  coverage?: number;
}

/** An hour where scheduled agents fall short of the requirement. */
export interface ShortfallRow {
  hourStart: string;
  queue: QueueCode;
  required: number;
  scheduled: number;
}

/** A move of one agent to another queue for a period; after `end` the agent is back on fromQueue. */
export interface Reassignment {
  agentId: string;
  fromQueue: QueueCode;
  toQueue: QueueCode;
  start: string;
  end: string;
}

export interface SolverStats {
  paidHours: number;
  /** The weighted objective: paid hours + shortfallPenalty x uncovered agent-hours (the engine's cost); with levers, the CNY objective (spend + lost GMV, each missing agent-hour at least the money floor). */
  objective: number;
  /** A proven lower bound on `objective` for any roster under the same rules (LP relaxation); never above it. */
  lowerBound: number;
  /** (objective - lowerBound) / lowerBound: how far from optimal this roster can at most be. */
  gap: number;
  /** Priced in CNY: the gap with the coverage floor's wall (FLOOR_BREACH_CNY per agent-hour below it) taken out of objective and bound (report/moneyGap.ts). */
  moneyGap?: number;
  /** Priced in CNY: agent-hours the roster leaves below the coverage floor (0 without a floor). */
  belowFloorAgentHours?: number;
  solveMs: number;
}
