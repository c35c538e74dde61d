import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.ts';
import { runInWorker } from '../../../server/jobs/runInWorker.ts';

const TASKS = fileURLToPath(new URL('../../fixtures/jobs-busyTask.ts', import.meta.url));
const task = (name: string, input: unknown = {}) => ({ module: TASKS, export: name, input });

describe('runInWorker', () => {
  it('returns the result and forwards progress', async () => {
    const progress: Array<[number, string]> = [];
    const result = await runInWorker<{ sum: number }>(task('sumTo', { n: 1000 }), { timeoutMs: 30_000, onProgress: (p, phase) => progress.push([p, phase]) });
    expect(result).toEqual({ sum: (999 * 1000) / 2 });
    expect(progress[0]).toEqual([0, 'summing']);
    expect(progress.at(-1)).toEqual([100, 'done']);
  });

  it('accepts a file URL for the module', async () => {
    const result = await runInWorker<{ sum: number }>({ ...task('sumTo', { n: 4 }), module: new URL('../../fixtures/jobs-busyTask.ts', import.meta.url).href }, { timeoutMs: 30_000 });
    expect(result.sum).toBe(6);
  });

  it('terminates a synchronous infinite loop at the deadline, while the main thread keeps running', async () => {
    let ticks = 0;
    let ticksWhenSpinning: number | undefined;
    const ticker = setInterval(() => ticks++, 10);
    try {
      // The fixture reports progress just before it enters its endless loop.
      const outcome = runInWorker(task('spinForever'), { timeoutMs: 1000, onProgress: () => (ticksWhenSpinning = ticks) });
      await expect(outcome).rejects.toThrow(new DomainError('LIMIT_EXCEEDED', 'The solve took longer than 1 s and was stopped'));
      await expect(outcome).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
      expect(ticksWhenSpinning).toBeDefined();
      // The event loop kept serving the interval while the worker spun.
      expect(ticks).toBeGreaterThan(ticksWhenSpinning!);
    } finally {
      clearInterval(ticker);
    }
  });

  it('names the task in the deadline message', async () => {
    await expect(runInWorker(task('spinForever'), { timeoutMs: 200, taskName: 'simulation' })).rejects.toThrow('The simulation took longer than 0.2 s and was stopped');
  });

  it('terminates the worker when the signal aborts', async () => {
    const controller = new AbortController();
    const outcome = runInWorker(task('spinForever'), { timeoutMs: 60_000, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(outcome).rejects.toMatchObject({ name: 'AbortError', code: 'CONFLICT' });
  });

  it('passes a DomainError abort reason through, and rejects at once when already aborted', async () => {
    const reason = new DomainError('LIMIT_EXCEEDED', 'job deadline');
    await expect(runInWorker(task('sumTo', { n: 1 }), { timeoutMs: 1000, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('rebuilds a DomainError thrown inside the worker', async () => {
    const outcome = runInWorker(task('failWith', { code: 'INFEASIBLE', message: 'demand at 20:00 cannot be met' }), { timeoutMs: 30_000 });
    await expect(outcome).rejects.toBeInstanceOf(DomainError);
    await expect(outcome).rejects.toMatchObject({ code: 'INFEASIBLE', message: 'demand at 20:00 cannot be met' });
  });

  it('names a missing export', async () => {
    await expect(runInWorker(task('nope'), { timeoutMs: 30_000 })).rejects.toThrow(/has no exported function nope/);
  });
});
