import { z } from '@hono/zod-openapi';
import type { LegalExcessRow } from '../../shared/labour/legalExcess.ts';
import { LEGAL_EXCESS_KINDS } from '../../shared/labour/legalExcessKinds.ts';
import type { RosterLegalExcess } from '../services/legalExcess.ts';
import { RULE_NAMES, type ClosingSuggestion, type ObjectiveReport, type OvertimeRow, type ShortfallSummary, type Violation } from '../../shared/roster/types.ts';
import type { ExhaustedLever, PlanAdvice, PlanBefore, PlanCost } from '../../shared/levers/plan.ts';
import type { ScenarioComparison } from '../../shared/scenario/compareScenarios.ts';
import type { CapResult, HourOutcome, SweepResult } from '../../shared/simulate/sweep.ts';
import type { DurationStats, QueueOutcome } from '../../shared/simulate/statistics.ts';
import { QUEUE_CODES, type Assignment, type Reassignment, type ShortfallRow, type SolverStats } from '../../shared/types.ts';
import type { RosterDetail, StoredAssignment } from '../db/repositories/rosters.ts';
import type { JobResult } from '../services/jobHandlers.ts';
import type { SimulateJobResult, StoredSimulation, StoredSimulationSummary } from '../services/simulateScenario.ts';
import type { SolveJobResult } from '../services/solveScenario.ts';

// Response schemas of the main results for the OpenAPI document. Responses are not validated at run time
// (reads stay fast); instead the `Same` checks at the bottom fail the build when a schema and its type drift.

const queue = z.enum(QUEUE_CODES);

export const assignmentSchema = z
  .object({ agentId: z.string(), queue, template: z.string(), start: z.string(), end: z.string(), reassignedFrom: queue.optional(), overtimeHours: z.number().int().min(1).optional(), coverage: z.number().gt(0).max(1).optional() })
  .openapi('Assignment', {
    description: "One shift of one agent on one queue; reassignedFrom is the queue the agent came from, overtimeHours the whole hours past the template end, coverage the agents' worth of cover (a booked temp at proficiency p: 1/p; absent: 1)",
  });
export const storedAssignmentSchema = assignmentSchema
  .extend({ id: z.number(), uid: z.string(), sequence: z.number(), status: z.enum(['confirmed', 'cancelled']), note: z.string().nullable() })
  .openapi('StoredAssignment', { description: 'A stored shift: the Assignment, its id (for PATCH .../assignments/{assignmentId}), calendar identity and note' });
export const shortfallRowSchema = z.object({ hourStart: z.string(), queue, required: z.number(), scheduled: z.number() }).openapi('ShortfallRow');
export const reassignmentSchema = z.object({ agentId: z.string(), fromQueue: queue, toQueue: queue, start: z.string(), end: z.string() }).openapi('Reassignment');
export const solverStatsSchema = z
  .object({
    paidHours: z.number(),
    objective: z.number(),
    lowerBound: z.number(),
    gap: z.number(),
    moneyGap: z.number().optional().openapi({ description: 'Priced in CNY: the gap with the coverage floor wall (its price per agent-hour below the floor) taken out of objective and bound' }),
    belowFloorAgentHours: z.number().optional().openapi({ description: 'Priced in CNY: agent-hours the roster leaves below the coverage floor (0 without one)' }),
    solveMs: z.number(),
  })
  .openapi('SolverStats');

const shortfallSummarySchema = z.object({ totalAgentHours: z.number(), hoursShort: z.number(), worst: z.array(shortfallRowSchema), message: z.string() }).openapi('ShortfallSummary');
const violationSchema = z
  .object({ rule: z.enum(RULE_NAMES), agentId: z.string().optional(), at: z.string().optional(), message: z.string(), penaltyMinutes: z.number() })
  .openapi('Violation');
const suggestionSchema = z
  .object({
    kind: z.enum(['agents', 'cap']),
    queue: queue.optional(),
    template: z.string().optional(),
    extraAgents: z.number().optional(),
    dates: z.array(z.string()).optional(),
    cap: z.number().optional(),
    message: z.string(),
  })
  .openapi('ClosingSuggestion');
const overtimeSchema = z
  .object({ agentId: z.string(), longDays: z.number(), dailyOvertimeHours: z.number(), longWeeks: z.number(), weeklyOvertimeHours: z.number(), restDaysWorked: z.number() })
  .openapi('OvertimeRow');
const objectiveSchema = z
  .object({ paidHours: z.number(), overtimeHours: z.number(), overtimePremiumHours: z.number(), shortfallAgentHours: z.number(), reassignedShifts: z.number(), weighted: z.number(), lpWeighted: z.number(), lpShortfallAgentHours: z.number() })
  .openapi('ObjectiveReport');

