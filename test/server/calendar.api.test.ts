import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeRoster } from '../../server/db/repositories/rosters.ts';
import { getBaseline } from '../../server/db/repositories/scenarios.ts';
import { DATABASES } from '../db/setup.ts';
import { readIcs } from '../shared/calendar/icsReader.ts';
import { currentPublishedRosterId, rosterResult, shiftOn as shift, storeBaselineRoster } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

function events(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return root.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toJSDate().toISOString(), sequence: e.sequence, status: v.getFirstPropertyValue('status') };
  });
}

for (const kind of DATABASES) {
  describe(`calendar feeds and exports on ${kind}`, () => {
    let t: TestApp;
    let feedUrl: string;
    let tokenId: number;
    let first: number;
    beforeAll(async () => {
      t = await openTestApp(kind);
      first = await storeBaselineRoster(t, [shift('A151', 10), shift('A151', 12, 16, { template: 'M' }), shift('A152', 10, 8, { reassignedFrom: 'after_sale' })]);
      await t.call('POST', `/api/rosters/${first}/publish`, { expectedPublishedRosterId: null });
      const created = await t.call('POST', `/api/events/${t.eventId}/calendar-tokens`, { scope: 'agent', subject: 'A151' });
      expect(created.status).toBe(201);
      expect(created.json.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      feedUrl = created.json.url;
      tokenId = created.json.id;
    });
    afterAll(() => t.close());

    it('serves an agent feed whose names, starts and UIDs survive a round trip through ical.js', async () => {
      const feed = await t.call('GET', feedUrl, undefined, { as: null });
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(feed.text).toContain('BEGIN:VTIMEZONE');
      expect(feed.text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
      const parsed = events(feed.text);
      expect(parsed.map((e) => [e.uid, e.start, e.sequence])).toEqual([
        [expect.stringContaining('A151/2026-11-10'), '2026-11-10T00:00:00.000Z', 0],
        [expect.stringContaining('A151/2026-11-12'), '2026-11-12T08:00:00.000Z', 0],
      ]);
      expect(parsed[0].summary).toContain('早班 Early · 售前 Pre-sale');
    });

    it('answers 304 to a matching ETag', async () => {
      const feed = await t.call('GET', feedUrl, undefined, { as: null });
      const again = await t.call('GET', feedUrl, undefined, { as: null, headers: { 'if-none-match': feed.headers.get('etag')! } });
      expect(again.status).toBe(304);
      expect(feed.headers.get('cache-control')).toContain('private');
    });

    it('sends a removed shift as CANCELLED with a higher SEQUENCE after a re-publish', async () => {
      const second = await storeBaselineRoster(t, [shift('A151', 10, 9), shift('A152', 10)]);
      await t.call('POST', `/api/rosters/${second}/publish`, { expectedPublishedRosterId: first });
      const parsed = events((await t.call('GET', feedUrl, undefined, { as: null })).text);
      expect(parsed.map((e) => [e.uid.split('@')[0].slice(-15), e.sequence, e.status])).toEqual([
        ['A151/2026-11-10', 1, 'CONFIRMED'],
        ['A151/2026-11-12', 1, 'CANCELLED'],
      ]);
    });

    it('reaches nothing else with a feed token, and a revoked token is dead at once', async () => {
      const token = feedUrl.slice(5, -4);
      expect((await t.call('GET', `/api/events/${t.eventId}/agents`, undefined, { as: null, headers: { authorization: `Bearer ${token}`, cookie: `pr_session=${token}` } })).status).toBe(401);
      expect((await t.call('GET', `/cal/${token}x.ics`, undefined, { as: null })).status).toBe(404);
      await t.call('DELETE', `/api/calendar-tokens/${tokenId}`);
      expect((await t.call('GET', feedUrl, undefined, { as: null })).status).toBe(404);
      const list = (await t.call('GET', `/api/events/${t.eventId}/calendar-tokens`)).json;
      expect(list[0]).toMatchObject({ id: tokenId, revokedAt: expect.any(String) });
      expect(JSON.stringify(list)).not.toContain(token);
    });

    it('rejects a token for an unknown subject', async () => {
      const bad = await t.call('POST', `/api/events/${t.eventId}/calendar-tokens`, { scope: 'team', subject: 'T99' });
      expect(bad.status).toBe(400);
      expect(bad.json.error.details[0].field).toBe('subject');
    });

    it('exports the roster as xlsx with hostile names as text and as CSV with a BOM', async () => {
      const rosterId = (await t.call('GET', `/api/events/${t.eventId}/roster`)).json.id;
      const xlsx = await t.app.request(`/api/rosters/${rosterId}/export.xlsx`, { headers: { cookie: t.cookies.get('sup')! } });
      expect(xlsx.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await xlsx.arrayBuffer());
      const values: unknown[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value))));
      expect(values).toContain('=HYPERLINK("x")');
      expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
      const csv = await t.app.request(`/api/rosters/${rosterId}/export.csv`, { headers: { cookie: t.cookies.get('sup')! } });
      const bytes = new Uint8Array(await csv.arrayBuffer());
      // fetch's text() would strip the BOM: check the bytes Excel sees.
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).toContain(`"'=HYPERLINK(""x"")"`);
    });
  });
}

