import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError, type DomainErrorCode, type ProblemLocation } from '../../shared/errors.ts';

export interface WorkerTask {
  /** Absolute path or file URL of the module, which may be TypeScript. */
  module: string;
  /** Name of the exported function: `(input, reportProgress) => result`, synchronous or async. */
  export: string;
  /** Structured-cloneable input. */
  input: unknown;
}

export interface RunInWorkerOptions {
  signal?: AbortSignal;
  /** Hard deadline: the worker is terminated, even inside a synchronous loop, after this long. */
  timeoutMs: number;
  onProgress?: (percent: number, phase: string) => void;
  /** Names the task in the deadline message ("The solve took longer than ..."). */
  taskName?: string;
}

/** What a task worker posts back. */
export type TaskMessage =
  | { type: 'progress'; percent: number; phase: string }
  | { type: 'result'; value: unknown }
  | { type: 'error'; name: string; message: string; code?: string; details?: ProblemLocation[] };

/** Rejection of a task stopped through its AbortSignal. */
export class TaskAbortedError extends DomainError {
  constructor(message = 'The task was cancelled') {
    // shared/errors.ts has no CANCELLED code; CONFLICT (409) is the nearest if this ever reaches a client.
    super('CONFLICT', message);
    this.name = 'AbortError';
  }
}

const ENTRY = pathToFileURL(fileURLToPath(new URL('./taskWorker.ts', import.meta.url))).href;

/**
 * Node 20 ignores `--import tsx` in a Worker's execArgv (nodejs/node#47747, measured here: "Unknown file
 * extension .ts"), so a small CommonJS bootstrap registers tsx's ESM hooks inside the thread before importing
 * the TypeScript entry. tsx's API is found through its package export map, by absolute URL, so neither the
 * working directory nor vitest's module runner changes what the thread loads.
 */
function bootstrapSource(): string {
  const require = createRequire(import.meta.url);
  const tsxPackagePath = require.resolve('tsx/package.json');
  const { exports } = require('tsx/package.json') as { exports: Record<string, { import: { default: string } }> };
  const api = new URL(exports['./esm/api'].import.default, pathToFileURL(tsxPackagePath)).href;
  return `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(ENTRY)}); });`;
}

const BOOTSTRAP = bootstrapSource();

/**
 * Runs `module[export](input, reportProgress)` in a worker thread. A synchronous solve cannot be interrupted
 * from inside, so both the deadline and the signal terminate the thread.
 */
export function runInWorker<T>(task: WorkerTask, options: RunInWorkerOptions): Promise<T> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: task, execArgv: [] });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      outcome();
      void worker.terminate();
    };
    const onAbort = () => settle(() => reject(abortReason(signal!)));
    const timer = setTimeout(() => settle(() => reject(deadlineError(options))), options.timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: TaskMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.percent, message.phase);
      else if (message.type === 'result') settle(() => resolve(message.value as T));
      else settle(() => reject(rebuildError(message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The task worker exited with code ${code} before returning a result`))));
  });
}

function deadlineError(options: RunInWorkerOptions): DomainError {
  const seconds = Number((options.timeoutMs / 1000).toFixed(1));
  return new DomainError('LIMIT_EXCEEDED', `The ${options.taskName ?? 'solve'} took longer than ${seconds} s and was stopped`);
}

/** A DomainError given as the abort reason (e.g. a job deadline) is passed through; anything else means cancelled. */
function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof DomainError ? signal.reason : new TaskAbortedError();
}

function rebuildError(message: Extract<TaskMessage, { type: 'error' }>): Error {
  if (message.name === 'DomainError' && message.code) return new DomainError(message.code as DomainErrorCode, message.message, message.details);
  const error = new Error(message.message);
  error.name = message.name;
  return error;
}
