/**
 * Fixed log-linear histograms of durations in seconds, so a run keeps statistics whose size depends on
 * the hours and queues, never on the number of chats. Below one second buckets are 10 ms wide; above,
 * each bucket is `ratio` times the last, so a reported percentile is within ratio/2 of the exact one.
 */
export interface HistogramScale {
  /** Bucket growth above one second: 1.005 gives 0.25 % precision, 1.05 gives 2.5 %. */
  ratio: number;
  buckets: number;
  /** 1 / ln(ratio), so a bucket costs one multiplication once the logarithm is known. */
  perLog: number;
}

/** Buckets of 10 ms below one second. */
export const SUB_SECOND_BUCKETS = 100;
const LONGEST_SECONDS = 1e7;

/** A scale whose buckets reach past the longest horizon a spec allows. */
export function histogramScale(ratio: number): HistogramScale {
  return { ratio, buckets: SUB_SECOND_BUCKETS + Math.ceil(Math.log(LONGEST_SECONDS) / Math.log(ratio)) + 1, perLog: 1 / Math.log(ratio) };
}

/** Fine buckets for whole-queue statistics, coarse ones for the per-hour heat map. */
export const FINE = histogramScale(1.005);
export const COARSE = histogramScale(1.05);

/** The bucket of a duration. */
export function bucketOf(seconds: number, scale: HistogramScale): number {
  return seconds < 1 ? Math.max(0, Math.floor(seconds * SUB_SECOND_BUCKETS)) : bucketOfLog(Math.log(seconds), scale);
}

/** The bucket of a duration of at least one second, from its natural logarithm (one log serves several scales). */
export function bucketOfLog(logSeconds: number, scale: HistogramScale): number {
  return Math.min(scale.buckets - 1, SUB_SECOND_BUCKETS + Math.floor(logSeconds * scale.perLog));
}

/** The duration a bucket stands for: its midpoint. */
export function bucketValue(bucket: number, scale: HistogramScale): number {
  if (bucket < SUB_SECOND_BUCKETS) return (bucket + 0.5) / SUB_SECOND_BUCKETS;
  const low = scale.ratio ** (bucket - SUB_SECOND_BUCKETS);
  return (low * (1 + scale.ratio)) / 2;
}

/**
 * The nearest-rank `p` quantile of `total` values of which the histogram holds the finite ones (the
 * rest count as never): null when the rank falls among the nevers.
 */
export function quantile(counts: Uint32Array, offset: number, scale: HistogramScale, total: number, p: number): number | null {
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (let b = 0; b < scale.buckets; b++) {
    seen += counts[offset + b];
    if (seen >= rank) return bucketValue(b, scale);
  }
  return null;
}

/** Share of `total` values at most `seconds` long, counting whole buckets up to the one holding it. */
export function shareAtMost(counts: Uint32Array, offset: number, scale: HistogramScale, total: number, seconds: number): number {
  if (total === 0) return 1;
  const last = bucketOf(seconds, scale);
  let seen = 0;
  for (let b = 0; b <= last; b++) seen += counts[offset + b];
  return seen / total;
}
