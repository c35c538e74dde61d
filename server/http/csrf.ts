import type { MiddlewareHandler } from 'hono';
import { DomainError } from '../../shared/errors.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// The only content types a cross-site HTML form can send; our API accepts none of them.
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/**
 * CSRF protection for cookie sessions. Hono's csrf() checks only form content types, and JSON is never
 * sent cross-site without a CORS preflight we do not answer; so: refuse form bodies outright, and refuse
 * any state-changing request whose Origin or Sec-Fetch-Site says it came from another site.
 */
export function rejectCrossSite(): MiddlewareHandler {
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next();
    const type = c.req.header('content-type') ?? '';
    if (FORM_TYPES.test(type)) throw new DomainError('FORBIDDEN', `Content-Type ${type.split(';')[0]} is not accepted: send JSON or text/csv`);
    const site = c.req.header('sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') throw new DomainError('FORBIDDEN', 'Cross-site request refused');
    const origin = c.req.header('origin');
    if (origin && origin !== new URL(c.req.url).origin) throw new DomainError('FORBIDDEN', `Cross-site request from ${origin} refused`);
    return next();
  };
}
