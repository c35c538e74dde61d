/** The roster engine's entry point: aggregate LP, named assignment, repairs, and the reports. */
import { DomainError } from '../errors.ts';
import type { PlanCost } from '../levers/plan.ts';
import type { RosterPricing } from '../levers/pricing.ts';
import { legalExcess } from '../labour/legalExcess.ts';
import type { Agent, ShortfallRow } from '../types.ts';
import { assignDay, type SlotDemand } from './assign/assignDay.ts';
import { fillShortfall } from './assign/fillShortfall.ts';
import { rebuildAgents } from './assign/rebuildAgents.ts';
import { repairNightFairness } from './assign/nightFairnessRepair.ts';
import { allShifts, emptyState, setNightCaps, type AssignState } from './assign/state.ts';
import { buildFrame, hourIndex } from './frame.ts';
import type { ShiftColumn } from './model/columns.ts';
import type { FlexColumn } from './model/flexColumns.ts';
import { shiftColumns } from './model/columns.ts';
import { buildPools, type Pool } from './model/pools.ts';
import { moneyModel } from './model/moneyModel.ts';
import { floorWallOf, shortfallCostOf, solveIntegerPlan, solveRelaxation } from './model/solveAggregate.ts';
import type { MoneyModel } from './model/buildCoverageModel.ts';
import { instantOf } from './instants.ts';
import { balanceAfter, bookedAssignments, bookedCoverage, bookedShifts, bookingsOf, shortfallWithBooked, teamRequirement } from './bookedStaff.ts';
import { reassignmentRecords, toAssignment } from './reassign/reassignments.ts';
import { agentSuggestions } from './report/closingSuggestions.ts';
import { capSuggestionFor } from './report/capSuggestion.ts';
import { exhaustedLevers } from './report/exhaustedLevers.ts';
import { exhaustedOvertime } from './report/exhaustedOvertime.ts';
import { exhaustedPeakShifts } from './report/exhaustedPeakShifts.ts';
import { overtimeReport, rosterOvertime } from './report/overtime.ts';
import { rosterCost } from './report/cost.ts';
import { summarizeShortfall } from './report/shortfallSummary.ts';
import { checkRoster } from './rules/index.ts';
import { cell, coverageShortfall, requirementMatrix } from './coverageMatrix.ts';
import { rebuildWithBookings, type BookingSearchTerms } from './assign/rebuildWithBookings.ts';
import { rebookBooked } from './assign/topUpBooked.ts';
import { swapForBooked } from './assign/swapForBooked.ts';
import { teamForBooked } from './assign/teamForBooked.ts';
import { moneyPrice } from './assign/searchPrice.ts';
import { overtimeWindow } from './model/overtimeColumns.ts';
import { rulesWithLevers } from './peakTemplates.ts';
import { overtimeExtensionsOf, peakShiftsOf } from './report/leverShifts.ts';
import { floorExhausted, floorShortfall } from './report/floorShortfall.ts';
import { moneyGap } from './report/moneyGap.ts';
import type { IntegerPlan } from './model/solveAggregate.ts';
import type { Levers } from '../levers/schema.ts';
import { defaultRosterRules } from './rulesSchema.ts';
import { isNightShift, paidHoursOf, sortShifts } from './shift.ts';
import type { RosterFrame, RosterInput, RosterResult, RuleContext, Shift, SolveRosterOptions } from './types.ts';

/** Per day, the integer counts as slots for the named pass (pools merged: any agent who may serve the queue can fill them). */
function slotsByDay(counts: Map<ShiftColumn, number>, days: number): SlotDemand[][] {
  const out: SlotDemand[][] = Array.from({ length: days }, () => []);
  for (const [col, n] of counts) {
    const slot = out[col.day].find((s) => s.template === col.template && s.queue === col.queue);
    if (slot) slot.count += n;
    else out[col.day].push({ template: col.template, queue: col.queue, count: n });
  }
  return out;
}

