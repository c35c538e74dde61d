import { EventKind, HOUR, type RunState } from './runState.ts';

/** The queue's next arrival after now: a Poisson stream at each hour's rate, drawn one arrival ahead. */
export function scheduleArrival(s: RunState, q: number): void {
  const gaps = s.arrivalGap[q];
  // From now, read here rather than passed: a double passed to a function V8 has not inlined is boxed.
  let from = s.now;
  for (let hour = s.hour; hour < s.hours; hour++, from = hour * HOUR) {
    if (gaps[hour] === 0) continue;
    // Memoryless: a draw past the hour's end is discarded and the next hour starts afresh at its own rate.
    // The exponential gap written out (the same bits as from + exponential(gap)): V8 left that call, a
    // level deeper, out of line, which cost 2-3 % of a cap-1 run.
    const t = from - gaps[hour] * Math.log(1 - s.arrivalRandom[q].next());
    if (t < (hour + 1) * HOUR) return s.events.pushStream(q, t, EventKind.Arrival, q);
  }
}
