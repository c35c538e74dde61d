/** An event's key is order × KINDS + kind (see EventQueue): room for eight kinds. */
const KINDS = 8;

const PER_KIND = 1 / KINDS;

/** The kind in a key's low bits, without the floating-point remainder `%` compiles to on a double: multiplying by 1 / KINDS, a power of two, is exact and spares a division. */
function kindOf(key: number): number {
  return key - KINDS * Math.floor(key * PER_KIND);
}

/**
 * A binary min-heap of (time, kind, id) events in typed columns; ties break by insertion order so runs are
 * deterministic. Binary rather than 4-ary: picking the earliest of four children is three branches no CPU
 * predicts, and the 4-ary heap measured 4-8 % slower on whole runs. The kind rides in the low bits of the
 * tie-break key (order × 8 + kind, orders being unique) so sifting moves three columns, not four.
 * Sifting moves a hole instead of swapping, so a push or pop writes each level once.
 *
 * A stream (a source with at most one pending event, such as a queue's next arrival) waits beside the
 * heap rather than in it, compared with the heap's top at each pop by the same (time, order) rule: the
 * events come out in the same order, and the heap is spared a push and a pop per arrival.
 */
export class EventQueue {
  private capacity = 1024;
  private times = new Float64Array(this.capacity);
  private keys = new Float64Array(this.capacity);
  private ids = new Float64Array(this.capacity);
  private length = 0;
  private counter = 0;
  /** Per stream: its pending event's time (Infinity when none), key and id. */
  private readonly streamTimes: Float64Array;
  private readonly streamKeys: Float64Array;
  private readonly streamIds: Float64Array;
  /** The last popped event. */
  time = 0;
  kind = 0;
  id = 0;

  constructor(streams = 0) {
    this.streamTimes = new Float64Array(streams).fill(Infinity);
    this.streamKeys = new Float64Array(streams);
    this.streamIds = new Float64Array(streams);
  }

  get size(): number {
    let pending = this.length;
    for (let s = 0; s < this.streamTimes.length; s++) if (this.streamTimes[s] !== Infinity) pending++;
    return pending;
  }

  /** Sets a stream's pending event, which must have no other pending event. */
  pushStream(stream: number, time: number, kind: number, id: number): void {
    this.streamTimes[stream] = time;
    this.streamKeys[stream] = this.counter++ * KINDS + kind;
    this.streamIds[stream] = id;
  }

  /**
   * Sets aside `count` insertion orders for events pushed later with pushOrdered, so a chain of events
   * (each pushing the next) ties with others exactly as if all had been pushed now, while the heap holds
   * only the next of them. Returns the first order.
   */
  reserve(count: number): number {
    const first = this.counter;
    this.counter += count;
    return first;
  }

  /** Adds an event. */
  push(time: number, kind: number, id: number): void {
    this.pushOrdered(time, kind, id, this.counter++);
  }

  /** Adds an event with an order from reserve. */
  pushOrdered(time: number, kind: number, id: number, order: number): void {
    if (this.length === this.capacity) this.grow();
    const key = order * KINDS + kind;
    const { times, keys, ids } = this;
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const t = times[parent];
      if (t < time || (t === time && keys[parent] < key)) break;
      times[i] = t;
      keys[i] = keys[parent];
      ids[i] = ids[parent];
      i = parent;
    }
    times[i] = time;
    keys[i] = key;
    ids[i] = id;
  }

  /** Removes the earliest event into time, kind and id; false when empty. */
  pop(): boolean {
    const { times, keys, ids, streamTimes, streamKeys } = this;
    // The earliest stream event, if it comes before the heap's top.
    let stream = -1;
    let time = this.length > 0 ? times[0] : Infinity;
    let key = this.length > 0 ? keys[0] : Infinity;
    for (let s = 0; s < streamTimes.length; s++) {
      const t = streamTimes[s];
      if (t < time || (t === time && t !== Infinity && streamKeys[s] < key)) {
        stream = s;
        time = t;
        key = streamKeys[s];
      }
    }
    if (stream >= 0) {
      this.time = time;
      this.kind = kindOf(key);
      this.id = this.streamIds[stream];
      streamTimes[stream] = Infinity;
      return true;
    }
    return this.popHeap();
  }

  private popHeap(): boolean {
    if (this.length === 0) return false;
    const { times, keys, ids } = this;
    this.time = times[0];
    this.kind = kindOf(keys[0]);
    this.id = ids[0];
    const n = --this.length;
    if (n === 0) return true;
    // Sift the last event down from the root.
    const time = times[n];
    const key = keys[n];
    let i = 0;
    for (;;) {
      // The earlier of two children; keys, the tie-break, are read only on a tie of times.
      let child = 2 * i + 1;
      if (child >= n) break;
      let childTime = times[child];
      if (child + 1 < n) {
        const t = times[child + 1];
        if (t < childTime || (t === childTime && keys[child + 1] < keys[child])) {
          child++;
          childTime = t;
        }
      }
      if (time < childTime || (time === childTime && key < keys[child])) break;
      times[i] = childTime;
      keys[i] = keys[child];
      ids[i] = ids[child];
      i = child;
    }
    times[i] = time;
    keys[i] = key;
    ids[i] = ids[n];
    return true;
  }

  private grow(): void {
    this.capacity *= 2;
    const widen = <T extends Float64Array>(old: T): T => {
      const wider = new Float64Array(this.capacity) as T;
      wider.set(old);
      return wider;
    };
    this.times = widen(this.times);
    this.keys = widen(this.keys);
    this.ids = widen(this.ids);
  }
}
