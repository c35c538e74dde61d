import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { shiftOn, storeBaselineRoster } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

const UNKNOWN_JOB = '00000000-0000-4000-8000-000000000000';

type Response = Awaited<ReturnType<TestApp['call']>>;

/** The response is the error shape with this status and code, and its message or details match `mentions`. */
function expectError(response: Response, status: number, code: string, mentions?: RegExp) {
  expect(response.status, response.text).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/json');
  expect(response.json.error.code).toBe(code);
  if (mentions) expect(`${response.json.error.message} ${JSON.stringify(response.json.error.details ?? [])}`).toMatch(mentions);
}

for (const kind of DATABASES) {
  describe(`failure paths through the API on ${kind}`, () => {
    let t: TestApp;
    let baselineId: number;
    beforeAll(async () => {
      t = await openTestApp(kind);
      baselineId = (await t.call('GET', `/api/events/${t.eventId}/scenarios`)).json[0].id;
    });
    afterAll(() => t.close());

    /** A draft roster of one early shift on 2026-11-10. */
    const store = (agentId: string) => storeBaselineRoster(t, [shiftOn(agentId, 10)]);
    const publish = (rosterId: number, expectedPublishedRosterId: number | null) => t.call('POST', `/api/rosters/${rosterId}/publish`, { expectedPublishedRosterId });

    it('refuses to publish a superseded roster (409) and an unknown one (404)', async () => {
      const first = await store('A001');
      const second = await store('A002');
      expect((await publish(first, null)).status).toBe(200);
      expect((await publish(second, first)).status).toBe(200);
      expectError(await publish(first, second), 409, 'CONFLICT', /superseded/);
      expect((await t.call('GET', `/api/events/${t.eventId}/roster`)).json.id).toBe(second);
      expectError(await publish(999999, second), 404, 'NOT_FOUND', /Roster 999999/);
    });

    it('answers 404 to cancelling or streaming an unknown job', async () => {
      for (const id of ['nope', UNKNOWN_JOB]) {
        expectError(await t.call('POST', `/api/jobs/${id}/cancel`), 404, 'NOT_FOUND', new RegExp(id));
        expectError(await t.call('GET', `/api/jobs/${id}/events`), 404, 'NOT_FOUND', new RegExp(id));
      }
    });

    it('says a scenario has no simulation yet, and what to do', async () => {
      expectError(await t.call('GET', `/api/scenarios/${baselineId}/simulation`), 404, 'NOT_FOUND', /not been simulated yet.*simulate/);
      expectError(await t.call('GET', '/api/scenarios/999999/simulation'), 404, 'NOT_FOUND', /Scenario 999999/);
    });

    it('refuses to solve an unknown scenario (404) or an event without a forecast (409, naming it), starting no job', async () => {
      expectError(await t.call('POST', '/api/scenarios/999999/solve'), 404, 'NOT_FOUND', /Scenario 999999/);
      const empty = (
        await t.call('POST', '/api/events', { name: 'no forecast', horizonStart: '2026-06-15T00:00:00+08:00', horizonEnd: '2026-06-20T00:00:00+08:00', windowStart: '2026-06-17T00:00:00+08:00', windowEnd: '2026-06-19T00:00:00+08:00' })
      ).json;
      const scenarioId = (await t.call('GET', `/api/events/${empty.id}/scenarios`)).json[0].id;
      const refused = await t.call('POST', `/api/scenarios/${scenarioId}/solve`);
      expectError(refused, 409, 'CONFLICT', /no forecast/);
      expect(refused.json.error.details).toEqual([{ field: 'forecast', message: expect.any(String) }]);
      expect(await t.jobs.list({ scenarioId })).toEqual([]);
    });

    it('deletes a scenario (204, then 404 on read) and answers 404 for an unknown one', async () => {
      expectError(await t.call('DELETE', '/api/scenarios/999999'), 404, 'NOT_FOUND', /Scenario 999999/);
      const clone = (await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'to delete' })).json;
      const deleted = await t.call('DELETE', `/api/scenarios/${clone.id}`);
      expect(deleted.status).toBe(204);
      expect(deleted.text).toBe('');
      expectError(await t.call('GET', `/api/scenarios/${clone.id}`), 404, 'NOT_FOUND', new RegExp(`Scenario ${clone.id}`));
      expectError(await t.call('DELETE', `/api/scenarios/${clone.id}`), 404, 'NOT_FOUND');
    });

    it('answers 404 to editing an unknown agent and 400 naming the field of a bad edit', async () => {
      expectError(await t.call('PATCH', `/api/events/${t.eventId}/agents/Z999`, { team: 'T01' }), 404, 'NOT_FOUND', /Z999/);
      expectError(await t.call('PATCH', `/api/events/999999/agents/A001`, { team: 'T01' }), 404, 'NOT_FOUND');
      const contract = await t.call('PATCH', `/api/events/${t.eventId}/agents/A001`, { contract: 'intern' });
      expectError(contract, 400, 'INVALID_INPUT', /contract/);
      expect(contract.json.error.details[0].field).toBe('contract');
      const interval = await t.call('PATCH', `/api/events/${t.eventId}/agents/A001`, { unavailable: [{ start: 'tomorrow', end: '2026-11-11T00:00:00+08:00' }] });
      expect(interval.status).toBe(400);
      expect(interval.json.error.details[0].field).toBe('unavailable.0.start');
      expectError(await t.call('PATCH', `/api/events/${t.eventId}/agents/A001`, {}), 400, 'INVALID_INPUT', /Nothing to change/);
      expect((await t.call('GET', `/api/events/${t.eventId}/agents`)).json.find((a: { id: string }) => a.id === 'A001').contract).toBe('full_time');
    });

    it('answers 404 to exporting an unknown roster', async () => {
      for (const format of ['xlsx', 'csv']) expectError(await t.call('GET', `/api/rosters/999999/export.${format}`), 404, 'NOT_FOUND', /Roster 999999/);
    });

    it('answers 404 to revoking an unknown calendar token', async () => {
      expectError(await t.call('DELETE', '/api/calendar-tokens/999999'), 404, 'NOT_FOUND', /999999/);
    });
  });
}
