/**
 * The reports of a re-planned roster (issue 21), recomputed from its own assignments with the functions the
 * roster engine reports a solve with, so an applied re-plan never shows the figures of the roster it replaced.
 * What describes the solve's search (its objective, the levers that ran out) cannot be recomputed from a
 * roster alone and is not part of this report.
 */
import { employedShifts } from '../labour/legalExcess.ts';
import type { PlanCost } from '../levers/plan.ts';
import { resolveMoney } from '../levers/money.ts';
import { rosterPricing } from '../levers/pricing.ts';
import type { Levers } from '../levers/schema.ts';
import { bookedCoverage, bookedFromAssignments, teamRequirement } from '../roster/bookedStaff.ts';
import { shiftsFromAssignments } from '../roster/checkAssignments.ts';
import { coverageShortfall, onDutyFromAssignments } from '../roster/coverageMatrix.ts';
import { buildFrame } from '../roster/frame.ts';
import { agentSuggestions } from '../roster/report/closingSuggestions.ts';
import { rosterCost } from '../roster/report/cost.ts';
import { overtimeReport } from '../roster/report/overtime.ts';
import { summarizeShortfall } from '../roster/report/shortfallSummary.ts';
import { checkRoster } from '../roster/rules/index.ts';
import type { RosterRules } from '../roster/rulesSchema.ts';
import { paidHoursOf, sortShifts } from '../roster/shift.ts';
import type { RosterResult, RuleContext } from '../roster/types.ts';
import type { RequirementParams } from '../staffing/params.ts';
import type { Agent, Assignment, ForecastRow, RequirementRow } from '../types.ts';

/** The scenario the roster was solved for: its requirement (at the caps in force), forecast, params, team, rules and levers. */
export interface ReplannedScenario {
  requirement: RequirementRow[];
  forecast: readonly ForecastRow[];
  params: RequirementParams;
  agents: Agent[];
  rules: RosterRules;
  levers?: Levers;
  timeZone: string;
}

export interface ReplannedReportOptions {
  /** Price the roster in CNY (wages, overtime, bookings, lost GMV), as a roster solved with money carries. */
  withCost?: boolean;
}

export type ReplannedReport = Pick<RosterResult, 'shortfall' | 'summary' | 'violations' | 'overtime' | 'suggestions'> & { cost?: PlanCost; paidHours: number };

/**
 * The shortfall, its summary, rule violations, legal overtime, the agents that would close the gap and (with
 * `withCost`) the cost of a roster given as assignments. The shortfall is counted from each assignment's queue,
 * hours and coverage, not its template: booked temps and borrowed staff (TEMP, BORROWED) have none, and count at
 * their coverage (1/proficiency). The cap suggestion, one solve per cap, is left to a fresh solve.
 */
export function replannedReport(assignments: Assignment[], scenario: ReplannedScenario, options: ReplannedReportOptions = {}): ReplannedReport {
  const frame = buildFrame(scenario.requirement, scenario.rules, scenario.timeZone);
  const ctx: RuleContext = { rules: scenario.rules, frame, agents: new Map(scenario.agents.map((a) => [a.id, a])) };
  const shifts = sortShifts(shiftsFromAssignments(employedShifts(assignments, scenario.agents), ctx));
  const booked = bookedFromAssignments(assignments, scenario.levers, frame);
  const shortfall = coverageShortfall(scenario.requirement, onDutyFromAssignments(assignments), frame);
  // As a solve checks its roster: the team's shifts against what the booked staff leave them.
  const team = teamRequirement(scenario.requirement, bookedCoverage(booked, frame), frame);
  const report: ReplannedReport = {
    shortfall,
    summary: summarizeShortfall(shortfall),
    violations: checkRoster(shifts, team, coverageShortfall(team, shifts, frame), ctx),
    overtime: overtimeReport(shifts, frame),
    suggestions: shortfall.length === 0 ? [] : agentSuggestions(shortfall, ctx),
    // The team's paid hours as a solve counts them (booked staff are paid as bookings, not hours).
    paidHours: paidHoursOf(shifts),
  };
  if (!options.withCost) return report;
  const pricing = rosterPricing(scenario.requirement, scenario.forecast, scenario.params, resolveMoney(scenario.levers?.money));
  return { ...report, cost: rosterCost({ shifts, booked, shortfall }, ctx, pricing) };
}
