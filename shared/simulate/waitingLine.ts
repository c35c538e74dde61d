import type { RunState } from './runState.ts';

/** Adds a customer at the back of queue q's line of customers waiting for an agent. */
export function enqueue(s: RunState, q: number, slot: number): void {
  let line = s.lines[q];
  if (s.lineTail[q] === line.length) {
    // Full at the back: move the live part to the front, into a doubled array when it fills over half.
    const length = s.lineTail[q] - s.lineHead[q];
    if (length * 2 > line.length) {
      const wider = new Int32Array(line.length * 2);
      wider.set(line.subarray(s.lineHead[q], s.lineTail[q]));
      s.lines[q] = line = wider;
    } else line.copyWithin(0, s.lineHead[q], s.lineTail[q]);
    s.lineHead[q] = 0;
    s.lineTail[q] = length;
  }
  line[s.lineTail[q]++] = slot;
}
