import { describe, expect, it } from 'vitest';
import { bucketAtLeastOneSecond, COARSE_TABLE, FINE_TABLE } from '../../../shared/simulate/bucketTable.ts';
import { bucketOfLog } from '../../../shared/simulate/histogram.ts';
import { SeededRandom } from '../../../shared/simulate/random.ts';

/** The double `n` steps away from x (positive x). */
function nudge(x: number, n: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(n));
  return view.getFloat64(0);
}

describe('bucket table', () => {
  for (const [name, table] of [['FINE', FINE_TABLE], ['COARSE', COARSE_TABLE]] as const) {
    it(`gives the logarithm's bucket around every ${name} boundary, so histograms stay byte for byte`, () => {
      const wrong: number[] = [];
      for (let b = 101; b < table.lowest.length; b++) {
        for (let n = -64; n <= 64; n++) {
          const seconds = nudge(table.lowest[b], n);
          if (bucketAtLeastOneSecond(seconds, table) !== bucketOfLog(Math.log(seconds), table.scale)) wrong.push(seconds);
        }
      }
      expect(wrong).toEqual([]);
    });

    it(`gives the logarithm's bucket for random ${name} durations, past the table too`, () => {
      const random = new SeededRandom(3);
      const wrong: number[] = [];
      const samples = Array.from({ length: 200_000 }, () => Math.exp(random.next() * 18));
      for (const seconds of [...samples, 1, 2 ** 24 - 1e-6, 2 ** 24, 1e8, Infinity]) {
        if (bucketAtLeastOneSecond(seconds, table) !== bucketOfLog(Math.log(seconds), table.scale)) wrong.push(seconds);
      }
      expect(wrong).toEqual([]);
    });
  }
});
