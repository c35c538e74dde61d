// What exists yet for an event, and who is signed in: expected absence answers 200, never a 404 or 401 a browser would log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { shiftOn, storeBaselineRoster } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

for (const kind of DATABASES) {
  describe(`event status and session on ${kind}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(kind);
    });
    afterAll(() => t.close());

    it('answers before the first solve with null rosters, simulations and publication', async () => {
      const response = await t.call('GET', `/api/events/${t.eventId}/status`);
      expect(response.status).toBe(200);
      const [baseline, withLevers] = (await t.call('GET', `/api/events/${t.eventId}/scenarios`)).json;
      expect(response.json).toMatchObject({ eventId: t.eventId, published: null, agentFeeds: 0 });
      expect(response.json.forecastRows).toBe(1296);
      expect(response.json.activeAgents).toBe(152);
      expect(response.json.scenarios).toEqual([
        { scenarioId: baseline.id, version: baseline.version, roster: null, simulation: null },
        { scenarioId: withLevers.id, version: withLevers.version, roster: null, simulation: null },
      ]);
    });

    it('shows the newest roster per scenario, the published one and the agent feeds issued', async () => {
      const first = await storeBaselineRoster(t, [shiftOn('A001', 10)]);
      const second = await storeBaselineRoster(t, [shiftOn('A002', 10)]);
      expect((await t.call('POST', `/api/rosters/${first}/publish`, { expectedPublishedRosterId: null })).status).toBe(200);
      expect((await t.call('POST', `/api/events/${t.eventId}/calendar-tokens`, { scope: 'agent', subject: 'A001' })).status).toBe(201);
      expect((await t.call('POST', `/api/events/${t.eventId}/calendar-tokens`, { scope: 'team', subject: 'T01' })).status).toBe(201);
      const status = (await t.call('GET', `/api/events/${t.eventId}/status`)).json;
      expect(status.scenarios[0].roster).toMatchObject({ id: second, status: 'draft', scenarioVersion: 1, shortAgentHours: 0, hoursShort: 0, publishedAt: null });
      expect(status.published).toMatchObject({ id: first, status: 'published', scenarioId: status.scenarios[0].scenarioId });
      expect(Date.parse(status.published.publishedAt)).toBeGreaterThan(0);
      expect(status.agentFeeds).toBe(1);
    });

    it('names an unknown event with a 404 and refuses agents', async () => {
      const unknown = await t.call('GET', '/api/events/999999/status');
      expect(unknown.status).toBe(404);
      expect(unknown.json.error.message).toContain('Event 999999');
      expect((await t.call('GET', `/api/events/${t.eventId}/status`, undefined, { as: 'agent1' })).status).toBe(403);
    });

    it('says who is signed in, and null for nobody, with 200 both times', async () => {
      const nobody = await t.call('GET', '/api/auth/session', undefined, { as: null });
      expect(nobody.status).toBe(200);
      expect(nobody.json).toEqual({ user: null });
      const sup = await t.call('GET', '/api/auth/session');
      expect(sup.status).toBe(200);
      expect(sup.json.user).toMatchObject({ username: 'sup', role: 'supervisor' });
      expect(Object.keys(sup.json.user).sort()).toEqual(['agentId', 'disabled', 'id', 'role', 'username']);
      expect((await t.call('GET', '/api/auth/me', undefined, { as: null })).status).toBe(401);
    });
  });
}
