import { createSignal, onCleanup } from 'solid-js';
import { api, type Job } from '../api.ts';

const POLL_MS = 500;
const FINISHED: ReadonlySet<Job['status']> = new Set(['succeeded', 'failed', 'cancelled']);

/**
 * Runs a server job (solve, simulate) and follows it every 500 ms until it finishes; `job` holds the
 * latest record for the progress bar, `error` anything that went wrong, `onDone` runs after success.
 */
export function createJob(start: () => Promise<Job>, onDone: (job: Job) => void) {
  const [job, setJob] = createSignal<Job>();
  const [error, setError] = createSignal<unknown>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  onCleanup(() => {
    disposed = true;
    clearTimeout(timer);
  });

  const follow = async (current: Job) => {
    if (disposed) return;
    setJob(current);
    if (!FINISHED.has(current.status)) {
      timer = setTimeout(() => api.job(current.id).then(follow, fail), POLL_MS);
      return;
    }
    if (current.status === 'succeeded') onDone(current);
    else if (current.status === 'failed') setError(current.error);
  };
  const fail = (e: unknown) => {
    setJob(undefined);
    setError(e);
  };

  return {
    job,
    error,
    running: () => {
      const status = job()?.status;
      return status !== undefined && !FINISHED.has(status);
    },
    run: () => {
      setError(undefined);
      start().then(follow, fail);
    },
    cancel: () => {
      const current = job();
      if (current) api.cancelJob(current.id).then(follow, fail);
    },
  };
}
