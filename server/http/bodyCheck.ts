import type { MiddlewareHandler } from 'hono';
import { DomainError } from '../../shared/errors.ts';
import { jsonShapeProblem } from '../../shared/text/jsonShape.ts';
import { unstorableIndex, unstorableName } from '../../shared/text/storableText.ts';
import type { AppEnv } from './env.ts';

/**
 * One check before any route: a JSON body with text PostgreSQL cannot store (NUL, lone surrogates) or nested
 * deeper than any API body, and a path or query with a NUL, get 400 naming the field. Done here once rather than
 * per schema, so no route, present or future, can forget it. The parsed body stays in Hono's body cache, so the
 * route's validator does not parse it again.
 */
export function rejectUnstorableInput(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    checkUrl(c.req.url);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && /^application\/([a-z0-9.+-]*\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        // Malformed JSON is the validator's to report, with its usual message.
        return next();
      }
      const problem = jsonShapeProblem(body);
      if (problem) throw new DomainError('INVALID_INPUT', `Invalid request: field ${problem.field}: ${problem.message}`, [problem]);
    }
    return next();
  };
}

function checkUrl(url: string): void {
  const { pathname, searchParams } = new URL(url);
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    throw new DomainError('INVALID_INPUT', 'Invalid request: the path has a malformed percent-encoding', [{ field: '(path)', message: 'malformed percent-encoding' }]);
  }
  const at = unstorableIndex(path);
  if (at >= 0) throw new DomainError('INVALID_INPUT', `Invalid request: the path contains ${unstorableName(path, at)}`, [{ field: '(path)', message: unstorableName(path, at) }]);
  for (const [key, value] of searchParams) {
    const bad = unstorableIndex(key) >= 0 ? key : unstorableIndex(value) >= 0 ? value : undefined;
    if (bad !== undefined) throw new DomainError('INVALID_INPUT', `Invalid request: field ${key}: contains ${unstorableName(bad, unstorableIndex(bad))}`, [{ field: key, message: 'cannot be stored' }]);
  }
}
