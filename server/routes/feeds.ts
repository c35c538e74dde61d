import { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { sendCachedBody } from '../http/cachedJson.ts';
import { calendarFeedBody } from '../services/calendarFeed.ts';

/**
 * GET /cal/<token>.ics: a subscribable iCalendar feed. The token is the only credential and reaches nothing
 * but this one feed; unknown and revoked tokens look the same (404). The bytes come from the server's one body
 * cache, keyed by the published roster's revision, so a feed read costs what a roster read costs.
 */
export const feedRoutes = new Hono<AppEnv>().get('/cal/:file', async (c) => {
  const file = c.req.param('file');
  const feed = file.endsWith('.ics') ? await calendarFeedBody(c.var.database, file.slice(0, -4), new Date()) : undefined;
  if (!feed) return c.json({ error: { code: 'NOT_FOUND', message: 'No such calendar feed (it may have been revoked)' } }, 404);
  const { token, body } = feed;
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Content-Disposition', `inline; filename="${token.scope}-${encodeURIComponent(token.subject)}.ics"`);
  // Calendar apps poll; a short private cache with revalidation keeps revocation effective within minutes.
  return sendCachedBody(c, body, 'private, max-age=300, must-revalidate');
});