export const planCostSchema = z
  .object({ wagesCny: z.number(), overtimeCny: z.number(), tempsCny: z.number(), borrowedCny: z.number(), lostGmvCny: z.number(), totalCny: z.number() })
  .openapi('PlanCost', { description: 'The roster cost in CNY; lostGmvCny is the expected lost sales (GMV at risk) of its uncovered hours' });
const floorShortfallSchema = z
  .object({ hourStart: z.string(), queue, required: z.number(), scheduled: z.number(), floorAgents: z.number(), missingAgents: z.number() })
  .openapi('FloorShortfall', { description: 'An hour below the coverage floor: agents on duty against ceil(floor x required)' });
const planCoverageSchema = z
  .object({ shortHours: z.number(), shortAgentHours: z.number(), belowFloor: z.array(floorShortfallSchema).optional() })
  .openapi('PlanCoverage', { description: 'Short hours and short agent-hours a roster leaves' });
export const planBeforeSchema = z
  .object({ cost: planCostSchema, coverage: planCoverageSchema })
  .openapi('PlanBefore', { description: 'The same event solved with the scenario money and no lever: the "before" of a plan that pulls levers' });
export const planAdviceSchema = z
  .object({
    kind: z.enum(['temps', 'borrowed', 'overtime', 'peakShifts', 'cap']),
    queue: queue.optional(),
    start: z.string().optional(),
    end: z.string().optional(),
    date: z.string().optional(),
    count: z.number().optional(),
    hours: z.number().optional(),
    cap: z.number().optional(),
    costCny: z.number(),
    message: z.string(),
  })
  .openapi('PlanAdvice', { description: 'A lever the plan pulls, in the event words ("pre-sale cap 5")' });
export const oneMoreUnitSchema = z
  .object({ unit: z.enum(['person', 'overtimeHour', 'peakShift', 'agentHour']), start: z.string(), end: z.string(), agentHours: z.number(), lostGmvCny: z.number(), floorCny: z.number(), floorAgentHours: z.number().default(0), costCny: z.number() })
  .openapi('OneMoreUnit', { description: 'What one more unit of an exhausted lever would buy at its best placement: short agent-hours covered, lost GMV and floor wall saved, its cost' });
export const exhaustedLeverSchema = z
  .object({
    lever: z.enum(['temps', 'borrowed', 'overtime', 'peakShifts', 'cap', 'staff']),
    queue: queue.optional(),
    date: z.string().optional(),
    causes: z.array(z.enum(['bookedAll', 'leverDayHours', 'leverMonthHours', 'dayCeiling', 'monthCeiling', 'onShift', 'restRules', 'noAgentFree'])),
    hours: z.array(z.string()),
    marginalValueCny: z.number(),
    oneMore: oneMoreUnitSchema.optional(),
    message: z.string(),
  })
  .openapi('ExhaustedLever', { description: 'A lever used up where a gap remains, and what one more unit of it would buy' });
export const legalExcessRowSchema = z
  .object({
    agentId: z.string(),
    kind: z.enum(LEGAL_EXCESS_KINDS),
    from: z.string(),
    to: z.string(),
    hours: z.number(),
    limit: z.number(),
    overtimeHours: z.number(),
    payRatePercent: z.number(),
    overtimePayHours: z.number(),
  })
  .openapi('LegalExcessRow', { description: 'One day, ISO week, month or run of days without rest of one agent beyond a legal working-time figure' });
const legalFiguresSchema = z
  .object({
    dayHours: z.number(),
    weekHours: z.number(),
    overtimeHoursPerDay: z.number(),
    overtimeHoursPerDaySpecial: z.number(),
    overtimeHoursPerMonth: z.number(),
    restDayEvery: z.number(),
    partTimeDayHours: z.number(),
    partTimeWeekHours: z.number(),
  })
  .openapi('LegalFigures');
export const rosterLegalExcessSchema = z
  .object({ rosterId: z.number(), legalFigures: legalFiguresSchema, rows: z.array(legalExcessRowSchema) })
  .openapi('RosterLegalExcess', { description: "The roster's excess over the law's working-time figures; the event's own ceilings are the supervisor's decision" });

export const rosterDetailSchema = z
  .object({
    id: z.number(),
    eventId: z.number(),
    scenarioId: z.number(),
    scenarioVersion: z.number(),
    status: z.enum(['draft', 'published', 'superseded']),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    stats: solverStatsSchema,
    shortfall: z.array(shortfallRowSchema),
    diagnostics: z.object({
      summary: shortfallSummarySchema,
      suggestions: z.array(suggestionSchema),
      violations: z.array(violationSchema),
      overtime: z.array(overtimeSchema),
      objective: objectiveSchema.optional(),
      cost: planCostSchema.optional(),
      advice: z.array(planAdviceSchema).optional(),
      exhausted: z.array(exhaustedLeverSchema).optional(),
      before: planBeforeSchema.optional(),
      replannedFrom: z.number().optional().openapi({ description: 'The solved roster this one was re-planned from, directly or through earlier re-plans (its reports are recomputed; the solver figures and the levers that ran out belong to the solved roster)' }),
    }),
    assignments: z.array(storedAssignmentSchema),
    reassignments: z.array(reassignmentSchema),
  })
  .openapi('RosterDetail', { description: 'Assignments, shortfall, reassignments, solver stats and diagnostics' });