/** Night shifts the aggregate plan gives each primary queue's full-time pools. */
function plannedNights(counts: Map<ShiftColumn, number>, ctx: RuleContext): Map<string, number> {
  const out = new Map<string, number>();
  for (const [col, n] of counts) {
    if (col.pool.contract === 'full_time' && isNightShift(col, ctx.rules)) out.set(col.pool.primary, (out.get(col.pool.primary) ?? 0) + n);
  }
  return out;
}

function checkAgents(agents: Agent[]): void {
  const seen = new Set<string>();
  for (const a of agents) {
    if (seen.has(a.id)) throw new DomainError('INVALID_INPUT', `duplicate agent id ${a.id}`, [{ field: 'agents.id', message: a.id }]);
    seen.add(a.id);
  }
}

/** Builds the named roster for the stage results: day-by-day flow, then gap filling, then night fairness (the rebuild follows). */
function buildNamedRoster(input: RosterInput, ctx: RuleContext, counts: Map<ShiftColumn, number>): AssignState {
  const { rules } = ctx;
  const state = emptyState(input.agents, ctx);
  setNightCaps(state, plannedNights(counts, ctx));
  const slots = slotsByDay(counts, ctx.frame.days);
  // Nights first: a night needs a day off (or another night) on both sides, which day shifts placed
  // earlier would rarely leave; fairness is also easiest to hold while nights are the only shifts.
  const isNight = (slot: SlotDemand) => isNightShift(slot, rules);
  slots.forEach((demand, day) => assignDay(day, demand.filter(isNight), state));
  slots.forEach((demand, day) => assignDay(day, demand.filter((slot) => !isNight(slot)), state));
  fillShortfall(input.requirement, state);
  repairNightFairness(state);
  return state;
}

/** The CNY objective the money model minimises, for a finished roster: its spend, and its shortfall in the convex pieces (with the floor). */
function moneyObjective(cost: PlanCost, shortfall: ShortfallRow[], frame: RosterFrame, money: MoneyModel): number {
  let sum = cost.wagesCny + cost.overtimeCny + cost.tempsCny + cost.borrowedCny;
  for (const r of shortfall) sum += shortfallCostOf(money, cell(hourIndex(frame, instantOf(r.hourStart, frame.timeZone) ?? 0), r.queue), r.required - r.scheduled);
  return sum;
}

/** CNY the coverage floor's wall adds to the roster's money objective over pricing its missing agents at their lost GMV alone. */
function floorWallCny(shortfall: ShortfallRow[], frame: RosterFrame, money: MoneyModel): number {
  return shortfall.reduce((sum, r) => sum + floorWallOf(money, cell(hourIndex(frame, instantOf(r.hourStart, frame.timeZone) ?? 0), r.queue), r.required - r.scheduled), 0);
}

/** Agents still missing per cell once the team's shifts and the booked staff are on duty. */
function missingAfter(requirement: RosterInput['requirement'], shifts: Shift[], cover: Float64Array, frame: RosterFrame): Float64Array {
  return balanceAfter(requirement, shifts, cover, frame).map((b) => Math.max(0, b));
}

/**
 * The bookings the search settled on, adjusted for the floor: team shifts traded for bookings where an hour stays
 * below it (`state` changes with them), free agents' shifts in place of bookings, people moved within each day's
 * bound where that saves more, then free agents again on what the moves left. The
 * balance is kept signed so a move sees what a booking in an over-covered cell is not needed for.
 */
function tradeForFloor(flex: Map<FlexColumn, number>, state: AssignState, input: RosterInput, money: MoneyModel, required: Float64Array, coverageFloor: number | undefined): Map<FlexColumn, number> {
  if (!input.pricing) return flex;
  const { frame } = state.ctx;
  const price = moneyPrice(money, required, input.pricing.wagesCnyPerHour);
  const residual = balanceAfter(input.requirement, allShifts(state), bookedCoverage(bookedShifts(flex), frame), frame);
  const traded = coverageFloor === undefined ? flex : swapForBooked(state, flex, { residual, required, floor: coverageFloor, money, price });
  const teamFirst = teamForBooked(state, traded, { residual, money, price });
  const rebooked = rebookBooked(teamFirst, residual, money, price.short);
  // Moving a booking within its day can leave an hour that an agent who is off would now cover for less.
  return teamForBooked(state, rebooked, { residual, money, price });
}

