/**
 * A roster planned with the levers: the requirement and its pricing at the scenario's caps, or, when the cap
 * lever lists candidates, at each candidate the search tries (shared/levers/capChoice.ts), keeping the cheapest.
 * The CLI and the scenario solve job both plan through here, so they cannot compose it differently.
 */
import type { RosterRules } from '../roster/rulesSchema.ts';
import { capSuggestionFor } from '../roster/report/capSuggestion.ts';
import { rosterContext, solveRoster } from '../roster/solveRoster.ts';
import type { ClosingSuggestion, RosterInput, RosterResult, SolveRosterOptions } from '../roster/types.ts';
import { resolveQueueParams, type RequirementParams } from '../staffing/params.ts';
import { requirement } from '../staffing/requirement.ts';
import { paramsWithCaps, requirementAtCap } from '../staffing/requirementAtCap.ts';
import { QUEUE_CODES, type Agent, type ForecastRow, type RequirementRow } from '../types.ts';
import { capAdvice, capCandidates, chooseCaps, type CapChoice, type ChooseCapsOptions, type QueueCaps } from './capChoice.ts';
import { resolveMoney } from './money.ts';
import { rosterPricing } from './pricing.ts';
import type { PlanBefore } from './plan.ts';
import { planCoverage } from './planFile.ts';
import type { Levers } from './schema.ts';

export interface PlanRosterInput {
  forecast: readonly ForecastRow[];
  params: RequirementParams;
  agents: Agent[];
  rules: RosterRules;
  /** Absent: priced at the demo assumptions, no lever pulled. */
  levers?: Levers;
  /** The requirement at `params` when the caller has it already (a cache); computed otherwise. */
  requirement?: RequirementRow[];
}

export interface PlanRosterOptions {
  /** Milliseconds clock for the solve time; shared code never reads the wall clock itself. */
  clock?: () => number;
  /** Called after each cap candidate's solve. */
  onCapTrial?: ChooseCapsOptions['onTrial'];
}

export interface PlannedRoster {
  result: RosterResult;
  /** The requirement the roster was solved for: at the chosen caps when the cap lever was pulled. */
  requirement: RequirementRow[];
  /** The requirement params at the chosen caps. */
  params: RequirementParams;
  /** The cap lever's search, when it lists candidates. */
  capSearch?: Pick<CapChoice<unknown>, 'search' | 'trials'>;
}

/** Solves the roster for the levers, choosing the cap per queue when the cap lever offers candidates; with any lever pulled, also the same event without them (`result.before`). */
export function planRoster(input: PlanRosterInput, options: PlanRosterOptions = {}): PlannedRoster {
  const planned = planWithLevers(input, options);
  if (!pullsLevers(input.levers)) return planned;
  return { ...planned, result: { ...planned.result, before: solveWithoutLevers(input, options) } };
}

/** True when the levers allow more than pricing the roster in money: any lever, the cap lever or a coverage floor. */
export function pullsLevers(levers: Levers | undefined): boolean {
  return levers !== undefined && Object.entries(levers).some(([key, value]) => key !== 'money' && value !== undefined);
}

/** The "before" of the plan: the event at the scenario's own caps, priced in its money, with no lever. */
function solveWithoutLevers(input: PlanRosterInput, options: PlanRosterOptions): PlanBefore {
  const money = resolveMoney(input.levers?.money);
  const rows = input.requirement ?? requirement(input.forecast, input.params);
  const pricing = rosterPricing(rows, input.forecast, input.params, money);
  const levers: Levers = input.levers?.money ? { money: input.levers.money } : {};
  const result = solveRoster({ requirement: rows, agents: input.agents, rules: input.rules, pricing, levers }, { clock: options.clock });
  if (!result.cost) throw new Error('a roster solved with pricing carries its cost');
  return { cost: result.cost, coverage: planCoverage(result) };
}

function planWithLevers(input: PlanRosterInput, options: PlanRosterOptions): PlannedRoster {
  const money = resolveMoney(input.levers?.money);
  // The cap suggestion re-runs the requirement model at other caps, from these params.
  const capOptions = (params: RequirementParams): SolveRosterOptions => ({ clock: options.clock, requirementForCap: (cap) => requirementAtCap(input.forecast, params, cap) });
  const solveAt = (caps: QueueCaps, suggestCap: boolean) => {
    const params = paramsWithCaps(input.params, caps);
    const rows = input.requirement && params === input.params ? input.requirement : requirement(input.forecast, params);
    const pricing = rosterPricing(rows, input.forecast, params, money);
    const rosterInput: RosterInput = { requirement: rows, agents: input.agents, rules: input.rules, pricing, levers: input.levers };
    const result = solveRoster(rosterInput, suggestCap ? capOptions(params) : { clock: options.clock });
    return { result, cost: result.cost, rows, params, rosterInput };
  };
  if (Object.keys(capCandidates(input.levers?.caps)).length === 0) {
    const plain = solveAt({}, true);
    return { result: plain.result, requirement: plain.rows, params: plain.params };
  }
  const current = Object.fromEntries(QUEUE_CODES.map((q) => [q, resolveQueueParams(input.params, q).concurrencyCap]));
  // Candidates are solved without the cap suggestion (an LP per cap it tries) and only the chosen one gets it.
  const choice = chooseCaps(input.levers?.caps, (caps) => solveAt(caps, false), { current, onTrial: options.onCapTrial });
  const chosen = choice.result;
  const levers = chosen.result.levers && { ...chosen.result.levers, caps: choice.caps };
  const suggestions = [...chosen.result.suggestions, ...(chosen.result.shortfall.length === 0 ? [] : capSuggestionOf(chosen.rosterInput, capOptions(chosen.params)))];
  return {
    result: { ...chosen.result, suggestions, ...(levers ? { levers } : {}), advice: [...(chosen.result.advice ?? []), ...capAdvice(choice.caps)] },
    requirement: chosen.rows,
    params: chosen.params,
    capSearch: { search: choice.search, trials: choice.trials },
  };
}

/** The cap suggestion solveRoster appends to its own suggestions when given a requirementForCap hook. */
function capSuggestionOf(input: RosterInput, options: SolveRosterOptions): ClosingSuggestion[] {
  const { ctx, pools } = rosterContext(input);
  return capSuggestionFor(input, pools, ctx, options);
}
