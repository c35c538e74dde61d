/** The capacity plan a supervisor reads: which levers to pull, what it costs, what it saves (issue 15). */
import type { QueueCode } from '../types.ts';
import type { DayKind } from '../labour/dayKind.ts';

/** Temps or borrowed staff booked for one queue over one interval (ISO 8601 with offset). */
export interface BookedStaff {
  queue: QueueCode;
  start: string;
  end: string;
  count: number;
}

/** One agent's shift extended on one date (yyyy-MM-dd, event zone). */
export interface OvertimeExtension {
  agentId: string;
  date: string;
  hours: number;
  /** Pay multiple of the hourly wage for these hours (1.5, 2 or 3; Labour Law Art. 44). */
  rate: number;
  dayKind: DayKind;
}

/** A full-time agent's shorter peak shift in the event window. */
export interface PeakShift {
  agentId: string;
  start: string;
  end: string;
}

export interface PlanLevers {
  temps: BookedStaff[];
  overtime: OvertimeExtension[];
  peakShifts: PeakShift[];
  borrowed: BookedStaff[];
  /** The per-agent cap chosen for each queue the cap lever covers. */
  caps: Partial<Record<QueueCode, number>>;
}

/** Every part of a roster's cost in CNY; totalCny is their sum. */
export interface PlanCost {
  wagesCny: number;
  overtimeCny: number;
  tempsCny: number;
  borrowedCny: number;
  /** Expected lost sales (GMV at risk) from inquiries left unanswered. */
  lostGmvCny: number;
  totalCny: number;
}

export interface PlanCoverage {
  shortHours: number;
  shortAgentHours: number;
  /** With a coverage floor: every hour still below it (the levers could not reach it). */
  belowFloor?: FloorShortfall[];
}

/** The same event solved with the scenario's money and no lever: the "before" of the plan's before and after. */
export interface PlanBefore {
  cost: PlanCost;
  coverage: PlanCoverage;
}

/** An hour below the coverage floor: agents on duty (temps at their proficiency) against the floor's share of the requirement. */
export interface FloorShortfall {
  hourStart: string;
  queue: QueueCode;
  required: number;
  scheduled: number;
  /** ceil(floor x required). */
  floorAgents: number;
  missingAgents: number;
}

/** One line of advice in the event's own words; `kind` and the fields let the UI phrase it in either language. */
export interface PlanAdvice {
  kind: 'temps' | 'borrowed' | 'overtime' | 'peakShifts' | 'cap';
  queue?: QueueCode;
  start?: string;
  end?: string;
  date?: string;
  count?: number;
  hours?: number;
  cap?: number;
  costCny: number;
  message: string;
}

/** What one more unit of an exhausted lever would buy, placed where it saves most against the roster's remaining gap. */
export interface OneMoreUnit {
  /** person: one more temp or borrowed person booked; overtimeHour: one more hour at the end of a shift; peakShift: one more full-timer on a peak shift; agentHour: one more agent on duty in each of the hours. */
  unit: 'person' | 'overtimeHour' | 'peakShift' | 'agentHour';
  /** The placement (ISO 8601 with offset); for agentHour the first and last hour's bounds. */
  start: string;
  end: string;
  /** Short agent-hours it covers. */
  agentHours: number;
  /** Lost GMV it saves (the requirement model's service curve x conversion x order value). */
  lostGmvCny: number;
  /** The coverage floor's wall it removes (FLOOR_BREACH_CNY per agent-hour lifted back to the floor): a model price, not cash. */
  floorCny: number;
  /** Agent-hours it lifts back to the coverage floor: what `floorCny` stands for, in the supervisor's terms. */
  floorAgentHours: number;
  /** What the unit costs: its wage or booking, overtime at the day's pay rate. */
  costCny: number;
}

/** Why a lever counts as exhausted: its own bound (booked staff per day, overtime hours per day or month), a working-time ceiling, or every eligible agent on shift or kept off by the rules. */
export type ExhaustionCause = 'bookedAll' | 'leverDayHours' | 'leverMonthHours' | 'dayCeiling' | 'monthCeiling' | 'onShift' | 'restRules' | 'noAgentFree';

/** A lever used up to its bound where a gap remains, and what one more unit of it would save. */
export interface ExhaustedLever {
  lever: 'temps' | 'borrowed' | 'overtime' | 'peakShifts' | 'cap' | 'staff';
  queue?: QueueCode;
  /** yyyy-MM-dd (event zone) of the day the lever ran out, for the levers bounded per day. */
  date?: string;
  /** What binds, for the message in either language. */
  causes: ExhaustionCause[];
  /** The short hours it could have helped, ISO 8601 with offset. */
  hours: string[];
  /** Net CNY in the model one more unit would save (oneMore's lost GMV and floor wall less its cost); 0 when it would not pay. For the supervisor the messages split it into cash and agent-hours lifted to the floor (`oneMoreBuys`). */
  marginalValueCny: number;
  /** What one more unit would buy; absent when no placement of it reaches a short hour. */
  oneMore?: OneMoreUnit;
  message: string;
}

/** Hours beyond the legal figures for one agent: a day over 8 h or 1 h overtime, a week over 40 h, a month over 36 h overtime, no rest day in 7. */
export interface LegalExcess {
  agentId: string;
  /** yyyy-MM-dd for a day, yyyy-MM-dd of the Monday for a week, yyyy-MM for a month. */
  period: string;
  kind: 'dayHours' | 'dayOvertime' | 'weekHours' | 'monthOvertime' | 'noRestDay' | 'partTimeDay' | 'partTimeWeek';
  hours: number;
  limit: number;
  rate: number;
  message: string;
}

/** The capacity plan of one solved roster: levers pulled, cost, coverage, before (no levers) and after. */
export interface CapacityPlan {
  levers: PlanLevers;
  cost: PlanCost;
  coverage: PlanCoverage;
  /** The same event without any lever, for "before and after". */
  before: PlanBefore;
  advice: PlanAdvice[];
  exhausted: ExhaustedLever[];
  legalExcess: LegalExcess[];
}
