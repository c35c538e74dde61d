/**
 * A binary min-heap of (time, kind, id) events in typed columns; ties break by insertion order so runs
 * are deterministic. Sifting moves a hole instead of swapping, so a push or pop writes each level once.
 */
export class EventQueue {
  private capacity = 1024;
  private times = new Float64Array(this.capacity);
  private orders = new Float64Array(this.capacity);
  private kinds = new Uint8Array(this.capacity);
  private ids = new Float64Array(this.capacity);
  private length = 0;
  private counter = 0;

  get size(): number {
    return this.length;
  }

  /** Adds an event. */
  push(time: number, kind: number, id: number): void {
    if (this.length === this.capacity) this.grow();
    const order = this.counter++;
    const { times, orders, kinds, ids } = this;
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent] < time || (times[parent] === time && orders[parent] < order)) break;
      times[i] = times[parent];
      orders[i] = orders[parent];
      kinds[i] = kinds[parent];
      ids[i] = ids[parent];
      i = parent;
    }
    times[i] = time;
    orders[i] = order;
    kinds[i] = kind;
    ids[i] = id;
  }

  /** Removes the earliest event into `out` ([time, kind, id]); false when empty. */
  pop(out: [number, number, number]): boolean {
    if (this.length === 0) return false;
    const { times, orders, kinds, ids } = this;
    out[0] = times[0];
    out[1] = kinds[0];
    out[2] = ids[0];
    const n = --this.length;
    if (n === 0) return true;
    // Sift the last event down from the root.
    const time = times[n];
    const order = orders[n];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (times[right] < times[child] || (times[right] === times[child] && orders[right] < orders[child]))) child = right;
      if (time < times[child] || (time === times[child] && order < orders[child])) break;
      times[i] = times[child];
      orders[i] = orders[child];
      kinds[i] = kinds[child];
      ids[i] = ids[child];
      i = child;
    }
    times[i] = time;
    orders[i] = order;
    kinds[i] = kinds[n];
    ids[i] = ids[n];
    return true;
  }

  private grow(): void {
    this.capacity *= 2;
    const widen = <T extends Float64Array | Uint8Array>(old: T): T => {
      const wider = new (old.constructor as new (n: number) => T)(this.capacity);
      wider.set(old);
      return wider;
    };
    this.times = widen(this.times);
    this.orders = widen(this.orders);
    this.kinds = widen(this.kinds);
    this.ids = widen(this.ids);
  }
}
