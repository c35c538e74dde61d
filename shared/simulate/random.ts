/** A seeded generator of uniform numbers in [0, 1): sfc32, small, fast and well distributed. */
export type Random = () => number;

/** A generator for a seed and a stream number; the same pair always gives the same sequence. */
export function seededRandom(seed: number, stream = 0): Random {
  let a = (seed ^ 0x9e3779b9) >>> 0;
  let b = (stream * 0x85ebca6b + 0x6c8e9cf5) >>> 0;
  let c = (seed * 0xc2b2ae35 + stream) >>> 0;
  let d = 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

/** An exponential draw with the given mean. */
export function exponential(random: Random, mean: number): number {
  return -mean * Math.log(1 - random());
}
