/** The cap suggestion: the smallest concurrency cap whose requirement the current staff covers in the LP. */
import { shiftColumns } from '../model/columns.ts';
import type { Pool } from '../model/pools.ts';
import { leastShortfall } from '../model/solveAggregate.ts';
import { requirementMatrix } from '../coverageMatrix.ts';
import type { ClosingSuggestion, RosterInput, RuleContext, SolveRosterOptions } from '../types.ts';
import { capSuggestion } from './closingSuggestions.ts';

export const DEFAULT_CAP_CANDIDATES = [3, 4, 5, 6, 8, 10, 15, 50, 100, 200];

/** Empty without a requirementForCap hook: the cap needs the requirement model, which the caller owns. */
export function capSuggestionFor(input: RosterInput, pools: Pool[], ctx: RuleContext, options: SolveRosterOptions): ClosingSuggestion[] {
  const hook = options.requirementForCap;
  if (!hook) return [];
  const columns = shiftColumns(pools, ctx);
  const covers = (cap: number) => leastShortfall(columns, requirementMatrix(hook(cap), ctx.frame), pools, ctx) < 0.5;
  return [capSuggestion(options.capCandidates ?? DEFAULT_CAP_CANDIDATES, covers)];
}
