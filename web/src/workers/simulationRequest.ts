// What the page and the simulation Web Worker say to each other, and the worker's answer as a plain function
// (vitest's happy-dom has no Worker, so the tests call this directly).
import { DomainError, type ProblemLocation } from '../../../shared/errors.ts';
import type { SimulationSpecInput } from '../../../shared/simulate/spec.ts';
import { sweepCaps, type SweepResult } from '../../../shared/simulate/sweep.ts';

/** The page asks for one cap sweep; a worker runs one request and is then terminated. */
export interface SimulationRequest {
  spec: SimulationSpecInput;
}

export type SimulationReply =
  | { type: 'progress'; percent: number; phase: string }
  | { type: 'result'; sweep: SweepResult }
  | { type: 'failed'; code: string; message: string; details: ProblemLocation[] };

/** Runs the sweep, posting progress before each cap, then the result, or the failure with its code and fields. */
export function answerSimulationRequest(request: SimulationRequest, post: (reply: SimulationReply) => void): void {
  let sweep: SweepResult;
  try {
    sweep = sweepCaps(request.spec, (percent, phase) => post({ type: 'progress', percent, phase }));
  } catch (e) {
    // A bad spec names its field (as the server's 422 would); anything else is a bug, reported with its message.
    if (e instanceof DomainError) post({ type: 'failed', code: e.code, message: e.message, details: e.details ?? [] });
    else post({ type: 'failed', code: 'INTERNAL', message: e instanceof Error ? e.message : String(e), details: [] });
    return;
  }
  post({ type: 'progress', percent: 100, phase: 'done' });
  post({ type: 'result', sweep });
}
