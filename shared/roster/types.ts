/** Roster-engine types beyond the wire shapes in shared/types.ts. */
import type { Agent, Assignment, QueueCode, Reassignment, RequirementRow, ShiftTemplate, ShortfallRow, SolverStats } from '../types.ts';
import type { ExhaustedLever, FloorShortfall, PlanAdvice, PlanBefore, PlanCost, PlanLevers } from '../levers/plan.ts';
import type { Levers } from '../levers/schema.ts';
import type { RosterPricing } from '../levers/pricing.ts';
import type { LegalExcessRow } from '../labour/legalExcess.ts';
import type { RosterRules } from './rulesSchema.ts';

/** The named frame every index refers to: day 0 starts at dayZeroMs (midnight, event zone), hour 0 at horizonStartMs. */
export interface RosterFrame {
  horizonStartMs: number;
  horizonHours: number;
  dayZeroMs: number;
  days: number;
  /** Day index -> yyyy-MM-dd in the event zone. */
  dates: string[];
  eventStartMs: number;
  eventEndMs: number;
  postEventEndMs: number;
  timeZone: string;
}

/** One shift of one agent as the rules see it: instants in epoch ms, the day index it starts on. */
export interface Shift {
  agentId: string;
  queue: QueueCode;
  template: ShiftTemplate;
  day: number;
  startMs: number;
  endMs: number;
  /** Whole hours past the template's end (overtime); the template rule accepts exactly this extension. */
  overtimeHours?: number;
}

export const RULE_NAMES = [
  'shiftTemplate',
  'oneShiftPerDay',
  'noOverlap',
  'minimumRest',
  'unavailability',
  'maxConsecutiveDays',
  'maxRollingHours',
  'partTimeLimits',
  'maxDayHours',
  'maxMonthlyOvertime',
  'forwardRotation',
  'rotationBalance',
  'restAfterNights',
  'nightFairness',
  'reassignmentWindow',
  'coverage',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

/** One broken rule; penaltyMinutes says how far it is broken (minutes short of rest, minutes over a cap...). */
export interface Violation {
  rule: RuleName;
  agentId?: string;
  at?: string;
  message: string;
  penaltyMinutes: number;
}

/** Everything the per-agent rules need to judge a shift. */
export interface RuleContext {
  rules: RosterRules;
  frame: RosterFrame;
  agents: Map<string, Agent>;
}

/** "N more agents on template T for queue Q" for the days that fall short. */
export interface ClosingSuggestion {
  kind: 'agents' | 'cap';
  queue?: QueueCode;
  template?: string;
  /** Extra agents needed at once (the busiest day), for kind 'agents'. */
  extraAgents?: number;
  /** Dates (yyyy-MM-dd) on which the extra shifts are needed. */
  dates?: string[];
  /** The smallest per-agent concurrency cap that closes the shortfall, for kind 'cap'. */
  cap?: number;
  message: string;
}

export interface ShortfallSummary {
  totalAgentHours: number;
  hoursShort: number;
  worst: ShortfallRow[];
  message: string;
}

/** Hours beyond the legal 8 h day / 40 h week (DOMAIN.md labour section), per agent. */
export interface OvertimeRow {
  agentId: string;
  longDays: number;
  dailyOvertimeHours: number;
  longWeeks: number;
  weeklyOvertimeHours: number;
  /** Days worked in a Monday-Sunday week that has no rest day (paid at 200 %). */
  restDaysWorked: number;
}

/** The weighted objective: paid hours + overtime premium + shortfallPenalty x shortfall agent-hours. */
export interface ObjectiveReport {
  paidHours: number;
  /** Overtime hours as the law counts them (shared/labour/overtimeHours.ts), over every agent. */
  overtimeHours: number;
  /** What overtime adds beyond the hours themselves, in hours of wage (each hour x its rate - 1); part of `weighted`. */
  overtimePremiumHours: number;
  shortfallAgentHours: number;
  reassignedShifts: number;
  weighted: number;
  /** The LP relaxation's weighted optimum: no roster scores lower. */
  lpWeighted: number;
  /** The least shortfall any roster can reach, per the LP relaxation. */
  lpShortfallAgentHours: number;
}

export interface RosterResult {
  assignments: Assignment[];
  shortfall: ShortfallRow[];
  reassignments: Reassignment[];
  /** paidHours, the weighted objective, the LP relaxation's proven bound on it, and the gap between the two. */
  stats: SolverStats;
  objective: ObjectiveReport;
  violations: Violation[];
  summary: ShortfallSummary;
  suggestions: ClosingSuggestion[];
  overtime: OvertimeRow[];
  /** The roster's cost in CNY, when the input carries pricing. */
  cost?: PlanCost;
  /** Every agent-day, week, month and run without rest beyond the legal working-time figures, with its overtime and pay rate. */
  legalExcess: LegalExcessRow[];
  /** The levers the plan pulls, when the input gives levers. */
  levers?: PlanLevers;
  /** The same event solved with the money and no lever, when the plan pulls levers (shared/levers/planRoster.ts). */
  before?: PlanBefore;
  /** Levers used up to their bound where a gap remains, when the input gives levers. */
  exhausted?: ExhaustedLever[];
  /** The levers pulled in the event's words ("pre-sale cap 5"), when the plan chose any. */
  advice?: PlanAdvice[];
  /** With a coverage floor among the levers: every hour still below it, with the agents missing to reach it. */
  belowFloor?: FloorShortfall[];
}

export interface SolveRosterOptions {
  /** Milliseconds clock for solveMs; shared code never reads the wall clock itself. */
  clock?: () => number;
  /** The requirement at a given per-agent concurrency cap; enables the cap suggestion. */
  requirementForCap?: (cap: number) => Pick<RequirementRow, 'hourStart' | 'queue' | 'requiredAgents'>[];
  /** Caps tried by the cap suggestion, ascending. */
  capCandidates?: number[];
}

export interface RosterInput {
  requirement: Pick<RequirementRow, 'hourStart' | 'queue' | 'requiredAgents'>[];
  agents: Agent[];
  rules?: RosterRules;
  /** Wages and lost GMV per missing agent (shared/levers/pricing.ts); absent: the roster carries no cost. */
  pricing?: RosterPricing;
  /** Workforce levers (issue 15); with pricing, the aggregate plan is priced in CNY and may pull them. Absent: today's roster. */
  levers?: Levers;
}