export const myRosterSchema = z
  .object({ agentId: z.string(), name: z.string(), eventId: z.number(), assignments: z.array(storedAssignmentSchema), reassignments: z.array(reassignmentSchema) })
  .openapi('MyRoster', { description: 'My shifts and moves in the published roster (empty lists when none is published)' });

const scenarioMetrics = {
  scenarioId: z.number(),
  name: z.string(),
  version: z.number(),
  requiredAgentHours: z.number(),
  paidHours: z.number().nullable(),
  shortfallAgentHours: z.number().nullable(),
  reassignments: z.number().nullable(),
  serviceLevel: z.number().nullable(),
  p90FirstResponseSeconds: z.number().nullable(),
  abandonmentRate: z.number().nullable(),
  totalCostCny: z.number().nullable(),
  lostGmvCny: z.number().nullable(),
};
export const comparisonSchema = z
  .object({
    scenarios: z.array(z.object(scenarioMetrics).openapi('ScenarioMetrics', { description: 'One scenario\'s latest results; null where not computed yet' })),
    hourlyDifferences: z.array(
      z
        .object({ hourStart: z.string(), queue, values: z.array(z.object({ scenarioId: z.number(), required: z.number().nullable(), scheduled: z.number().nullable() })) })
        .openapi('HourlyDifference', { description: 'Agents required and on duty in one hour and queue, per scenario' }),
    ),
  })
  .openapi('ScenarioComparison', { description: 'Side-by-side metrics and only the hours where scenarios differ' });

const durationSchema = z
  .object({ mean: z.number().nullable(), p50: z.number().nullable(), p90: z.number().nullable(), p99: z.number().nullable(), max: z.number().nullable() })
  .openapi('DurationStats', { description: 'Seconds; a percentile among the unanswered is null' });
const queueOutcomeShape = {
  arrivals: z.number(),
  served: z.number(),
  abandoned: z.number(),
  abandonedInChat: z.number(),
  openAtEnd: z.number(),
  admissionWait: durationSchema,
  firstResponse: durationSchema,
  withinSla: z.number(),
  utilisation: z.number().nullable(),
  meanOpenChatsPerAgent: z.number().nullable(),
  maxQueueLength: z.number(),
};
const queueOutcomeSchema = z.object(queueOutcomeShape).openapi('QueueOutcome');
const serviceMeasuresSchema = z
  .object({
    firstResponseWithinTarget: z.number(),
    taobaoThreeMinuteRate: z.number().nullable(),
    jdThirtySecondRate: z.number().nullable(),
    averageResponseSeconds: z.number().nullable(),
    abandonedWaiting: z.number(),
    abandonedInChat: z.number(),
  })
  .openapi('ServiceMeasures', { description: "Shares in [0, 1]: the shop's first response within target (what the requirement sizes for), Taobao's 3-minute rate (08:00-24:00), JD's 30-second rate (09:00-23:00); average response over all replies in seconds; abandonment while waiting and inside a chat" });
const hourOutcomeSchema = z.object({ ...queueOutcomeShape, hourStart: z.string(), queue, firstResponseP90: z.number().nullable() }).openapi('HourOutcome');
const runResultShape = {
  overall: queueOutcomeSchema,
  byQueue: z.partialRecord(queue, queueOutcomeSchema),
  byHour: z.array(hourOutcomeSchema),
  measures: serviceMeasuresSchema,
  measuresByQueue: z.partialRecord(queue, serviceMeasuresSchema),
};
const capResultSchema = z.object({ cap: z.number(), ...runResultShape }).openapi('CapResult');
const plannedResultSchema = z
  .object({ caps: z.partialRecord(queue, z.number()), ...runResultShape })
  .openapi('PlannedResult', { description: 'Each queue simulated at its own cap, as the requirement plans it' });
const estimateSchema = z.object({ mean: z.number(), low: z.number(), high: z.number() }).openapi('Estimate', { description: 'Mean over the seeds with its 95 % interval' });
const recommendationSchema = z
  .object({
    cap: z.number(),
    reason: z.enum(['best', 'tie', 'noLimitMet']),
    tiedWith: z.array(z.number()),
    criterion: z.object({ maxAbandonment: z.number(), maxAverageResponseSeconds: z.number() }),
    seeds: z.number(),
    estimates: z.array(z.object({ cap: z.number(), withinTarget: estimateSchema, abandonment: estimateSchema, averageResponseSeconds: estimateSchema.nullable(), meetsLimits: z.boolean() })),
  })
  .openapi('CapRecommendation', { description: 'The cap answering most within target while abandonment and average response keep their limits; caps within noise tie and the smallest is recommended' });
