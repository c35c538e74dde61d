import type { SimulationSpecInput } from '../../../shared/simulate/spec.ts';
import { sweepCaps, type SweepResult } from '../../../shared/simulate/sweep.ts';

/** Runs in a worker thread: a cap sweep over a whole event takes seconds. */
export function simulateTask(input: SimulationSpecInput, progress: (percent: number, phase: string) => void): SweepResult {
  return sweepCaps(input, progress);
}
