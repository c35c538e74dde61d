import { REPLY_THRESHOLDS } from '../chat/serviceMeasures.ts';
import type { RunState } from './runState.ts';

// Replies, and those within each of the platforms' response thresholds (RunStats.hourReplied and
// hourRepliedWithin), counted as one band a reply during the run (tally.ts, countReply) rather than one
// test and count per threshold, and summed into the counts once at the end.

/** REPLY_THRESHOLDS in ascending order: a reply's band is how many of them its response exceeds. */
export const ASCENDING_THRESHOLDS = Float64Array.from(REPLY_THRESHOLDS).sort();

/** Reply bands per (hour, queue) cell: within the lowest threshold, between each two, past the highest. */
export const REPLY_BANDS = REPLY_THRESHOLDS.length + 1;

/** At the horizon: each cell's replies, the sum of its bands, and those within each threshold, the sum of the bands up to the threshold's. */
export function countReplies(s: RunState): void {
  const { stats, replyBands } = s;
  for (let cell = 0; cell < stats.hourReplied.length; cell++) {
    for (let band = 0; band < REPLY_BANDS; band++) stats.hourReplied[cell] += replyBands[cell * REPLY_BANDS + band];
  }
  REPLY_THRESHOLDS.forEach((threshold, i) => {
    const lastBand = ASCENDING_THRESHOLDS.indexOf(threshold);
    const within = stats.hourRepliedWithin[i];
    for (let cell = 0; cell < within.length; cell++) {
      for (let band = 0; band <= lastBand; band++) within[cell] += replyBands[cell * REPLY_BANDS + band];
    }
  });
}
