import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBaseline } from '../../server/db/repositories/scenarios.ts';
import { acceptsGzip, matchesEtag } from '../../server/http/cachedJson.ts';
import { DATABASES } from '../db/setup.ts';
import { shiftOn as early, storeBaselineRoster } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

describe('cached JSON bodies', () => {
  it('reads Accept-Encoding and If-None-Match as RFC 9110 says', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(matchesEtag('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('*', 'W/"abc"')).toBe(true);
    expect(matchesEtag('W/"abd"', 'W/"abc"')).toBe(false);
  });
});

for (const kind of DATABASES) {
  describe(`cached reads on ${kind}`, () => {
    let t: TestApp;
    let rosterId: number;
    beforeAll(async () => {
      t = await openTestApp(kind);
      rosterId = await storeBaselineRoster(t, [early('A001', 10), early('A002', 11)]);
    });
    afterAll(() => t.close());

    it('sends the roster gzipped to clients that take gzip, the same JSON as plain, and 304 for a matching ETag', async () => {
      const plain = await t.call('GET', `/api/rosters/${rosterId}`);
      expect(plain.status).toBe(200);
      expect(plain.headers.get('content-encoding')).toBeNull();
      const response = await t.app.request(`/api/rosters/${rosterId}`, { headers: { cookie: t.cookies.get('sup')!, 'accept-encoding': 'gzip, deflate' } });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('vary')).toContain('Accept-Encoding');
      expect(JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8'))).toEqual(plain.json);
      const etag = plain.headers.get('etag')!;
      expect(response.headers.get('etag')).toBe(etag);
      const again = await t.call('GET', `/api/rosters/${rosterId}`, undefined, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
    });

    it('gives the roster a new body and ETag once it is published, on every route that reads it', async () => {
      const draft = await t.call('GET', `/api/rosters/${rosterId}`);
      expect((await t.call('GET', `/api/events/${t.eventId}/roster`)).status).toBe(404);
      expect((await t.call('POST', `/api/rosters/${rosterId}/publish`, { expectedPublishedRosterId: null })).status).toBe(200);
      const published = await t.call('GET', `/api/rosters/${rosterId}`);
      expect(published.json.status).toBe('published');
      expect(published.headers.get('etag')).not.toBe(draft.headers.get('etag'));
      expect((await t.call('GET', `/api/rosters/${rosterId}`, undefined, { headers: { 'if-none-match': draft.headers.get('etag')! } })).status).toBe(200);
      const viaEvent = await t.call('GET', `/api/events/${t.eventId}/roster`);
      expect(viaEvent.json).toEqual(published.json);
      const scenarioId = (await getBaseline(t.database.db, t.eventId)).id;
      expect((await t.call('GET', `/api/scenarios/${scenarioId}/roster`)).json).toEqual(published.json);
    });

    it('sees a roster published by another server on the next read', async () => {
      const other = await storeBaselineRoster(t, [early('A004', 12)]);
      expect((await t.call('GET', `/api/rosters/${other}`)).json.status).toBe('draft');
      expect((await t.call('GET', `/api/rosters/${rosterId}`)).json.status).toBe('published');
      // Another server process publishes the new roster over the old one: this one is not told.
      await sql`update rosters set status = 'superseded' where id = ${rosterId}`.execute(t.database.db);
      await sql`update rosters set status = 'published', published_at = now() where id = ${other}`.execute(t.database.db);
      expect((await t.call('GET', `/api/rosters/${other}`)).json.status).toBe('published');
      expect((await t.call('GET', `/api/rosters/${rosterId}`)).json.status).toBe('superseded');
      expect((await t.call('GET', `/api/events/${t.eventId}/roster`)).json.id).toBe(other);
    });

    it('names what is missing: an unknown scenario, event or roster', async () => {
      expect((await t.call('GET', '/api/scenarios/999999/roster')).json.error.message).toContain('Scenario 999999 does not exist');
      expect((await t.call('GET', '/api/events/999999/roster')).json.error.message).toContain('Event 999999 does not exist');
      expect((await t.call('GET', '/api/rosters/999999')).json.error.message).toContain('Roster 999999 does not exist');
    });

    it('serves the forecast from memory yet follows a change made straight in the database, as another server would make it', async () => {
      const first = await t.call('GET', `/api/events/${t.eventId}/forecast`);
      const row = first.json[0];
      const etag = first.headers.get('etag')!;
      expect((await t.call('GET', `/api/events/${t.eventId}/forecast`, undefined, { headers: { 'if-none-match': etag } })).status).toBe(304);
      await sql`update forecasts set inquiries = inquiries + 7 where event_id = ${t.eventId} and queue = ${row.queue} and hour_start = ${row.hourStart}::timestamptz`.execute(t.database.db);
      const second = await t.call('GET', `/api/events/${t.eventId}/forecast`);
      expect(second.json[0]).toEqual({ ...row, inquiries: row.inquiries + 7 });
      expect(second.headers.get('etag')).not.toBe(etag);
      await sql`delete from forecasts where event_id = ${t.eventId} and queue = ${row.queue} and hour_start = ${row.hourStart}::timestamptz`.execute(t.database.db);
      expect((await t.call('GET', `/api/events/${t.eventId}/forecast`)).json).toHaveLength(first.json.length - 1);
    });

    it('serves the staff list from memory yet follows an edit through the API and a deactivation in the database', async () => {
      const before = await t.call('GET', `/api/events/${t.eventId}/agents`);
      expect(before.json.find((a: { id: string }) => a.id === 'A002').team).not.toBe('Night owls');
      expect((await t.call('PATCH', `/api/events/${t.eventId}/agents/A002`, { team: 'Night owls' })).status).toBe(200);
      const after = await t.call('GET', `/api/events/${t.eventId}/agents`);
      expect(after.json.find((a: { id: string }) => a.id === 'A002').team).toBe('Night owls');
      await sql`update agents set active = false where event_id = ${t.eventId} and external_id = 'A003'`.execute(t.database.db);
      const active = (await t.call('GET', `/api/events/${t.eventId}/agents`)).json;
      expect(active.map((a: { id: string }) => a.id)).not.toContain('A003');
      const all = (await t.call('GET', `/api/events/${t.eventId}/agents?includeInactive=true`)).json;
      expect(all.find((a: { id: string; active: boolean }) => a.id === 'A003').active).toBe(false);
    });
  });
}
