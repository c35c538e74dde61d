// Every agent's calendar feed issued at once: one transaction, links shown once, earlier feeds kept or replaced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { shiftOn, storeBaselineRoster } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

for (const kind of DATABASES) {
  describe(`bulk agent feeds on ${kind}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(kind);
      const rosterId = await storeBaselineRoster(t, [shiftOn('A001', 10), shiftOn('A002', 11)]);
      expect((await t.call('POST', `/api/rosters/${rosterId}/publish`, { expectedPublishedRosterId: null })).status).toBe(200);
    });
    afterAll(() => t.close());
    const issue = (body: object) => t.call('POST', `/api/events/${t.eventId}/calendar-tokens/agents`, body);

    it('issues a working feed for each of the 152 agents, with names and teams, once', async () => {
      const single = (await t.call('POST', `/api/events/${t.eventId}/calendar-tokens`, { scope: 'agent', subject: 'A002' })).json;
      const response = await issue({});
      expect(response.status).toBe(201);
      const { issued, kept } = response.json;
      expect(issued).toHaveLength(151);
      expect(kept).toEqual([expect.objectContaining({ agentId: 'A002', tokenId: single.id, url: null })]);
      expect(issued.map((r: { agentId: string }) => r.agentId)).toEqual([...issued.map((r: { agentId: string }) => r.agentId)].sort());
      const a001 = issued.find((r: { agentId: string }) => r.agentId === 'A001');
      expect(a001.name.length).toBeGreaterThan(0);
      expect(a001.team).toMatch(/^T\d+/);
      const feed = await t.app.request(a001.url);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('BEGIN:VEVENT');
      const status = (await t.call('GET', `/api/events/${t.eventId}/status`)).json;
      expect(status.agentFeeds).toBe(152);
      // A second bulk issue gives nobody a second feed.
      const again = (await issue({})).json;
      expect(again.issued).toEqual([]);
      expect(again.kept).toHaveLength(152);
    });

    it('replaces every earlier feed when asked: old links die, new ones work', async () => {
      const before = (await issue({})).json.kept.length;
      const oldFeeds = (await t.call('GET', `/api/events/${t.eventId}/calendar-tokens`)).json.filter((x: { scope: string; revokedAt: string | null }) => x.scope === 'agent' && !x.revokedAt);
      expect(oldFeeds).toHaveLength(before);
      const replaced = (await issue({ replaceExisting: true })).json;
      expect(replaced.issued).toHaveLength(152);
      expect(replaced.kept).toEqual([]);
      const after = (await t.call('GET', `/api/events/${t.eventId}/calendar-tokens`)).json;
      for (const old of oldFeeds) expect(after.find((x: { id: number }) => x.id === old.id).revokedAt).not.toBeNull();
      expect((await t.app.request(replaced.issued[0].url)).status).toBe(200);
    });

    it('names a bad field, an unknown event, and refuses agents', async () => {
      const bad = await issue({ replaceExisting: 'yes' });
      expect(bad.status).toBe(400);
      expect(bad.json.error.message).toContain('replaceExisting');
      expect((await t.call('POST', '/api/events/999999/calendar-tokens/agents', {})).status).toBe(404);
      expect((await t.call('POST', `/api/events/${t.eventId}/calendar-tokens/agents`, {}, { as: 'agent1' })).status).toBe(403);
    });
  });
}