for (const kind of DATABASES) {
  describe(`calendar feeds by scope and scenario on ${kind}`, () => {
    let t: TestApp;
    let baselineId: number;
    // A001 and A002 are in team T01 (A001 is agent1's own agent), A151 in T16.
    const shifts = [shift('A001', 10), shift('A001', 11), shift('A002', 10, 16), shift('A151', 10), shift('A151', 11, 0, { queue: 'after_sale' })];
    const publish = async (scenarioId: number) => {
      const id = await storeRoster(t.database.db, { eventId: t.eventId, scenarioId, scenarioVersion: 1, timeZone: 'Asia/Shanghai', result: rosterResult(shifts) });
      expect((await t.call('POST', `/api/rosters/${id}/publish`, { expectedPublishedRosterId: await currentPublishedRosterId(t) })).status).toBe(200);
    };
    const feedFor = async (scope: string, subject: string) => {
      const created = await t.call('POST', `/api/events/${t.eventId}/calendar-tokens`, { scope, subject });
      expect(created.status).toBe(201);
      return created.json as { id: number; token: string; url: string };
    };
    const read = async (url: string) => readIcs((await t.call('GET', url, undefined, { as: null })).text).events;
    const uids = (events: { uid: string }[]) => events.map((e) => e.uid.split('@')[0].replace(/^shift-/, '')).map(decodeURIComponent).sort();

    beforeAll(async () => {
      t = await openTestApp(kind);
      baselineId = (await getBaseline(t.database.db, t.eventId)).id;
      await publish(baselineId);
    });
    afterAll(() => t.close());

    it('serves a team feed with exactly that team’s agents’ shifts, each named', async () => {
      const agents: { id: string; name: string; team: string }[] = (await t.call('GET', `/api/events/${t.eventId}/agents`)).json;
      const teamOf = new Map(agents.map((a) => [a.id, a.team]));
      expect([teamOf.get('A001'), teamOf.get('A002'), teamOf.get('A151')]).toEqual(['T01', 'T01', 'T16']);
      for (const team of ['T01', 'T16']) {
        const { url } = await feedFor('team', team);
        const response = await t.call('GET', url, undefined, { as: null });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
        const events = readIcs(response.text).events;
        const expected = shifts.filter((s) => teamOf.get(s.agentId) === team);
        expect(uids(events)).toEqual(expected.map((s) => `${s.agentId}/${s.start.slice(0, 10)}`).sort());
        expect(events.map((e) => e.startMs).sort()).toEqual(expected.map((s) => Date.parse(s.start)).sort());
        // A shared feed names the agent in each SUMMARY.
        for (const e of events) expect(e.summary.startsWith(agents.find((a) => a.id === e.uid.slice('shift-'.length).split('/')[0])!.name)).toBe(true);
        expect(readIcs(response.text).name).toContain(`班组 Team ${team}`);
      }
    });

    it('rotates a token in one step: same feed under a new URL, the old URL dead at once, a second rotation of it refused', async () => {
      const old = await feedFor('team', 'T01');
      const before = await t.call('GET', old.url, undefined, { as: null });
      expect(before.status).toBe(200);
      const rotated = await t.call('POST', `/api/calendar-tokens/${old.id}/rotate`);
      expect(rotated.status).toBe(201);
      expect(rotated.json).toMatchObject({ eventId: t.eventId, scope: 'team', subject: 'T01', revokedAt: null, token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
      expect(rotated.json.id).not.toBe(old.id);
      expect(rotated.json.url).toBe(`/cal/${rotated.json.token}.ics`);
      expect(rotated.json.token).not.toBe(old.token);
      expect((await t.call('GET', old.url, undefined, { as: null })).status).toBe(404);
      const after = await t.call('GET', rotated.json.url, undefined, { as: null });
      expect([after.status, after.text]).toEqual([200, before.text]);

      const list: { id: number; revokedAt: string | null }[] = (await t.call('GET', `/api/events/${t.eventId}/calendar-tokens`)).json;
      expect(list.find((x) => x.id === old.id)?.revokedAt).toEqual(expect.any(String));
      expect(list.find((x) => x.id === rotated.json.id)?.revokedAt).toBeNull();
      expect(JSON.stringify(list)).not.toContain(rotated.json.token);
      const again = await t.call('POST', `/api/calendar-tokens/${old.id}/rotate`);
      expect(again.status).toBe(409);
      expect((await t.call('GET', rotated.json.url, undefined, { as: null })).status).toBe(200);
      expect((await t.call('POST', '/api/calendar-tokens/999999/rotate')).status).toBe(404);
      expect((await t.call('POST', `/api/calendar-tokens/${rotated.json.id}/rotate`, undefined, { as: 'agent1' })).status).toBe(403);
      const openapi = (await t.call('GET', '/api/openapi.json', undefined, { as: null })).json;
      expect(openapi.paths['/calendar-tokens/{tokenId}/rotate'].post).toBeDefined();
    });

    it('lets only one of two simultaneous rotations of a token win', async () => {
      const old = await feedFor('agent', 'A151');
      const results = await Promise.all([t.call('POST', `/api/calendar-tokens/${old.id}/rotate`), t.call('POST', `/api/calendar-tokens/${old.id}/rotate`)]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const live = (await t.call('GET', `/api/events/${t.eventId}/calendar-tokens`)).json.filter((x: { scope: string; subject: string; revokedAt: string | null }) => x.scope === 'agent' && x.subject === 'A151' && x.revokedAt === null);
      expect(live).toHaveLength(1);
    });

    it('gives an agent a feed of only its own shifts, and a new one replaces (and stops) the agent’s earlier one, not a supervisor’s', async () => {
      const supervisorIssued = await feedFor('agent', 'A001');
      const first = await t.call('POST', '/api/me/calendar-token', undefined, { as: 'agent1' });
      expect(first.status).toBe(201);
      expect(first.json.url).toBe(`/cal/${first.json.token}.ics`);
      const feed = await t.call('GET', first.json.url, undefined, { as: null });
      expect(feed.status).toBe(200);
      const events = readIcs(feed.text).events;
      expect(uids(events)).toEqual(['A001/2026-11-10', 'A001/2026-11-11']);
      expect(events.map((e) => e.startMs).sort()).toEqual(shifts.filter((s) => s.agentId === 'A001').map((s) => Date.parse(s.start)).sort());
      expect(feed.text).not.toContain('A002');
      expect(feed.text).not.toContain('A151');

      const second = await t.call('POST', '/api/me/calendar-token', undefined, { as: 'agent1' });
      expect(second.status).toBe(201);
      expect(second.json.token).not.toBe(first.json.token);
      expect((await t.call('GET', first.json.url, undefined, { as: null })).status).toBe(404);
      expect((await t.call('GET', second.json.url, undefined, { as: null })).text).toBe(feed.text);
      expect((await t.call('GET', supervisorIssued.url, undefined, { as: null })).status).toBe(200);
      const own = (await t.call('GET', `/api/events/${t.eventId}/calendar-tokens`)).json.filter((x: { ownerUserId: number | null }) => x.ownerUserId !== null);
      expect(own.map((x: { scope: string; subject: string; revokedAt: string | null }) => [x.scope, x.subject, x.revokedAt === null])).toEqual([
        ['agent', 'A001', true],
        ['agent', 'A001', false],
      ]);
      // Rotating an agent's own token keeps it the agent's, so the agent's next request still replaces it.
      const rotated = await t.call('POST', `/api/calendar-tokens/${own[0].id}/rotate`);
      expect(rotated.json.ownerUserId).toBe(own[0].ownerUserId);
      await t.call('POST', '/api/me/calendar-token', undefined, { as: 'agent1' });
      expect((await t.call('GET', rotated.json.url, undefined, { as: null })).status).toBe(404);
      // A supervisor has no agent of its own to issue a feed for.
      expect((await t.call('POST', '/api/me/calendar-token')).status).toBe(404);
    });

    it('shows in DESCRIPTION the cap of the published roster’s own scenario, not the baseline’s', async () => {
      const { url } = await feedFor('event', 'all');
      const capLines = (events: { description: string }[]) => [...new Set(events.map((e) => e.description.split('\n').find((l) => l.startsWith('接待上限 Cap:'))))].sort();
      expect(capLines(await read(url))).toEqual(['接待上限 Cap: 4 同时接待 concurrent chats']);
      const whatIf = await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'cap 9 pre-sale', fromScenarioId: baselineId, params: { requirement: { queues: { pre_sale: { concurrencyCap: 9 } } } } });
      expect(whatIf.status).toBe(201);
      await publish(whatIf.json.id);
      const events = await read(url);
      const capOf = (queueWord: string) => capLines(events.filter((e) => e.description.includes(`队列 Queue: ${queueWord}`)));
      expect(capOf('售前')).toEqual(['接待上限 Cap: 9 同时接待 concurrent chats']);
      expect(capOf('售后')).toEqual(['接待上限 Cap: 4 同时接待 concurrent chats']);
    });
  });
}
