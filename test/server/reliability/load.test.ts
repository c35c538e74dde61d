// The load battery: a real server process on loopback, 200 requests/s of mixed reads for 30 s from
// autocannon. Asserts that every request answered succeeds; the rate reached and the latency figures are printed,
// never asserted (timing belongs to `npm run bench -- api`: a busy CI machine answers fewer a second, not worse).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad, startLoadTarget } from '../../bench/loadHarness.ts';
import { DATABASE_URL, DATABASES } from '../../db/setup.ts';
import { freshPostgresDatabase } from './freshDatabase.ts';

const RATE = 200;
const SECONDS = 30;

for (const kind of DATABASES) {
  describe(`load on ${kind}`, () => {
    let target: Awaited<ReturnType<typeof startLoadTarget>>;
    let database: Awaited<ReturnType<typeof freshPostgresDatabase>> | undefined;
    beforeAll(async () => {
      database = kind === 'postgres' ? await freshPostgresDatabase(DATABASE_URL!, 'load') : undefined;
      target = await startLoadTarget(database?.url);
    }, 120_000);
    afterAll(async () => {
      await target?.close();
      await database?.drop();
    });

    it(`answers mixed reads offered at ${RATE} a second for ${SECONDS} s with no error, no timeout and no non-2xx`, async () => {
      const { port, cookie, eventId, rosterId } = target;
      const report = await runLoad({
        port,
        cookie,
        rate: RATE,
        seconds: SECONDS,
        pacing: 'spread',
        paths: ['/api/health', `/api/rosters/${rosterId}`, `/api/events/${eventId}/roster`, `/api/events/${eventId}/scenarios`, `/api/events/${eventId}/forecast`, `/api/events/${eventId}/agents`, '/api/auth/me'],
      });
      console.log(`load on ${kind}: ${report.requests} requests, ${report.rps} req/s, p50 ${report.p50} ms, p99 ${report.p99} ms`);
      expect(report.errors).toBe(0);
      expect(report.timeouts).toBe(0);
      expect(report.non2xx).toBe(0);
      expect(report.requests).toBeGreaterThan(0);
    }, (SECONDS + 60) * 1000);
  });
}
