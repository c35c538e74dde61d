/**
 * A seeded generator of uniform numbers in [0, 1): sfc32, small, fast and well distributed. A class
 * rather than a closure, so a run's calls stay monomorphic across runs (a fresh closure per run would
 * make V8 throw away the optimised engine each time).
 */
export class SeededRandom {
  /**
   * sfc32's four words a, b, c, d as int32: the same bits as the uint32 the algorithm states, but held
   * unboxed, where uint32 numbers over 2^30 in plain fields would each be a boxed heap number.
   */
  private readonly state = new Int32Array(4);

  /** The same (seed, stream) pair always gives the same sequence. */
  constructor(seed: number, stream = 0) {
    this.state[0] = (seed ^ 0x9e3779b9) >>> 0;
    this.state[1] = (stream * 0x85ebca6b + 0x6c8e9cf5) >>> 0;
    this.state[2] = (seed * 0xc2b2ae35 + stream) >>> 0;
    this.state[3] = 1;
    for (let i = 0; i < 16; i++) this.next();
  }

  /** The next uniform number in [0, 1). */
  next(): number {
    return (this.nextInt32() >>> 0) / 4294967296;
  }

  /** The next 32 random bits as an int32: the bits next() scales into [0, 1), without the scaling. */
  nextInt32(): number {
    const s = this.state;
    const a = s[0];
    const b = s[1];
    const c = s[2];
    const d = s[3];
    // Sums wrap with | 0 where the uint32 form wraps with >>> 0: the same low 32 bits.
    const t = (a + b + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t;
  }

  /** An exponential draw with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }
}
