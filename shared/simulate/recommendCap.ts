/**
 * The recommended cap of one queue (issue 16, point 4), from several seeds of every cap: the cap that
 * answers the largest share within target among those keeping abandonment and the average response
 * under their limits; caps whose 95 % intervals overlap the best one's are a tie, and the smallest of
 * them is recommended (a lower cap is gentler on agents and no worse within noise).
 */

/** The limits a recommended cap must keep. Both are our assumptions, to set per shop. */
export interface CapCriterion {
  /** Largest mean share of customers leaving (waiting or inside a chat). */
  maxAbandonment: number;
  /** Largest mean response time over all replies, in seconds (平均响应时间). */
  maxAverageResponseSeconds: number;
}

/** Assumptions, not published figures: 5 % abandonment, 60 s average response. */
export const DEFAULT_CAP_CRITERION: Readonly<CapCriterion> = Object.freeze({ maxAbandonment: 0.05, maxAverageResponseSeconds: 60 });
/** Seeds below this give no interval worth the name; the recommendation needs at least these many. */
export const MIN_RECOMMENDATION_SEEDS = 5;

/** One seed's run of one queue at one cap. */
export interface CapSample {
  withinTarget: number;
  abandonment: number;
  /** null when nothing was answered. */
  averageResponseSeconds: number | null;
}

/** A mean with its 95 % confidence interval (Student's t over the seeds). */
export interface Estimate {
  mean: number;
  low: number;
  high: number;
}

export interface CapEstimate {
  cap: number;
  withinTarget: Estimate;
  abandonment: Estimate;
  averageResponseSeconds: Estimate | null;
  /** Within both limits of the criterion (on the means). */
  meetsLimits: boolean;
}

export interface CapRecommendation {
  cap: number;
  /** 'best': alone at the top; 'tie': the smallest of caps within noise of the best; 'noLimitMet': no cap keeps the limits, so the one with the least abandonment. */
  reason: 'best' | 'tie' | 'noLimitMet';
  /** The caps tied with the recommended one (itself included). */
  tiedWith: number[];
  criterion: CapCriterion;
  seeds: number;
  estimates: CapEstimate[];
}

/** The recommended cap from each cap's samples over the same seeds; throws below MIN_RECOMMENDATION_SEEDS. */
export function recommendCap(samples: readonly { cap: number; runs: readonly CapSample[] }[], criterion: CapCriterion = DEFAULT_CAP_CRITERION): CapRecommendation {
  const seeds = Math.min(...samples.map((s) => s.runs.length));
  if (samples.length === 0 || seeds < MIN_RECOMMENDATION_SEEDS) throw new RangeError(`a recommended cap needs at least ${MIN_RECOMMENDATION_SEEDS} seeds of every cap`);
  const estimates = [...samples].sort((a, b) => a.cap - b.cap).map((s) => capEstimate(s.cap, s.runs, criterion));
  const eligible = estimates.filter((e) => e.meetsLimits);
  if (eligible.length === 0) {
    // Nothing keeps the limits: advise the cap that loses the fewest customers, smallest among ties.
    const least = estimates.reduce((a, b) => (b.abandonment.mean < a.abandonment.mean ? b : a));
    const tied = estimates.filter((e) => e.abandonment.low <= least.abandonment.high);
    return { cap: tied[0].cap, reason: 'noLimitMet', tiedWith: tied.map((e) => e.cap), criterion, seeds, estimates };
  }
  const best = eligible.reduce((a, b) => (b.withinTarget.mean > a.withinTarget.mean ? b : a));
  const tied = eligible.filter((e) => e.withinTarget.high >= best.withinTarget.low);
  return { cap: tied[0].cap, reason: tied.length > 1 ? 'tie' : 'best', tiedWith: tied.map((e) => e.cap), criterion, seeds, estimates };
}

function capEstimate(cap: number, runs: readonly CapSample[], criterion: CapCriterion): CapEstimate {
  const responses = runs.map((r) => r.averageResponseSeconds);
  const averageResponseSeconds = responses.every((r): r is number => r !== null) ? estimate(responses) : null;
  const withinTarget = estimate(runs.map((r) => r.withinTarget));
  const abandonment = estimate(runs.map((r) => r.abandonment));
  const meetsLimits = abandonment.mean <= criterion.maxAbandonment && averageResponseSeconds !== null && averageResponseSeconds.mean <= criterion.maxAverageResponseSeconds;
  return { cap, withinTarget, abandonment, averageResponseSeconds, meetsLimits };
}

/** Mean and 95 % interval of independent samples (t distribution with n − 1 degrees of freedom). */
export function estimate(values: readonly number[]): Estimate {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
  const half = n > 1 ? studentT975(n - 1) * Math.sqrt(variance / n) : 0;
  return { mean, low: mean - half, high: mean + half };
}

/** The 97.5 % quantile of Student's t (two-sided 95 %), tabulated for 1-30 degrees of freedom, then the normal's 1.96 approached. */
function studentT975(df: number): number {
  const table = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
  if (df <= table.length) return table[df - 1];
  return 1.96 + 2.4 / df;
}
