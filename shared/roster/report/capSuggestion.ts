/** The cap suggestion: the smallest concurrency cap whose requirement the current staff covers in the LP. */
import { CAPS_TO_TRY } from '../../chat/caps.ts';
import { shiftColumns } from '../model/columns.ts';
import type { Pool } from '../model/pools.ts';
import { leastShortfall } from '../model/solveAggregate.ts';
import { requirementMatrix } from '../coverageMatrix.ts';
import type { ClosingSuggestion, RosterInput, RuleContext, SolveRosterOptions } from '../types.ts';
import { capSuggestion } from './closingSuggestions.ts';

/** The simulation's caps, then far higher ones: the LP estimate is cheap, and a closing hint should find a cap if any covers. */
export const DEFAULT_CAP_CANDIDATES = [...CAPS_TO_TRY, 50, 100, 200];

/** Empty without a requirementForCap hook: the cap needs the requirement model, which the caller owns. */
export function capSuggestionFor(input: RosterInput, pools: Pool[], ctx: RuleContext, options: SolveRosterOptions): ClosingSuggestion[] {
  const hook = options.requirementForCap;
  if (!hook) return [];
  const columns = shiftColumns(pools, ctx);
  const covers = (cap: number) => leastShortfall(columns, requirementMatrix(hook(cap), ctx.frame), pools, ctx) < 0.5;
  return [capSuggestion(options.capCandidates ?? DEFAULT_CAP_CANDIDATES, covers)];
}
