import { SPARSE_RESULT } from './sparseResultGuard.ts';

// SQLSTATEs that mean "the database is busy or gone", not "the request is wrong"; the rest are
// postgres.js's and the socket's own codes for a connection that closed or never opened.
const UNAVAILABLE_CODES = new Set(['57014', '55P03', '57P01', '57P02', '57P03', '08006', '08003', '08001', '40P01', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', SPARSE_RESULT]);

/** Whether an error says the database was unreachable or busy, so the same statement may succeed later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
}

/**
 * Runs `write` again while the database is unavailable, waiting `delayMs` doubled each time, up to `attempts`
 * tries; any other error, or the last one, is thrown. For writes that must not be lost to one killed backend.
 */
export async function retryWhileUnavailable<T>(write: () => Promise<T>, { attempts = 6, delayMs = 100 } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isDatabaseUnavailable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** (attempt - 1)));
    }
  }
}
