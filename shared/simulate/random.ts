/**
 * A seeded generator of uniform numbers in [0, 1): sfc32, small, fast and well distributed. A class
 * rather than a closure, so a run's calls stay monomorphic across runs (a fresh closure per run would
 * make V8 throw away the optimised engine each time).
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  /** The same (seed, stream) pair always gives the same sequence. */
  constructor(seed: number, stream = 0) {
    this.a = (seed ^ 0x9e3779b9) >>> 0;
    this.b = (stream * 0x85ebca6b + 0x6c8e9cf5) >>> 0;
    this.c = (seed * 0xc2b2ae35 + stream) >>> 0;
    for (let i = 0; i < 16; i++) this.next();
  }

  /** The next uniform number in [0, 1). */
  next(): number {
    const t = (this.a + this.b + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An exponential draw with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }
}
