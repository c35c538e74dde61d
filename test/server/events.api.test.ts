import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { openTestApp, type TestApp } from './harness.ts';

const NEW_EVENT = {
  name: 'Double 12 2026',
  horizonStart: '2026-12-08T00:00:00+08:00',
  horizonEnd: '2026-12-20T00:00:00+08:00',
  windowStart: '2026-12-11T08:00:00+08:00',
  windowEnd: '2026-12-13T02:00:00+08:00',
};

for (const kind of DATABASES) {
  describe(`events and templates API on ${kind}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(kind);
    });
    afterAll(() => t.close());

    it('lists the demo event', async () => {
      const { status, json } = await t.call('GET', '/api/events');
      expect(status).toBe(200);
      expect(json).toEqual([expect.objectContaining({ id: t.eventId, slug: 'double11-2026-demo', timeZone: 'Asia/Shanghai', postEventDays: 14 })]);
    });

    it('creates an event with default templates and a baseline scenario', async () => {
      const created = await t.call('POST', '/api/events', NEW_EVENT);
      expect(created.status).toBe(201);
      const templates = await t.call('GET', `/api/events/${created.json.id}/templates`);
      expect(templates.json.map((x: { code: string }) => x.code)).toEqual(['N', 'E', 'PD', 'M', 'PE']);
      const scenarios = await t.call('GET', `/api/events/${created.json.id}/scenarios`);
      expect(scenarios.json).toEqual([expect.objectContaining({ isBaseline: true, version: 1 })]);
    });

    it('names the bad field of a new event', async () => {
      const bad = await t.call('POST', '/api/events', { ...NEW_EVENT, horizonEnd: '2026-12-01T00:00:00+08:00' });
      expect(bad.status).toBe(400);
      expect(bad.json.error.details[0].field).toBe('horizonEnd');
      const missing = await t.call('POST', '/api/events', { name: 'x' });
      expect(missing.status).toBe(400);
      expect(missing.json.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['horizonStart', 'windowEnd']));
    });

    it('answers 404 JSON for a missing event and 400 for a malformed id', async () => {
      expect((await t.call('GET', '/api/events/999999')).json.error.code).toBe('NOT_FOUND');
      const malformed = await t.call('GET', '/api/events/abc');
      expect(malformed.status).toBe(400);
      expect(malformed.json.error.details[0].field).toBe('eventId');
    });

    it('replaces templates and rejects a 3-hour template by field', async () => {
      const templates = [{ code: 'P', nameZh: '高峰', nameEn: 'Peak', startHour: 20, durationHours: 4, activeFrom: '2026-11-10', activeTo: '2026-11-11' }];
      const ok = await t.call('PUT', `/api/events/${t.eventId}/templates`, [...(await t.call('GET', `/api/events/${t.eventId}/templates`)).json, ...templates]);
      expect(ok.status).toBe(200);
      expect(ok.json.find((x: { code: string }) => x.code === 'P')).toMatchObject({ activeFrom: '2026-11-10', activeTo: '2026-11-11' });
      const bad = await t.call('PUT', `/api/events/${t.eventId}/templates`, [{ ...templates[0], durationHours: 3 }]);
      expect(bad.status).toBe(400);
      expect(bad.json.error.details[0].field).toBe('0.durationHours');
    });

    it('serves an OpenAPI document generated from the schemas', async () => {
      const { status, json } = await t.call('GET', '/api/openapi.json');
      expect(status).toBe(200);
      expect(json.openapi).toBe('3.1.0');
      expect(Object.keys(json.paths)).toEqual(expect.arrayContaining(['/events', '/events/{eventId}/agents/import', '/scenarios/{scenarioId}', '/scenarios/compare']));
    });
  });
}
