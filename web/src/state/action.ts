import { createSignal } from 'solid-js';

/**
 * A user action that may fail: `run` clears the last error, marks the action busy, and keeps what it threw for an
 * ErrorNotice; it resolves to the action's value, or undefined when it failed. One home for the try / setError
 * pattern the pages repeated.
 */
export function createAction() {
  const [error, setError] = createSignal<unknown>();
  const [busy, setBusy] = createSignal(false);
  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setError(undefined);
    setBusy(true);
    try {
      return await action();
    } catch (e) {
      setError(() => e);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy, setError: (e: unknown) => setError(() => e) };
}