const sweepSchema = z.object({ horizonStart: z.string(), caps: z.array(capResultSchema), planned: plannedResultSchema.optional(), recommended: z.partialRecord(queue, recommendationSchema).optional() }).openapi('SweepResult');
const simulationSummarySchema = z
  .object({ caps: z.partialRecord(queue, z.number()), serviceLevel: z.number(), p90FirstResponseSeconds: z.number().nullable(), abandonmentRate: z.number(), recommendedCaps: z.partialRecord(queue, z.number()) })
  .openapi('SimulationSummary', { description: "The outcome with each queue at its own cap (caps), and each queue's recommended cap; p90 is null when over 10 % got no first response within the horizon" });

export const simulationSchema = z
  .object({
    id: z.number(),
    rosterId: z.number().nullable(),
    createdAt: z.string(),
    result: z.object({ scenarioVersion: z.number(), rosterId: z.number(), summary: simulationSummarySchema, sweep: sweepSchema }).openapi('SimulationResult'),
  })
  .openapi('Simulation', { description: 'Per-cap outcomes (overall, per queue, per hour), each queue at its own cap, and the recommended cap per queue with 95 % intervals' });

const solveJobResultSchema = z
  .object({ rosterId: z.number(), scenarioId: z.number(), scenarioVersion: z.number(), stats: solverStatsSchema, summary: shortfallSummarySchema })
  .openapi('SolveJobResult');
const simulateJobResultSchema = z.object({ simulationId: z.number(), rosterId: z.number(), summary: simulationSummarySchema }).openapi('SimulateJobResult');
export const jobResultSchema = z
  .union([solveJobResultSchema, simulateJobResultSchema])
  .nullable()
  .openapi('JobResult', { description: 'What a succeeded job produced (a solve: its roster; a simulation: its summary); null before' });

/** True only when A and B are the same type: a renamed, added or retyped field on either side makes it false. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Holds<T extends true> = T;
type Out<S extends z.ZodType> = z.output<S>;

export type SchemaChecks = [
  Holds<Same<Out<typeof assignmentSchema>, Assignment>>,
  Holds<Same<Out<typeof storedAssignmentSchema>, StoredAssignment>>,
  Holds<Same<Out<typeof shortfallRowSchema>, ShortfallRow>>,
  Holds<Same<Out<typeof reassignmentSchema>, Reassignment>>,
  Holds<Same<Out<typeof solverStatsSchema>, SolverStats>>,
  Holds<Same<Out<typeof shortfallSummarySchema>, ShortfallSummary>>,
  Holds<Same<Out<typeof violationSchema>, Violation>>,
  Holds<Same<Out<typeof suggestionSchema>, ClosingSuggestion>>,
  Holds<Same<Out<typeof overtimeSchema>, OvertimeRow>>,
  Holds<Same<Out<typeof objectiveSchema>, ObjectiveReport>>,
  Holds<Same<Out<typeof planCostSchema>, PlanCost>>,
  Holds<Same<Out<typeof planAdviceSchema>, PlanAdvice>>,
  Holds<Same<Out<typeof planBeforeSchema>, PlanBefore>>,
  Holds<Same<Out<typeof exhaustedLeverSchema>, ExhaustedLever>>,
  Holds<Same<Out<typeof rosterDetailSchema>, RosterDetail>>,
  Holds<Same<Out<typeof legalExcessRowSchema>, LegalExcessRow>>,
  Holds<Same<Out<typeof rosterLegalExcessSchema>, RosterLegalExcess>>,
  Holds<Same<Out<typeof comparisonSchema>, ScenarioComparison>>,
  Holds<Same<Out<typeof durationSchema>, DurationStats>>,
  Holds<Same<Out<typeof queueOutcomeSchema>, QueueOutcome>>,
  Holds<Same<Out<typeof hourOutcomeSchema>, HourOutcome>>,
  Holds<Same<Out<typeof capResultSchema>, CapResult>>,
  Holds<Same<Out<typeof sweepSchema>, SweepResult>>,
  Holds<Same<Out<typeof simulationSummarySchema>, StoredSimulationSummary>>,
  Holds<Same<Out<typeof simulationSchema>['result'], StoredSimulation>>,
  Holds<Same<Out<typeof solveJobResultSchema>, SolveJobResult>>,
  Holds<Same<Out<typeof simulateJobResultSchema>, SimulateJobResult>>,
  Holds<Same<Out<typeof jobResultSchema>, JobResult | null>>,
];
