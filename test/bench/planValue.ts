/**
 * What the rolling horizon's integer plan would cost if the named stage staffed every shift it plans, priced as the
 * roster is (wages, bookings, extensions, lost GMV with the floor's wall): the bench's mark between the bound and
 * the roster, so a gap can be read as the plan's (pools) or the named stage's (per-agent rules).
 */
import { coverHours } from '../../shared/roster/coverageMatrix.ts';
import type { MoneyModel } from '../../shared/roster/model/buildCoverageModel.ts';
import { floorWallOf, shortfallCostOf, type IntegerPlan } from '../../shared/roster/model/solveAggregate.ts';

/**
 * The plan's CNY before any overtime premium of the 40-hour week (its columns are priced at the normal wage), and
 * the part of it that is the coverage floor's wall (FLOOR_BREACH_CNY per missing agent below the floor).
 */
export function integerPlanCny(plan: IntegerPlan, required: Float64Array, money: MoneyModel): { cny: number; floorWallCny: number } {
  const missing = Float64Array.from(required);
  let cny = 0;
  for (const [c, n] of plan.counts) {
    cny += n * money.columnCost(c);
    coverHours(missing, c.queue, c.from, c.to, n);
  }
  for (const [f, n] of plan.flex) {
    cny += n * f.costCny;
    coverHours(missing, f.queue, f.from, f.to, n * f.coverage);
  }
  for (const [e, n] of plan.extensions) {
    cny += n * e.costCny;
    coverHours(missing, e.base.queue, e.from, e.to, n);
  }
  let floorWallCny = 0;
  missing.forEach((m, i) => {
    if (m <= 1e-9) return;
    cny += shortfallCostOf(money, i, m);
    floorWallCny += floorWallOf(money, i, m);
  });
  return { cny, floorWallCny };
}
