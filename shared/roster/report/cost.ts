/**
 * A finished roster's cost in CNY: the one place a roster is priced, whether the engine just solved it or an
 * applied re-plan changed it (shared/replan/replannedReport.ts).
 */
import type { PlanCost } from '../../levers/plan.ts';
import type { RosterPricing } from '../../levers/pricing.ts';
import { lostGmvCny, planCost, wagesCny } from '../../levers/rosterCost.ts';
import type { Agent, Contract, ShortfallRow } from '../../types.ts';
import type { BookedShift } from '../bookedStaff.ts';
import { shiftHours } from '../shift.ts';
import type { RuleContext, Shift } from '../types.ts';
import { rosterOvertime } from './overtime.ts';

/** What pricing a roster needs: the team's shifts, the booked staff and the shortfall left. */
export interface PricedRoster {
  shifts: Shift[];
  booked: readonly Pick<BookedShift, 'kind' | 'costCny'>[];
  shortfall: readonly ShortfallRow[];
}

export interface RosterCostOptions {
  /** The overtime premium per contract when the caller has it already (rosterOvertime); computed otherwise. */
  premiumByContract?: Partial<Record<Contract, number>>;
}

/** Wages and overtime premiums by each agent's contract, the booked staff, and the GMV the shortfall puts at risk. */
export function rosterCost(roster: PricedRoster, ctx: RuleContext, pricing: RosterPricing, options: RosterCostOptions = {}): PlanCost {
  const hours: Partial<Record<Contract, number>> = {};
  for (const s of roster.shifts) {
    const contract = (ctx.agents.get(s.agentId) as Agent).contract;
    hours[contract] = (hours[contract] ?? 0) + shiftHours(s);
  }
  const premium = options.premiumByContract ?? rosterOvertime(roster.shifts, ctx).premiumByContract;
  const bookedCny = (kind: BookedShift['kind']) => roster.booked.reduce((sum, b) => sum + (b.kind === kind ? b.costCny : 0), 0);
  return planCost({ wagesCny: wagesCny(hours, pricing), overtimeCny: wagesCny(premium, pricing), tempsCny: bookedCny('temps'), borrowedCny: bookedCny('borrowed'), lostGmvCny: lostGmvCny(roster.shortfall, pricing) });
}