/** The levers the roster pulls, what ran out (and what one more unit of it would buy), and the hours still below the coverage floor. */
function leverReport(shifts: Shift[], plan: IntegerPlan, missing: Float64Array, shortfall: ShortfallRow[], money: MoneyModel, levers: Levers, pricing: RosterPricing, ctx: RuleContext): Pick<RosterResult, 'levers' | 'exhausted' | 'belowFloor'> {
  const { frame } = ctx;
  const wageCnyPerHour = pricing.wagesCnyPerHour.full_time;
  const exhausted = [
    ...exhaustedLevers({ booked: plan.flex, money, missing, frame }),
    ...(levers.overtime ? exhaustedOvertime({ shifts, lever: levers.overtime, window: overtimeWindow(levers.overtime, ctx.rules, frame), missing, money, wagesCnyPerHour: pricing.wagesCnyPerHour, ctx }) : []),
    ...(levers.peakShifts ? exhaustedPeakShifts({ shifts, missing, money, wageCnyPerHour, ctx }) : []),
  ];
  const below = floorShortfall(shortfall, levers.coverageFloor);
  return {
    levers: { temps: bookingsOf('temps', plan.flex, frame), borrowed: bookingsOf('borrowed', plan.flex, frame), overtime: overtimeExtensionsOf(shifts, frame), peakShifts: peakShiftsOf(shifts, frame), caps: {} },
    exhausted: [...exhausted, ...floorExhausted(below, exhausted, { missing, money, wageCnyPerHour, frame })],
    ...(levers.coverageFloor === undefined ? {} : { belowFloor: below }),
  };
}

/** What the search with revisable bookings needs: the requirement, the money model and wages, the overtime lever's terms. */
function bookingTerms(input: RosterInput, pricing: RosterPricing, money: MoneyModel, required: Float64Array, ctx: RuleContext): BookingSearchTerms {
  const overtime = input.levers?.overtime;
  return {
    requirement: input.requirement,
    required,
    money,
    wages: pricing.wagesCnyPerHour,
    ...(overtime ? { overtime: { ...overtime, window: overtimeWindow(overtime, ctx.rules, ctx.frame), wagesCnyPerHour: pricing.wagesCnyPerHour } } : {}),
  };
}

/** The rules (with the levers' generated templates), frame and pools a roster of `input` is solved under. */
export function rosterContext(input: RosterInput): { ctx: RuleContext; pools: Pool[] } {
  const priced = input.levers && input.pricing ? input.levers : undefined;
  // Peak shifts travel with the rules as generated templates; the overtime lever may raise the working-time ceilings.
  const rules = rulesWithLevers(input.rules ?? defaultRosterRules(), priced);
  checkAgents(input.agents);
  const ctx: RuleContext = { rules, frame: buildFrame(input.requirement, rules), agents: new Map(input.agents.map((a) => [a.id, a])) };
  return { ctx, pools: buildPools(input.agents, ctx) };
}

/**
 * Solves a roster. Never throws for lack of staff: uncovered hours come back as shortfall with a
 * summary and what would close it. Objective: coverage first (shortfallPenalty per agent-hour,
 * above any shift's length), then paid hours with overtime priced at its premium (150 / 200 / 300 %),
 * then moves between queues, then fairness.
 */
