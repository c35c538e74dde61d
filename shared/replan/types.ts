/** The intraday re-plan's wire shapes (issue 21): the changes to make now, what they cost and what they save. */
import type { ActualCount } from '../actuals/parseActualsCsv.ts';
import type { Levers } from '../levers/schema.ts';
import type { RosterRules } from '../roster/rulesSchema.ts';
import type { RequirementParams } from '../staffing/params.ts';
import type { Agent, Assignment, ForecastRow, QueueCode, Reassignment } from '../types.ts';

export const CHANGE_KINDS = ['overtime', 'callIn', 'move', 'temps', 'cap'] as const;
/** overtime: a shift extended; callIn: an off-duty agent's new shift; move: a cross-trained agent on another queue; temps: agency staff booked; cap: another per-agent cap from the levers' options. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One change to make now; instants are ISO 8601 with the event's offset. */
export interface ReplanChange {
  kind: ChangeKind;
  agentId?: string;
  queue: QueueCode;
  /** For a move: the queue the agent leaves. */
  fromQueue?: QueueCode;
  start: string;
  end: string;
  /** Temps booked at once. */
  count?: number;
  /** A cap change: the per-agent cap from `start` on. */
  cap?: number;
  costCny: number;
}

/** Shortfall over the remaining hours: agent-hours short of the requirement and the GMV they put at risk. */
export interface ShortTotals {
  shortAgentHours: number;
  lostGmvCny: number;
}

/** Staffing of one remaining hour and queue before and after the changes (temps count at their proficiency). */
export interface ReplanHour {
  hourStart: string;
  queue: QueueCode;
  required: number;
  /** Re-forecast chats left for people after the chatbot's share: what the requirement is sized for. */
  humanInquiries: number;
  staffedBefore: number;
  staffedAfter: number;
}

/** What the CLI prints and the API returns. */
export interface Replan {
  now: string;
  factor: Partial<Record<QueueCode, number>>;
  changes: ReplanChange[];
  before: ShortTotals;
  after: ShortTotals;
}

/** The re-plan with the roster it leads to and the per-hour staffing the live view draws. */
export interface ReplanResult extends Replan {
  assignments: Assignment[];
  /** Moves that start inside an on-duty shift: the shift stays, the agent serves `toQueue` for its rest. */
  reassignments: Reassignment[];
  hours: ReplanHour[];
}

export interface ReplanInput {
  forecast: readonly ForecastRow[];
  actuals: readonly ActualCount[];
  /** The published roster's shifts. */
  assignments: readonly Assignment[];
  agents: readonly Agent[];
  rules: RosterRules;
  params: RequirementParams;
  /** The event's money and levers: overtime ceilings, temps (absent: none may be booked). */
  levers?: Levers;
}

export interface ReplanOptions {
  /** The moment of re-planning, epoch ms: nothing before it changes. */
  now: number;
  /** The supervisor's factor per queue, replacing the measured one. */
  overrides?: Partial<Record<QueueCode, number>>;
  /** Change kinds allowed (default: all). */
  allowed?: readonly ChangeKind[];
  /** An off-duty agent is called in for a shift starting at least this many hours after `now` (default 2). */
  noticeHours?: number;
  /** End of the re-planned hours, epoch ms (default: the event window's end). */
  untilMs?: number;
}

/** Notice for a call-in when the supervisor gives none: an assumption, not a law figure. */
export const DEFAULT_CALL_IN_NOTICE_HOURS = 2;
