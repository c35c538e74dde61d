/**
 * The solve's gap read in money (issue 15). With a coverage floor the objective prices every agent missing below
 * it at FLOOR_BREACH_CNY, a wall rather than money, so a few such hours swamp the gap (the demo: 706 %). Pricing
 * those agents at their lost GMV instead, in the roster's objective and in the bound alike, leaves spend and lost
 * GMV against spend and lost GMV; the agent-hours below the floor are reported beside it.
 */
import type { FloorShortfall } from '../../levers/plan.ts';
import type { SolverStats } from '../../types.ts';

export interface MoneyGapInput {
  /** The roster's objective and the relaxation's bound, both with the floor's wall. */
  objective: number;
  lowerBound: number;
  /** CNY the wall adds to `objective` and to `lowerBound` over pricing the same missing agents at their lost GMV. */
  rosterFloorWallCny: number;
  boundFloorWallCny: number;
  /** Every hour the roster leaves below the floor. */
  belowFloor: readonly FloorShortfall[];
}

/**
 * The gap without the floor's wall, (objective - its wall) against (bound - its wall), and the roster's
 * agent-hours below the floor. A reading, not a proof: without its wall the bound no longer bounds a roster
 * that leaves more below the floor, so the gap in money can be negative.
 */
export function moneyGap(input: MoneyGapInput): Required<Pick<SolverStats, 'moneyGap' | 'belowFloorAgentHours'>> {
  const rosterMoney = input.objective - input.rosterFloorWallCny;
  const boundMoney = input.lowerBound - input.boundFloorWallCny;
  const belowFloorAgentHours = Math.round(input.belowFloor.reduce((sum, r) => sum + r.missingAgents, 0) * 100) / 100;
  return { moneyGap: boundMoney > 0 ? (rosterMoney - boundMoney) / boundMoney : 0, belowFloorAgentHours };
}
