import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { waitForJob } from './fixtures.ts';
import { openTestApp, type TestApp } from './harness.ts';

for (const kind of DATABASES) {
  describe(`solving and publishing through the API on ${kind}`, () => {
    let t: TestApp;
    let scenarioId: number;
    beforeAll(async () => {
      t = await openTestApp(kind);
      scenarioId = (await t.call('GET', `/api/events/${t.eventId}/scenarios`)).json[0].id;
    });
    afterAll(() => t.close());

    it('solves the demo as a job, reports the shortfall instead of failing, and publishes it', async () => {
      const submitted = await t.call('POST', `/api/scenarios/${scenarioId}/solve`);
      expect(submitted.status).toBe(202);
      expect(submitted.json).toMatchObject({ kind: 'solve', status: 'queued', scenarioId });
      const job = await waitForJob(t, submitted.json.id);
      expect(job).toMatchObject({ status: 'succeeded', progress: 100 });
      const roster = (await t.call('GET', `/api/scenarios/${scenarioId}/roster`)).json;
      expect(roster).toMatchObject({ id: job.result.rosterId, status: 'draft', scenarioVersion: 1 });
      expect(roster.assignments.length).toBeGreaterThan(1000);
      expect(roster.assignments[0].start).toMatch(/\+08:00$/);
      const midnight = roster.shortfall.find((s: { hourStart: string; queue: string }) => s.hourStart === '2026-11-11T00:00:00+08:00' && s.queue === 'pre_sale');
      expect(midnight.required).toBeGreaterThan(midnight.scheduled);
      expect(roster.diagnostics.summary.message).toContain('short');
      expect(roster.diagnostics.suggestions.length).toBeGreaterThan(0);
      expect(roster.diagnostics.violations).toEqual([]);
      expect(roster.reassignments.length).toBeGreaterThan(0);
      const published = await t.call('POST', `/api/rosters/${roster.id}/publish`, { expectedPublishedRosterId: null });
      expect(published.status).toBe(200);
      expect((await t.call('GET', `/api/events/${t.eventId}/roster`)).json.id).toBe(roster.id);
      const mine = (await t.call('GET', '/api/me/roster', undefined, { as: 'agent1' })).json;
      expect(mine.assignments.length).toBeGreaterThan(0);
      expect(mine.assignments.every((a: { agentId: string }) => a.agentId === 'A001')).toBe(true);
    });

    it('streams job progress as server-sent events', async () => {
      const submitted = (await t.call('POST', `/api/scenarios/${scenarioId}/solve`)).json;
      const stream = await t.call('GET', `/api/jobs/${submitted.id}/events`);
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      const events = stream.text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)));
      expect(events.at(-1).status).toBe('succeeded');
    });

    it('keeps a job running when its client disconnects from the event stream', async () => {
      const submitted = (await t.call('POST', `/api/scenarios/${scenarioId}/solve`)).json;
      // A real socket, so the disconnect is the one a browser closing the tab makes.
      const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      try {
        const { port } = server.address() as AddressInfo;
        const controller = new AbortController();
        const response = await fetch(`http://127.0.0.1:${port}/api/jobs/${submitted.id}/events`, { headers: { cookie: t.cookies.get('sup')! }, signal: controller.signal });
        expect(response.status).toBe(200);
        const reader = response.body!.getReader();
        let text = '';
        while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
        const first = JSON.parse(text.split('\n').find((l) => l.startsWith('data: '))!.slice(6));
        expect(['queued', 'running']).toContain(first.status);
        controller.abort();
        await expect(reader.read()).rejects.toThrow();
      } finally {
        server.close();
      }
      const job = await waitForJob(t, submitted.id);
      expect(job).toMatchObject({ status: 'succeeded', progress: 100 });
      expect((await t.call('GET', `/api/rosters/${job.result.rosterId}`)).status).toBe(200);
    });

    it('cancels a solve', async () => {
      const submitted = (await t.call('POST', `/api/scenarios/${scenarioId}/solve`)).json;
      const cancelled = await t.call('POST', `/api/jobs/${submitted.id}/cancel`);
      expect(cancelled.status).toBe(200);
      expect((await waitForJob(t, submitted.id)).status).toBe('cancelled');
    });

    it('answers 404 for unknown jobs and rosters', async () => {
      expect((await t.call('GET', '/api/jobs/nope')).status).toBe(404);
      expect((await t.call('GET', '/api/rosters/999999')).status).toBe(404);
    });
  });
}
