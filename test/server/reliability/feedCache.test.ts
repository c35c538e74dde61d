// Issue 18, point 7: calendar feeds come from the same body cache as roster reads, keyed by the published
// roster's revision, and every change a feed shows is a new key: a note, a publish, an agent's name, the
// templates, the scenario's cap, made through the API or straight in the database; a revoked token is dead at
// once although its feed is cached.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../../db/setup.ts';
import { shiftOn, storeBaselineRoster } from '../fixtures.ts';
import { openTestApp, type TestApp } from '../harness.ts';
import { dumpFingerprint } from './dump.ts';

for (const kind of DATABASES) {
  describe(`cached calendar feeds follow every change on ${kind}`, () => {
    let t: TestApp;
    let rosterId: number;
    let feedUrl: string;
    let tokenId: number;
    const feed = (headers: Record<string, string> = {}) => t.call('GET', feedUrl, undefined, { as: null, headers });
    beforeAll(async () => {
      t = await openTestApp(kind);
      rosterId = await storeBaselineRoster(t, [shiftOn('A001', 10), shiftOn('A002', 10)]);
      await t.call('POST', `/api/rosters/${rosterId}/publish`, { expectedPublishedRosterId: null });
      const created = (await t.call('POST', `/api/events/${t.eventId}/calendar-tokens`, { scope: 'team', subject: 'T01' })).json;
      feedUrl = created.url;
      tokenId = created.id;
    });
    afterAll(() => t.close());

    /** Reads the feed, checks that an unchanged feed answers 304 to its own ETag, and returns its text. */
    const current = async () => {
      const first = await feed();
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toMatch(/^text\/calendar/);
      const again = await feed({ 'if-none-match': first.headers.get('etag')! });
      expect(again.status).toBe(304);
      // Unfolded (RFC 5545 folds lines at 75 octets), so a phrase can be looked for.
      return { text: first.text.replace(/\r\n[ \t]/g, ''), etag: first.headers.get('etag')! };
    };

    it('serves the same bytes and ETag until something changes, gzipped for clients that take it', async () => {
      const a = await current();
      const b = await current();
      expect(b).toEqual(a);
      const gz = await t.app.request(feedUrl, { headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers.get('content-encoding')).toBe('gzip');
    });

    it('follows a shift note, through the API and straight in the database', async () => {
      const before = await current();
      const assignmentId = (await t.call('GET', `/api/rosters/${rosterId}`)).json.assignments[0].id;
      expect((await t.call('PATCH', `/api/rosters/${rosterId}/assignments/${assignmentId}`, { note: 'bring the headset' })).status).toBe(200);
      const noted = await current();
      expect(noted.etag).not.toBe(before.etag);
      expect(noted.text).toContain('bring the headset');
      // Another server process edits the note: it bumps the revision in the same statement's transaction.
      await t.database.db.transaction().execute(async (trx) => {
        await sql`update assignments set note = 'from another server', sequence = sequence + 1 where id = ${assignmentId}`.execute(trx);
        await sql`update rosters set revision = revision + 1 where id = ${rosterId}`.execute(trx);
      });
      expect((await current()).text).toContain('from another server');
    });

    it('follows an agent rename, a template rename and a new cap of the roster\'s scenario', async () => {
      expect((await t.call('PATCH', `/api/events/${t.eventId}/agents/A001`, { name: 'Renamed Agent' })).status).toBe(200);
      expect((await current()).text).toContain('Renamed Agent');
      const templates = (await t.call('GET', `/api/events/${t.eventId}/templates`)).json;
      const renamed = templates.map((x: { code: string; nameEn: string }) => (x.code === 'E' ? { ...x, nameEn: 'Dawn Watch' } : x));
      expect((await t.call('PUT', `/api/events/${t.eventId}/templates`, renamed)).status).toBe(200);
      expect((await current()).text).toContain('Dawn Watch');
      const baseline = (await t.call('GET', `/api/events/${t.eventId}/scenarios`)).json[0];
      const patched = await t.call('PATCH', `/api/scenarios/${baseline.id}`, { version: baseline.version, params: { ...baseline.params, requirement: { queues: { pre_sale: { concurrencyCap: 7 } } } } });
      expect(patched.status).toBe(200);
      expect((await current()).text).toMatch(/Cap: 7/);
    });

    it('follows a new publish', async () => {
      const next = await storeBaselineRoster(t, [shiftOn('A002', 12)]);
      expect((await t.call('POST', `/api/rosters/${next}/publish`, { expectedPublishedRosterId: rosterId })).status).toBe(200);
      const text = (await current()).text;
      expect(text).toContain('STATUS:CANCELLED');
      expect(text).toMatch(/DTSTART;TZID=Asia\/Shanghai:20261112T080000/);
    });

    it('answers 404 the moment its token is revoked, cached or not, and a refused read changes nothing', async () => {
      await current();
      expect((await t.call('DELETE', `/api/calendar-tokens/${tokenId}`)).status).toBe(200);
      const before = await dumpFingerprint(t.database);
      expect((await feed()).status).toBe(404);
      expect((await t.call('GET', `/cal/${'A'.repeat(43)}.ics`, undefined, { as: null })).status).toBe(404);
      expect(await dumpFingerprint(t.database)).toEqual(before);
    });
  });
}
