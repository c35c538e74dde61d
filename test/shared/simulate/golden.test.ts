// The engine's behaviour pinned down: the same seed gives, column for column, the statistics recorded before
// it was split by concern and sped up (goldenRuns.ts says how the record was made): bit for bit, but for
// the time integrals' last bits.
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../shared/simulate/engine.ts';
import { parseSimulationSpec } from '../../../shared/simulate/spec.ts';
import recorded from './engineGolden.json' with { type: 'json' };
import { fingerprint, GOLDEN_CASES, TIME_INTEGRALS } from './goldenRuns.ts';

describe('simulator golden runs', () => {
  for (const [name, c] of Object.entries(GOLDEN_CASES)) {
    it(`gives the recorded statistics for ${name}`, () => {
      const expected = (recorded as Record<string, ReturnType<typeof fingerprint>>)[name];
      const actual = fingerprint(runSimulation(parseSimulationSpec(c.spec), c.cap));
      expect(Object.keys(actual)).toEqual(Object.keys(expected));
      for (const [column, print] of Object.entries(expected)) {
        if (!TIME_INTEGRALS.includes(column)) expect(actual[column], column).toEqual(print);
        else actual[column].values!.forEach((v, i) => expect(Math.abs(v - print.values![i]), `${column}[${i}]`).toBeLessThanOrEqual(1e-12 * print.sum));
      }
    });
  }
});
