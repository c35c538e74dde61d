import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';

/** Body shape of every error response. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ line: z.number().optional(), field: z.string().optional(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');

/** A positive integer id in a path, e.g. /events/{eventId}. */
export const idParam = (name: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${name} must be a positive whole number`)
    .transform((text) => Number(text))
    .pipe(z.number().int().positive())
    .openapi({ param: { name, in: 'path' }, type: 'integer', example: 1 });

/** Standard error responses to list on a route. */
export const errorResponses = (...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 503)[]) =>
  Object.fromEntries(statuses.map((s) => [s, { description: 'Error', content: { 'application/json': { schema: errorSchema } } }])) as Record<
    number,
    { description: string; content: { 'application/json': { schema: typeof errorSchema } } }
  >;

/**
 * Names a schema as an OpenAPI component. Schemas from shared/ may be built before zod is extended with
 * `.openapi` (zod gives each schema its methods when it is built, so it depends on which module loads
 * first); the extension's own method, called on the schema, works either way.
 */
export function named<T extends z.ZodType>(schema: T, name: string): T {
  return (z.ZodType.prototype as unknown as { openapi: (this: T, name: string) => T }).openapi.call(schema, name);
}

/** A JSON response entry for createRoute. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/** A JSON request body entry for createRoute; the body is required. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

/** A router whose validation failures come out as our error shape, naming each field. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const details = result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(body)', message: issue.message }));
      const first = details[0];
      return c.json({ error: { code: 'INVALID_INPUT', message: `Invalid request: field ${first.field}: ${first.message}`, details } }, 400);
    },
  });
}
