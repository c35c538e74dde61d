/**
 * The whole-horizon aggregate model with every pool row (day capacity, windows, rotation, transitions to the next
 * day and two days apart) as one integer model, for comparison with an exact solver. The engine solves it day by
 * day instead; only the bench hands it whole to HiGHS.
 */
import { buildCoverageModel } from '../../shared/roster/model/buildCoverageModel.ts';
import { dayCapacityRows, rotationRows, windowRows } from '../../shared/roster/model/capacityRows.ts';
import type { ShiftColumn } from '../../shared/roster/model/columns.ts';
import type { LpModel } from '../../shared/roster/model/lp.ts';
import type { Pool } from '../../shared/roster/model/pools.ts';
import { transitionRows } from '../../shared/roster/model/transitionRows.ts';
import type { RuleContext } from '../../shared/roster/types.ts';

/** The aggregate integer model over every day of the horizon at once. */
export function aggregateModel(columns: ShiftColumn[], required: Float64Array, pools: Pool[], ctx: RuleContext): LpModel {
  const days = Array.from({ length: ctx.frame.days }, (_, d) => d);
  const capacity = [
    ...dayCapacityRows(pools, days),
    ...windowRows(pools, days, ctx.frame.days, ctx.rules),
    ...rotationRows(pools, days, ctx),
    ...transitionRows(pools, days.slice(0, -1), ctx),
    // Two days apart as the rolling horizon has them (restAfterNights after a night crossing midnight).
    ...transitionRows(pools, days.slice(0, -2), ctx, 2),
  ];
  return buildCoverageModel({ columns, residual: required, capacity, shortfallPenalty: ctx.rules.shortfallPenalty, integer: true });
}
