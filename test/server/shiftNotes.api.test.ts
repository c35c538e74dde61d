import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIcs } from '../shared/calendar/icsReader.ts';
import { DATABASES } from '../db/setup.ts';
import { shiftOn as shift, storeBaselineRoster } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

// Every character RFC 5545 TEXT must escape, a quote, a line break and Chinese.
const HOSTILE = '请带耳机, 14:00 替李四; 说"好的" \\ 备用\n第二行 备注';

for (const kind of DATABASES) {
  describe(`supervisor notes on shifts on ${kind}`, () => {
    let t: TestApp;
    let published: number;
    let feedUrl: string;
    const roster = async (id: number) => (await t.call('GET', `/api/rosters/${id}`)).json;
    const shiftOf = async (id: number, uid: string) => (await roster(id)).assignments.find((a: { uid: string }) => a.uid === uid);
    const feed = async () => readIcs((await t.call('GET', feedUrl, undefined, { as: null })).text).events;
    const patch = (rosterId: number, assignmentId: number, body: unknown, as = 'sup') => t.call('PATCH', `/api/rosters/${rosterId}/assignments/${assignmentId}`, body, { as });

    beforeAll(async () => {
      t = await openTestApp(kind);
      published = await storeBaselineRoster(t, [shift('A151', 10), shift('A151', 12, 16)]);
      expect((await t.call('POST', `/api/rosters/${published}/publish`, { expectedPublishedRosterId: null })).status).toBe(200);
      feedUrl = (await t.call('POST', `/api/events/${t.eventId}/calendar-tokens`, { scope: 'agent', subject: 'A151' })).json.url;
    });
    afterAll(() => t.close());

    it('sets a hostile note on a published shift: the roster read shows it, the feed carries it intact and raises that SEQUENCE only', async () => {
      const before = await shiftOf(published, 'A151/2026-11-10');
      expect(before).toMatchObject({ id: expect.any(Number), note: null, sequence: 0 });
      const etag = (await t.call('GET', feedUrl, undefined, { as: null })).headers.get('etag');

      const edited = await patch(published, before.id, { note: `  ${HOSTILE}\n ` });
      expect(edited.status).toBe(200);
      expect(edited.json).toMatchObject({ id: before.id, uid: 'A151/2026-11-10', note: HOSTILE, sequence: 1 });
      // The read was cached before the edit: it must show the new note, not the cached body.
      expect(await shiftOf(published, 'A151/2026-11-10')).toMatchObject({ note: HOSTILE, sequence: 1 });
      expect((await t.call('GET', `/api/events/${t.eventId}/roster`)).json.assignments.find((a: { id: number }) => a.id === before.id).note).toBe(HOSTILE);

      const response = await t.call('GET', feedUrl, undefined, { as: null });
      expect(response.headers.get('etag')).not.toBe(etag);
      const events = readIcs(response.text).events;
      expect(events.map((e) => [e.uid.split('@')[0].slice(-15), e.sequence])).toEqual([
        ['A151/2026-11-10', 1],
        ['A151/2026-11-12', 0],
      ]);
      expect(events[0].description.split('\n').slice(-2)).toEqual([`备注 Note: ${HOSTILE.split('\n')[0]}`, HOSTILE.split('\n')[1]]);
      expect(events[0].description).toContain(`备注 Note: ${HOSTILE}`);
      expect(events[1].description).not.toContain('备注');
    });

    it('leaves SEQUENCE alone when the same note is sent again, and raises it when the note is cleared', async () => {
      const { id } = await shiftOf(published, 'A151/2026-11-10');
      expect((await patch(published, id, { note: HOSTILE })).json.sequence).toBe(1);
      const cleared = await patch(published, id, { note: null });
      expect(cleared.json).toMatchObject({ note: null, sequence: 2 });
      const [first] = await feed();
      expect([first.sequence, first.description.includes('备注')]).toEqual([2, false]);
      expect((await patch(published, id, { note: '   ' })).json).toMatchObject({ note: null, sequence: 2 });
    });

    it('validates the body and the shift, and lets only a supervisor edit', async () => {
      const { id } = await shiftOf(published, 'A151/2026-11-10');
      const long = await patch(published, id, { note: 'x'.repeat(501) });
      expect(long.status).toBe(400);
      expect(long.json.error.details[0].field).toContain('note');
      expect((await patch(published, id, { note: 'x'.repeat(500) })).status).toBe(200);
      expect((await patch(published, id, { note: 'x', sequence: 9 })).status).toBe(400);
      expect((await patch(published, id, {})).status).toBe(400);
      expect((await patch(published, 999999, { note: 'x' })).status).toBe(404);
      expect((await patch(999999, id, { note: 'x' })).status).toBe(404);
      expect((await patch(published, id, { note: 'x' }, 'agent1')).status).toBe(403);
      expect((await t.call('PATCH', `/api/rosters/${published}/assignments/${id}`, { note: 'x' }, { as: null })).status).toBe(401);
      const openapi = (await t.call('GET', '/api/openapi.json', undefined, { as: null })).json;
      expect(openapi.paths['/rosters/{rosterId}/assignments/{assignmentId}'].patch).toBeDefined();
    });

    it('carries a note set on a draft into the published feed, then refuses edits of the superseded roster and of a cancelled shift', async () => {
      const draft = await storeBaselineRoster(t, [shift('A151', 10)]);
      const onDraft = await shiftOf(draft, 'A151/2026-11-10');
      // A draft has not been sent to any calendar: its SEQUENCE is decided when it is published.
      expect((await patch(draft, onDraft.id, { note: '草稿备注, draft' })).json).toMatchObject({ note: '草稿备注, draft', sequence: 0 });
      const previous = await shiftOf(published, 'A151/2026-11-10');
      expect((await t.call('POST', `/api/rosters/${draft}/publish`, { expectedPublishedRosterId: published })).status).toBe(200);
      const events = await feed();
      expect(events.map((e) => [e.uid.split('@')[0].slice(-15), e.sequence, e.status])).toEqual([
        ['A151/2026-11-10', previous.sequence + 1, 'CONFIRMED'],
        ['A151/2026-11-12', 1, 'CANCELLED'],
      ]);
      expect(events[0].description).toContain('备注 Note: 草稿备注, draft');

      const superseded = await patch(published, previous.id, { note: 'late' });
      expect(superseded.status).toBe(409);
      expect(superseded.json.error.message).toContain('superseded');
      const cancelled = await shiftOf(draft, 'A151/2026-11-12');
      expect(cancelled.status).toBe('cancelled');
      expect((await patch(draft, cancelled.id, { note: 'x' })).status).toBe(409);
    });
  });
}
