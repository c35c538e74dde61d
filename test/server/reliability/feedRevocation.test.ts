// Issue 18, point 2: a feed a user issued for themselves dies with the account's link to its agent: disabling
// the user or linking it to another agent revokes it in the same transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../../db/setup.ts';
import { shiftOn, storeBaselineRoster } from '../fixtures.ts';
import { openTestApp, type TestApp } from '../harness.ts';

for (const kind of DATABASES) {
  describe(`feeds end with their account's link on ${kind}`, () => {
    let t: TestApp;
    let userId: number;
    const agentDbId = async (external: string) => (await t.database.db.selectFrom('agents').select('id').where('external_id', '=', external).executeTakeFirstOrThrow()).id;
    const ownFeed = async () => (await t.call('POST', '/api/me/calendar-token', undefined, { as: 'agent1' })).json.url as string;
    const feedStatus = async (url: string) => (await t.call('GET', url, undefined, { as: null })).status;
    beforeAll(async () => {
      t = await openTestApp(kind);
      const rosterId = await storeBaselineRoster(t, [shiftOn('A001', 10), shiftOn('A002', 10)]);
      await t.call('POST', `/api/rosters/${rosterId}/publish`, { expectedPublishedRosterId: null });
      userId = (await t.call('GET', '/api/users', undefined, { as: 'boss' })).json.find((u: { username: string }) => u.username === 'agent1').id;
    });
    afterAll(() => t.close());

    it('keeps the feed when the link is set to the same agent, revokes it when linked to another', async () => {
      const feed = await ownFeed();
      expect(await feedStatus(feed)).toBe(200);
      expect((await t.call('PATCH', `/api/users/${userId}`, { agentId: await agentDbId('A001') }, { as: 'boss' })).status).toBe(200);
      expect(await feedStatus(feed)).toBe(200);
      expect((await t.call('PATCH', `/api/users/${userId}`, { agentId: await agentDbId('A002') }, { as: 'boss' })).status).toBe(200);
      expect(await feedStatus(feed)).toBe(404);
      const tokens = await t.database.db.selectFrom('calendar_tokens').select(['subject', 'revoked_at']).where('owner_user_id', '=', userId).execute();
      expect(tokens.every((row) => row.revoked_at !== null)).toBe(true);
      // A new feed follows the new link.
      const next = await ownFeed();
      expect((await t.call('GET', next, undefined, { as: null })).text).toContain('A002');
    });

    it('revokes the feed when the user is disabled, and a supervisor\'s feed of the agent stays', async () => {
      const feed = await ownFeed();
      const supervisors = (await t.call('POST', `/api/events/${t.eventId}/calendar-tokens`, { scope: 'agent', subject: 'A002' })).json.url as string;
      expect(await feedStatus(feed)).toBe(200);
      expect((await t.call('PATCH', `/api/users/${userId}`, { disabled: true }, { as: 'boss' })).status).toBe(200);
      expect(await feedStatus(feed)).toBe(404);
      expect(await feedStatus(supervisors)).toBe(200);
    });
  });
}
