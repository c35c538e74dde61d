// Entry of a task worker thread: imports the task module, runs the named export, posts progress and the outcome.
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { TaskMessage, WorkerTask } from './runInWorker.ts';

type TaskFunction = (input: unknown, progress: (percent: number, phase: string) => void) => unknown;

const port = parentPort;
if (!port) throw new Error('taskWorker.ts runs only as a worker thread (see runInWorker)');
const task = workerData as WorkerTask;
const post = (message: TaskMessage) => port.postMessage(message);

try {
  const specifier = task.module.startsWith('file:') ? task.module : pathToFileURL(task.module).href;
  const exported = ((await import(specifier)) as Record<string, unknown>)[task.export];
  if (typeof exported !== 'function') throw new Error(`${task.module} has no exported function ${task.export}`);
  const value = await (exported as TaskFunction)(task.input, (percent, phase) => post({ type: 'progress', percent, phase }));
  post({ type: 'result', value });
} catch (error) {
  const { name, message, code, details } = error as { name?: string; message?: string; code?: unknown; details?: unknown };
  // Errors are posted as plain data: a DomainError's code and details would not survive the thread boundary otherwise.
  post({ type: 'error', name: name ?? 'Error', message: message ?? String(error), code: typeof code === 'string' ? code : undefined, details: Array.isArray(details) ? details : undefined });
}
