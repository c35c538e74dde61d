// The engine's behaviour pinned down: the same seed gives, column for column, the statistics recorded before
// it was split by concern and sped up (goldenRuns.ts says how the record was made).
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../shared/simulate/engine.ts';
import { parseSimulationSpec } from '../../../shared/simulate/spec.ts';
import recorded from './engineGolden.json' with { type: 'json' };
import { fingerprint, GOLDEN_CASES } from './goldenRuns.ts';

describe('simulator golden runs', () => {
  for (const [name, c] of Object.entries(GOLDEN_CASES)) {
    it(`gives the recorded statistics for ${name}`, () => {
      expect(fingerprint(runSimulation(parseSimulationSpec(c.spec), c.cap))).toEqual((recorded as Record<string, unknown>)[name]);
    });
  }
});
