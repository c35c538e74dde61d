// The yardstick for the simulator's speed (issue 16, point 6): M/M/N as a bare loop in plain JavaScript, a
// binary heap of events, exponential arrivals and services, nothing kept but a count of chats served.

const ARRIVAL = 0;
const DEPARTURE = 1;

/** A binary min-heap of (time, kind) events in typed arrays. */
class BareHeap {
  times = new Float64Array(1024);
  kinds = new Uint8Array(1024);
  size = 0;

  push(time: number, kind: number): void {
    if (this.size === this.times.length) {
      const times = new Float64Array(this.size * 2);
      const kinds = new Uint8Array(this.size * 2);
      times.set(this.times);
      kinds.set(this.kinds);
      this.times = times;
      this.kinds = kinds;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.times[parent] <= time) break;
      this.times[i] = this.times[parent];
      this.kinds[i] = this.kinds[parent];
      i = parent;
    }
    this.times[i] = time;
    this.kinds[i] = kind;
  }

  /** Removes the earliest event; its time and kind are read from times[0], kinds[0] before the call. */
  pop(): void {
    const n = --this.size;
    const time = this.times[n];
    const kind = this.kinds[n];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.times[child + 1] < this.times[child]) child++;
      if (time <= this.times[child]) break;
      this.times[i] = this.times[child];
      this.kinds[i] = this.kinds[child];
      i = child;
    }
    this.times[i] = time;
    this.kinds[i] = kind;
  }
}

/** Serves Poisson arrivals at `perSecond` with `servers` exponential servers of mean `serviceSeconds` for `horizonSeconds`; returns chats arrived. */
export function bareMmn(perSecond: number, servers: number, serviceSeconds: number, horizonSeconds: number): number {
  const heap = new BareHeap();
  let idle = servers;
  let waiting = 0;
  let arrived = 0;
  heap.push(-Math.log(1 - Math.random()) / perSecond, ARRIVAL);
  while (heap.size > 0) {
    const now = heap.times[0];
    const kind = heap.kinds[0];
    if (now > horizonSeconds) break;
    heap.pop();
    if (kind === ARRIVAL) {
      arrived++;
      heap.push(now - Math.log(1 - Math.random()) / perSecond, ARRIVAL);
      if (idle > 0) {
        idle--;
        heap.push(now - serviceSeconds * Math.log(1 - Math.random()), DEPARTURE);
      } else waiting++;
    } else if (waiting > 0) {
      waiting--;
      heap.push(now - serviceSeconds * Math.log(1 - Math.random()), DEPARTURE);
    } else idle++;
  }
  return arrived;
}
