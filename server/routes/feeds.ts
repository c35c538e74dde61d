import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { findLiveToken } from '../db/repositories/calendarTokens.ts';
import type { AppEnv } from '../http/env.ts';
import { calendarFeed } from '../services/calendarFeed.ts';

/**
 * GET /cal/<token>.ics: a subscribable iCalendar feed. The token is the only credential and reaches nothing
 * but this one feed; unknown and revoked tokens look the same (404).
 */
export const feedRoutes = new Hono<AppEnv>().get('/cal/:file', async (c) => {
  const file = c.req.param('file');
  const token = file.endsWith('.ics') ? await findLiveToken(c.var.database.db, file.slice(0, -4)) : undefined;
  if (!token) return c.json({ error: { code: 'NOT_FOUND', message: 'No such calendar feed (it may have been revoked)' } }, 404);
  const body = await calendarFeed(c.var.database.db, token, new Date());
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  c.header('ETag', etag);
  // Calendar apps poll; a short private cache with revalidation keeps revocation effective within minutes.
  c.header('Cache-Control', 'private, max-age=300, must-revalidate');
  c.header('Referrer-Policy', 'no-referrer');
  if (c.req.header('if-none-match') === etag) return c.body(null, 304);
  c.header('Content-Type', 'text/calendar; charset=utf-8');
  c.header('Content-Disposition', `inline; filename="${token.scope}-${encodeURIComponent(token.subject)}.ics"`);
  return c.body(body, 200);
});