export function solveRoster(input: RosterInput, options: SolveRosterOptions = {}): RosterResult {
  const started = options.clock?.();
  const priced = input.levers && input.pricing ? input.levers : undefined;
  const { ctx, pools } = rosterContext(input);
  const { rules, frame } = ctx;
  const columns = shiftColumns(pools, ctx);
  const required = requirementMatrix(input.requirement, frame);
  // With levers the plan is priced in CNY and may book temps and borrowed staff; the team covers the rest.
  const money = priced && input.pricing ? moneyModel(input.pricing, priced, frame, required, columns, rules) : undefined;
  const relaxation = solveRelaxation(columns, required, pools, ctx, money);
  const plan = solveIntegerPlan(columns, required, pools, ctx, money);
  const planned = bookedShifts(plan.flex);
  const plannedCover = bookedCoverage(planned, frame);
  const teamInput = planned.length === 0 ? input : { ...input, requirement: teamRequirement(input.requirement, plannedCover, frame) };
  const named = buildNamedRoster(teamInput, ctx, plan.counts);
  // With levers the search prices as the plan does (lost GMV, the floor's wall, wages) and may revise the bookings;
  // then hours still below the floor may trade a team shift for bookings, and bookings move within their day.
  const searched = money && input.pricing ? rebuildWithBookings(named, plan.flex, bookingTerms(input, input.pricing, money, required, ctx)) : plan.flex;
  const flex = money ? tradeForFloor(searched, named, input, money, required, priced?.coverageFloor) : plan.flex;
  if (!money) rebuildAgents(input.requirement, named);
  const shifts = sortShifts(allShifts(named));
  const booked = bookedShifts(flex);
  const cover = bookedCoverage(booked, frame);
  const teamShortfall = coverageShortfall(teamInput.requirement, shifts, frame);
  const shortfall = booked.length === 0 ? teamShortfall : shortfallWithBooked(input.requirement, shifts, cover, frame);
  const summary = summarizeShortfall(shortfall);
  const paidHours = paidHoursOf(shifts);
  const moved = shifts.filter((s) => s.queue !== ctx.agents.get(s.agentId)?.primaryQueue).length;
  const overtime = rosterOvertime(shifts, ctx);
  const cost = input.pricing ? rosterCost({ shifts, booked, shortfall }, ctx, input.pricing, { premiumByContract: overtime.premiumByContract }) : undefined;
  const weighted = money && cost ? moneyObjective(cost, shortfall, frame, money) : paidHours + overtime.premiumHours + rules.shortfallPenalty * summary.totalAgentHours;
  const lowerBound = relaxation.bound;
  const gapInMoney = money && priced ? moneyGap({ objective: weighted, lowerBound, rosterFloorWallCny: floorWallCny(shortfall, frame, money), boundFloorWallCny: relaxation.floorWallCny, belowFloor: floorShortfall(shortfall, priced.coverageFloor) }) : {};
  const suggestions = shortfall.length === 0 ? [] : [...agentSuggestions(shortfall, ctx), ...capSuggestionFor(input, pools, ctx, options)];
  const assignments = shifts.map((s) => toAssignment(s, ctx.agents.get(s.agentId) as Agent, frame.timeZone));
  return {
    assignments: [...assignments, ...bookedAssignments(booked, frame)],
    shortfall,
    reassignments: reassignmentRecords(shifts, ctx),
    stats: { paidHours, objective: weighted, lowerBound, gap: lowerBound > 0 ? (weighted - lowerBound) / lowerBound : 0, ...gapInMoney, solveMs: started === undefined || !options.clock ? 0 : options.clock() - started },
    objective: {
      paidHours,
      overtimeHours: overtime.hours,
      overtimePremiumHours: overtime.premiumHours,
      shortfallAgentHours: summary.totalAgentHours,
      reassignedShifts: moved,
      weighted, lpWeighted: relaxation.weighted, lpShortfallAgentHours: relaxation.shortfallAgentHours,
    },
    violations: checkRoster(shifts, teamInput.requirement, teamShortfall, ctx),
    summary,
    suggestions,
    overtime: overtimeReport(shifts, frame),
    legalExcess: legalExcess(assignments, input.agents, { timeZone: frame.timeZone }),
    ...(cost ? { cost } : {}),
    ...(money && priced && input.pricing ? leverReport(shifts, { ...plan, flex }, missingAfter(input.requirement, shifts, cover, frame), shortfall, money, priced, input.pricing, ctx) : {}),
  };
}
