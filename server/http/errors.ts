import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, type DomainErrorCode } from '../../shared/errors.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';

const STATUS_BY_CODE: Record<DomainErrorCode, ContentfulStatusCode> = {
  INVALID_INPUT: 400,
  INVALID_CSV: 422,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  INFEASIBLE: 422,
  SHIFT_OVERLAP: 422,
  LIMIT_EXCEEDED: 413,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
};

/** The one place errors become `{ error: { code, message, details? } }` with their HTTP status. */
export function renderError(error: unknown, c: Context): Response {
  if (error instanceof DomainError) {
    return c.json({ error: { code: error.code, message: error.message, details: error.details } }, STATUS_BY_CODE[error.code]);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return c.json({ error: { code: httpCode(error.status), message: error.message || 'Request failed' } }, status);
  }
  // A safety net behind the checks at the edge: input the database refused is the client's to fix, never a 500.
  const refused = refusedInput(error);
  if (refused) {
    console.error('Input refused by the database on', c.req.method, redactPath(c.req.path), (error as Error).message);
    return c.json({ error: refused }, refused.code === 'CONFLICT' ? 409 : 400);
  }
  if (isDatabaseUnavailable(error)) {
    return c.json({ error: { code: 'UNAVAILABLE', message: 'The database is busy or unavailable; try again shortly.' } }, 503);
  }
  console.error('Unhandled error on', c.req.method, redactPath(c.req.path), error);
  return c.json({ error: { code: 'INTERNAL', message: 'Internal server error' } }, 500);
}

/** Feed tokens live in paths: never print them. */
export function redactPath(path: string): string {
  return path.replace(/^\/cal\/[^/]+/, '/cal/[redacted]');
}

/** SQLSTATE class 22 (data exception: bad bytes, out of range) and 23503 (a foreign key names nothing). */
function refusedInput(error: unknown): { code: 'INVALID_INPUT' | 'CONFLICT'; message: string } | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  if (code === '23503') return { code: 'CONFLICT', message: 'The request refers to a record that does not exist (any more)' };
  if (code.startsWith('22')) return { code: 'INVALID_INPUT', message: 'The database cannot store a value of the request' };
  return undefined;
}

function httpCode(status: number): string {
  if (status === 400) return 'INVALID_INPUT';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'LIMIT_EXCEEDED';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  return `HTTP_${status}`;
}
