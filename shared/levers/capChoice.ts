/**
 * Lever 5, the per-agent cap per queue: its effect is the requirement at that cap, so choosing one means
 * solving the roster at each candidate and keeping the cheapest total cost. With several queues the search
 * goes queue by queue (coordinate descent: each queue's candidates tried with the others held at their
 * best so far, passes repeated until one changes nothing), not over the full product of the lists.
 */
import { QUEUE_CODES, QUEUE_LABELS, type QueueCode } from '../types.ts';
import type { PlanAdvice, PlanCost } from './plan.ts';
import type { Levers } from './schema.ts';

/** A cap for each queue the lever covers. */
export type QueueCaps = Partial<Record<QueueCode, number>>;

/** One roster solved at one set of caps. */
export interface CapTrial {
  caps: QueueCaps;
  totalCny: number;
}

export interface CapChoice<R> {
  caps: QueueCaps;
  result: R;
  totalCny: number;
  /** Every distinct set of caps solved, in order. */
  trials: CapTrial[];
  /** 'none' when every queue has one candidate (a single solve). */
  search: 'none' | 'coordinateDescent';
}

export interface ChooseCapsOptions {
  /** Each queue's cap before the lever (the scenario's own): the search starts there when it is a candidate, else at the smallest. */
  current?: QueueCaps;
  /** Called after each solve, with the number of solves done and the number one pass over every candidate takes. */
  onTrial?: (trial: CapTrial, done: number, planned: number) => void;
}

/** Passes over the queues at most; each pass after the first re-solves only caps not seen before. */
const MAX_PASSES = 3;

/** Two totals this close (CNY) are a tie, which the smaller cap wins. */
const TIE_CNY = 1e-6;

/** The candidate caps per queue, sorted and without repeats; queues without candidates are left out. */
export function capCandidates(lever: Levers['caps']): Partial<Record<QueueCode, number[]>> {
  return Object.fromEntries(QUEUE_CODES.filter((q) => (lever?.[q]?.length ?? 0) > 0).map((q) => [q, [...new Set(lever?.[q])].sort((a, b) => a - b)]));
}

/** Solves one pass over every queue's candidates takes, the start counted once. */
export function plannedCapTrials(lever: Levers['caps']): number {
  return 1 + Object.values(capCandidates(lever)).reduce((sum, list) => sum + list.length - 1, 0);
}

/** Chooses the cap per queue with the cheapest total cost (ties to the smaller cap), solving through `solve`. */
export function chooseCaps<R extends { cost?: Pick<PlanCost, 'totalCny'> }>(lever: Levers['caps'], solve: (caps: QueueCaps) => R, options: ChooseCapsOptions = {}): CapChoice<R> {
  const lists = capCandidates(lever);
  const queues = QUEUE_CODES.filter((q) => lists[q]);
  const planned = plannedCapTrials(lever);
  // A losing trial keeps only its cost: holding every candidate's whole roster would multiply the memory by the candidates.
  const solved = new Map<string, { trial: CapTrial; result?: R }>();
  const keyOf = (caps: QueueCaps) => queues.map((q) => caps[q]).join('|');
  const evaluate = (caps: QueueCaps): { trial: CapTrial; result: R } => {
    const known = solved.get(keyOf(caps));
    if (known?.result) return { trial: known.trial, result: known.result };
    const result = solve(caps);
    if (!result.cost) throw new Error('chooseCaps: the solve returned no cost; the cap lever needs a priced roster');
    const entry = { trial: known?.trial ?? { caps, totalCny: result.cost.totalCny }, result };
    solved.set(keyOf(caps), entry);
    if (!known) options.onTrial?.(entry.trial, solved.size, planned);
    return entry;
  };
  const start = Object.fromEntries(queues.map((q) => [q, lists[q]!.includes(options.current?.[q] as number) ? options.current?.[q] : lists[q]![0]])) as QueueCaps;
  let best = evaluate(start);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const before = best.trial;
    for (const queue of queues) {
      for (const cap of lists[queue]!) {
        const caps = { ...best.trial.caps, [queue]: cap };
        const known = solved.get(keyOf(caps));
        if (cap === best.trial.caps[queue] || (known && !wins(known.trial, best.trial, queue))) continue;
        const other = evaluate(caps);
        const [winner, loser] = wins(other.trial, best.trial, queue) ? [other, best] : [best, other];
        solved.set(keyOf(loser.trial.caps), { trial: loser.trial });
        best = winner;
      }
    }
    if (best.trial === before) break;
  }
  const search = queues.every((q) => lists[q]!.length === 1) ? 'none' : 'coordinateDescent';
  return { caps: best.trial.caps, result: best.result, totalCny: best.trial.totalCny, trials: [...solved.values()].map((s) => s.trial), search };
}

/** Whether `other` beats `best`, the two differing in `queue`'s cap: cheaper, or as cheap with the smaller cap. */
function wins(other: CapTrial, best: CapTrial, queue: QueueCode): boolean {
  const diff = other.totalCny - best.totalCny;
  if (diff < -TIE_CNY) return true;
  return Math.abs(diff) <= TIE_CNY && (other.caps[queue] as number) < (best.caps[queue] as number);
}

/** The chosen caps in the event's words ("pre-sale cap 5"), one line of plan advice per queue. */
export function capAdvice(caps: QueueCaps): PlanAdvice[] {
  return QUEUE_CODES.filter((q) => caps[q] !== undefined).map((queue) => ({
    kind: 'cap' as const,
    queue,
    cap: caps[queue],
    costCny: 0,
    message: `${QUEUE_LABELS[queue].en.toLowerCase()} cap ${caps[queue]}`,
  }));
}
