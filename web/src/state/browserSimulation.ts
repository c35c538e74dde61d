import { createSignal, onCleanup } from 'solid-js';
import type { SweepResult } from '../../../shared/simulate/sweep.ts';
import type { SimulationSpecInput } from '../../../shared/simulate/spec.ts';
import { ApiError } from '../api.ts';
import { t } from '../i18n/i18n.ts';
import type { SimulationReply, SimulationRequest } from '../workers/simulationRequest.ts';

/** A sweep run in the browser; the status words are the server job's, so JobProgress shows both alike. */
export interface BrowserRun {
  status: 'running' | 'succeeded' | 'failed' | 'cancelled';
  /** 0-100, advanced before each cap. */
  progress: number;
  phase: string;
  sweep?: SweepResult;
  error?: unknown;
}

/** The run after one reply of the worker; a run that has already ended ignores late replies. */
export function applySimulationReply(run: BrowserRun, reply: SimulationReply): BrowserRun {
  if (run.status !== 'running') return run;
  switch (reply.type) {
    case 'progress':
      return { ...run, progress: reply.percent, phase: reply.phase };
    case 'result':
      return { status: 'succeeded', progress: 100, phase: 'done', sweep: reply.sweep };
    case 'failed':
      // The same shape the server gives a rejected spec (422), so ErrorNotice lists the fields.
      return { ...run, status: 'failed', phase: 'failed', error: new ApiError(422, { error: { code: reply.code, message: reply.message, details: reply.details } }) };
  }
}

/** The simulator's Web Worker; Vite bundles it as its own chunk, fetched only when a run starts. */
export const startSimulationWorker = (): Worker => new Worker(new URL('../workers/simulation.worker.ts', import.meta.url), { type: 'module' });

/**
 * Runs cap sweeps in a Web Worker, one worker per run: `run` holds progress and the result; `cancel`
 * terminates the worker at once (the simulator is synchronous and could not stop itself).
 */
export function createBrowserSimulation(newWorker: () => Worker = startSimulationWorker) {
  const [run, setRun] = createSignal<BrowserRun>();
  let worker: Worker | undefined;
  const stop = () => {
    worker?.terminate();
    worker = undefined;
  };
  onCleanup(stop);

  const start = (spec: SimulationSpecInput) => {
    stop();
    const current = newWorker();
    worker = current;
    setRun({ status: 'running', progress: 0, phase: 'starting' });
    current.onmessage = (event: MessageEvent<SimulationReply>) => {
      if (worker !== current) return;
      const next = applySimulationReply(run()!, event.data);
      setRun(next);
      if (next.status !== 'running') stop();
    };
    current.onerror = (event: ErrorEvent) => {
      if (worker !== current) return;
      // Shown on the page instead of only in the console.
      event.preventDefault();
      setRun({ ...run()!, status: 'failed', phase: 'failed', error: new Error(event.message || t('simulationWorkerFailed')) });
      stop();
    };
    current.postMessage({ spec } satisfies SimulationRequest);
  };

  return {
    run,
    running: () => run()?.status === 'running',
    start,
    cancel: () => {
      if (!worker) return;
      stop();
      setRun({ ...run()!, status: 'cancelled', phase: 'cancelled' });
    },
  };
}
