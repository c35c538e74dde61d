/** A binary min-heap of (time, kind, id) events; ties break by insertion order so runs are deterministic. */
export class EventQueue {
  private times: number[] = [];
  private orders: number[] = [];
  private kinds: number[] = [];
  private ids: number[] = [];
  private counter = 0;

  get size(): number {
    return this.times.length;
  }

  /** Adds an event. */
  push(time: number, kind: number, id: number): void {
    this.times.push(time);
    this.orders.push(this.counter++);
    this.kinds.push(kind);
    this.ids.push(id);
    this.up(this.times.length - 1);
  }

  /** Removes the earliest event into `out` ([time, kind, id]); false when empty. */
  pop(out: [number, number, number]): boolean {
    const n = this.times.length;
    if (n === 0) return false;
    out[0] = this.times[0];
    out[1] = this.kinds[0];
    out[2] = this.ids[0];
    this.move(n - 1, 0);
    this.times.pop();
    this.orders.pop();
    this.kinds.pop();
    this.ids.pop();
    if (this.times.length > 0) this.down(0);
    return true;
  }

  private less(i: number, j: number): boolean {
    return this.times[i] < this.times[j] || (this.times[i] === this.times[j] && this.orders[i] < this.orders[j]);
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from];
    this.orders[to] = this.orders[from];
    this.kinds[to] = this.kinds[from];
    this.ids[to] = this.ids[from];
  }

  private swap(i: number, j: number): void {
    [this.times[i], this.times[j]] = [this.times[j], this.times[i]];
    [this.orders[i], this.orders[j]] = [this.orders[j], this.orders[i]];
    [this.kinds[i], this.kinds[j]] = [this.kinds[j], this.kinds[i]];
    [this.ids[i], this.ids[j]] = [this.ids[j], this.ids[i]];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.times.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
