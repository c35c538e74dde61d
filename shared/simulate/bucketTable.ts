import { bucketOfLog, COARSE, FINE, type HistogramScale } from './histogram.ts';

/**
 * The bucket of a duration of at least one second without a logarithm, giving exactly bucketOfLog's
 * answer: a duration's top bits (exponent and first mantissa bits) name a cell narrower than any bucket,
 * the cell's table entry is the bucket of its lowest value, and at most one bucket boundary inside the
 * cell is checked against a table of boundaries, each found as the first double bucketOfLog puts past it.
 */
export interface BucketTable {
  scale: HistogramScale;
  /** Per cell: the bucket of the cell's lowest duration. */
  cellStart: Uint16Array;
  /** Per bucket: the shortest duration in it (buckets below one second are never looked up here). */
  lowest: Float64Array;
  /** Per bucket: the shortest duration in the next one, Infinity after the last, so a lookup reads one entry with no bounds test. */
  nextLowest: Float64Array;
}

/** Mantissa bits in a cell index: cells 2^-9 wide relative, narrower than FINE's 0.5 % buckets. */
const CELL_BITS = 9;
/** Durations from 1 s up to 2^24 s (194 days, past any horizon) go by the table; longer ones take the logarithm. */
const TABLE_BINADES = 24;
const CELLS = TABLE_BINADES << CELL_BITS;
const ONE_HIGH_WORD = 0x3ff00000;

const word = new Float64Array(1);
const words = new Uint32Array(word.buffer);
/** Which of the two 32-bit words holds the sign, exponent and top mantissa bits. */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

function bucketByLog(seconds: number, scale: HistogramScale): number {
  return bucketOfLog(Math.log(seconds), scale);
}

/** The cell of a duration of at least one second, or -1 past the table: the same cells for every table, so one serves several. */
export function cellOf(seconds: number): number {
  word[0] = seconds;
  const cell = (words[HIGH] - ONE_HIGH_WORD) >>> (20 - CELL_BITS);
  return cell < CELLS ? cell : -1;
}

/** The double next to x (1 up, -1 down), for positive x. */
function step(x: number, direction: 1 | -1): number {
  word[0] = x;
  const low = words[1 - HIGH] + direction;
  words[1 - HIGH] = low;
  if (low === 0x1_0000_0000 || low === -1) words[HIGH] += direction;
  return word[0];
}

/** The shortest duration bucketOfLog puts in bucket b or later, from an estimate moved one double at a time. */
function lowestOf(b: number, first: number, scale: HistogramScale): number {
  let x = Math.exp((b - first) / scale.perLog);
  while (bucketByLog(x, scale) >= b) x = step(x, -1);
  while (bucketByLog(x, scale) < b) x = step(x, 1);
  return x;
}

export function bucketTable(scale: HistogramScale): BucketTable {
  const first = bucketByLog(1, scale);
  const lowest = new Float64Array(scale.buckets).fill(Infinity);
  for (let b = first; b < scale.buckets; b++) lowest[b] = b === first ? 1 : lowestOf(b, first, scale);
  const cellStart = new Uint16Array(CELLS);
  for (let cell = 0; cell < CELLS; cell++) {
    words[HIGH] = ONE_HIGH_WORD + (cell << (20 - CELL_BITS));
    words[1 - HIGH] = 0;
    cellStart[cell] = bucketByLog(word[0], scale);
  }
  const nextLowest = new Float64Array(scale.buckets).fill(Infinity);
  nextLowest.set(lowest.subarray(1));
  return { scale, cellStart, lowest, nextLowest };
}

/** The bucket of a duration of at least one second (the same as bucketOfLog(Math.log(seconds), scale)). */
export function bucketAtLeastOneSecond(seconds: number, table: BucketTable): number {
  return bucketInCell(seconds, cellOf(seconds), table);
}

/** The bucket of a duration of at least one second whose cellOf is known. */
export function bucketInCell(seconds: number, cell: number, table: BucketTable): number {
  if (cell < 0) return bucketByLog(seconds, table.scale);
  return bucketInTableCell(seconds, cell, table.cellStart, table.nextLowest);
}

/**
 * The bucket of a duration whose cell is in the table (cellOf >= 0), from the table's two columns: a caller
 * holding them in module constants looks a bucket up without loading the table's properties at each count.
 */
export function bucketInTableCell(seconds: number, cell: number, cellStart: Uint16Array, nextLowest: Float64Array): number {
  // A cell is narrower than a bucket, so at most one boundary falls inside it.
  const b = cellStart[cell];
  return seconds >= nextLowest[b] ? b + 1 : b;
}

/** Tables for the two scales a run counts into. */
export const FINE_TABLE = bucketTable(FINE);
export const COARSE_TABLE = bucketTable(COARSE);
