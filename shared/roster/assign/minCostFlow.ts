/** Min-cost max-flow by successive shortest paths (Dijkstra with potentials); costs must be non-negative. */

export class MinCostFlow {
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly next: number[] = [];
  private readonly head: Int32Array;

  constructor(private readonly nodes: number) {
    this.head = new Int32Array(nodes).fill(-1);
  }

  /** Adds an arc and its residual twin; returns the arc index for reading its flow. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const id = this.to.length;
    for (const [a, b, c, w] of [[from, to, capacity, cost], [to, from, 0, -cost]] as const) {
      this.to.push(b);
      this.cap.push(c);
      this.cost.push(w);
      this.next.push(this.head[a]);
      this.head[a] = this.to.length - 1;
    }
    return id;
  }

  /** Flow on an arc returned by addEdge. */
  flow(edge: number): number {
    return this.cap[edge + 1];
  }

  /** Pushes the maximum flow from source to sink at minimum cost; returns [flow, cost]. */
  run(source: number, sink: number): [number, number] {
    const potential = new Float64Array(this.nodes);
    let flow = 0;
    let total = 0;
    for (;;) {
      const { dist, via } = this.shortestPaths(source, potential);
      if (dist[sink] === Infinity) return [flow, total];
      for (let v = 0; v < this.nodes; v++) if (dist[v] < Infinity) potential[v] += dist[v];
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[via[v] ^ 1]) push = Math.min(push, this.cap[via[v]]);
      for (let v = sink; v !== source; v = this.to[via[v] ^ 1]) {
        this.cap[via[v]] -= push;
        this.cap[via[v] ^ 1] += push;
        total += push * this.cost[via[v]];
      }
      flow += push;
    }
  }

  /** Dijkstra on reduced costs with a binary heap. */
  private shortestPaths(source: number, potential: Float64Array): { dist: Float64Array; via: Int32Array } {
    const dist = new Float64Array(this.nodes).fill(Infinity);
    const via = new Int32Array(this.nodes).fill(-1);
    const heap = new MinHeap();
    dist[source] = 0;
    heap.push(0, source);
    while (heap.size > 0) {
      const [d, u] = heap.pop();
      if (d > dist[u]) continue;
      for (let e = this.head[u]; e !== -1; e = this.next[e]) {
        if (this.cap[e] <= 0) continue;
        const v = this.to[e];
        const nd = d + this.cost[e] + potential[u] - potential[v];
        if (nd < dist[v] - 1e-9) {
          dist[v] = nd;
          via[v] = e;
          heap.push(nd, v);
        }
      }
    }
    return { dist, via };
  }
}

/** A binary heap of (key, node) pairs. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    let i = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [number, number] {
    const top: [number, number] = [this.keys[0], this.values[0]];
    const lastKey = this.keys.pop() as number;
    const lastValue = this.values.pop() as number;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.values[0] = lastValue;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.keys[l] < this.keys[m]) m = l;
        if (r < this.keys.length && this.keys[r] < this.keys[m]) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b], this.keys[a]];
    [this.values[a], this.values[b]] = [this.values[b], this.values[a]];
  }
}
