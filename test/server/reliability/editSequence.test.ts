// A property test over the API: any sequence of supervisor edits (scenario params, stale edits, clones,
// agent unavailability), solves and publishes leaves every stored roster satisfying the rules it was solved
// under, or carrying its shortfall report, and never changes a stored roster afterwards.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The app first: it extends zod with .openapi() before any shared schema is built.
import { openTestApp, type TestApp } from '../harness.ts';
import { loadScenarioInputs } from '../../../server/services/scenarioInputs.ts';
import { checkAssignments } from '../../../shared/roster/checkAssignments.ts';
import { QUEUE_CODES } from '../../../shared/types.ts';
import { DATABASES } from '../../db/setup.ts';
import { waitForJob } from '../fixtures.ts';

const demoFile = (name: string) => readFileSync(new URL(`../../../server/demo/${name}`, import.meta.url), 'utf8').trim().split('\n');
const AGENT_LINES = demoFile('agents.csv').slice(0, 25); // header + 24 agents of all three queues
const AGENT_IDS = AGENT_LINES.slice(1).map((line) => line.split(',')[0]);
const FIRST_DAY = '2026-11-10';
/** Four days around the event, the demo's volumes divided by 12 so 24 agents cover some hours and not others. */
const FORECAST_CSV = [
  'hour_start,queue,inquiries',
  ...demoFile('double11-forecast.csv')
    .slice(1)
    .filter((line) => line >= `${FIRST_DAY}T` && line < '2026-11-14T')
    .map((line) => {
      const [hour, queue, inquiries] = line.split(',');
      return `${hour},${queue},${Math.round(Number(inquiries) / 12)}`;
    }),
].join('\n');

type Action =
  | { kind: 'edit'; target: number; change: Record<string, unknown>; stale: boolean }
  | { kind: 'clone'; target: number }
  | { kind: 'unavailable'; agent: number; day: number; hours: number }
  | { kind: 'solve'; target: number }
  | { kind: 'publish'; target: number };

const paramChange = fc.oneof(
  fc.integer({ min: 1, max: 8 }).map((cap) => ({ requirement: { defaults: { concurrencyCap: cap } } })),
  fc.record({ queue: fc.constantFrom(...QUEUE_CODES), m: fc.double({ min: 0.3, max: 2.5, noNaN: true }) }).map(({ queue, m }) => ({ volume: { byQueue: { [queue]: m } } })),
  fc.record({ maxConsecutiveDays: fc.integer({ min: 1, max: 6 }), minRestHours: fc.integer({ min: 8, max: 16 }) }).map((rules) => ({ rules })),
  fc.record({ nightFairnessSpread: fc.integer({ min: 0, max: 3 }), maxRollingHours: fc.integer({ min: 16, max: 60 }) }).map((rules) => ({ rules })),
  fc.subarray(AGENT_IDS, { maxLength: 6 }).map((removeAgentIds) => ({ headcount: { removeAgentIds } })),
  fc.record({ count: fc.integer({ min: 1, max: 4 }), primaryQueue: fc.constantFrom(...QUEUE_CODES) }).map((add) => ({ headcount: { addAgents: [add] } })),
);

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), target: fc.nat(), change: paramChange, stale: fc.boolean() }),
  fc.record({ kind: fc.constant('clone' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('unavailable' as const), agent: fc.nat({ max: AGENT_IDS.length - 1 }), day: fc.integer({ min: 0, max: 3 }), hours: fc.integer({ min: 4, max: 48 }) }),
  fc.record({ kind: fc.constant('solve' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('publish' as const), target: fc.nat() }),
);

/** What a stored roster must keep saying: its shifts and its shortfall, as read when it was solved. */
type Snapshot = { assignments: unknown[]; shortfall: unknown[] };

for (const kind of DATABASES) {
  describe(`any sequence of API edits on ${kind}`, () => {
    let t: TestApp;
    let eventId: number;
    const snapshots = new Map<number, Snapshot>();
    const done = { edits: 0, staleRefused: 0, clones: 0, unavailable: 0, solves: 0, publishes: 0 };
    beforeAll(async () => {
      t = await openTestApp(kind);
      const event = await t.call('POST', '/api/events', {
        name: 'property event',
        horizonStart: `${FIRST_DAY}T00:00:00+08:00`,
        horizonEnd: '2026-11-14T00:00:00+08:00',
        windowStart: '2026-11-10T08:00:00+08:00',
        windowEnd: '2026-11-12T02:00:00+08:00',
        postEventDays: 2,
      });
      expect(event.status).toBe(201);
      eventId = event.json.id;
      const csv = { 'content-type': 'text/csv' };
      expect((await t.call('POST', `/api/events/${eventId}/agents/import`, AGENT_LINES.join('\n'), { headers: csv })).status).toBe(200);
      expect((await t.call('POST', `/api/events/${eventId}/forecast/import`, FORECAST_CSV, { headers: csv })).status).toBe(200);
    }, 60_000);
    afterAll(() => t?.close());

    const scenarios = async (): Promise<{ id: number; version: number; params: Record<string, unknown> }[]> => (await t.call('GET', `/api/events/${eventId}/scenarios`)).json;
    const pick = async (n: number) => {
      const all = await scenarios();
      return all[n % all.length];
    };

    async function apply(step: Action): Promise<void> {
      if (step.kind === 'edit') {
        const scenario = await pick(step.target);
        const params = { ...scenario.params, ...step.change };
        const response = await t.call('PATCH', `/api/scenarios/${scenario.id}`, { version: step.stale ? scenario.version - 1 : scenario.version, params });
        const after = (await t.call('GET', `/api/scenarios/${scenario.id}`)).json;
        if (step.stale) {
          // Version 0 never exists, and any older version is stale: refused, nothing overwritten.
          expect([400, 409]).toContain(response.status);
          expect(after).toMatchObject({ version: scenario.version, params: scenario.params });
          done.staleRefused++;
        } else {
          done.edits++;
          expect(response.status).toBe(200);
          expect(after.version).toBe(scenario.version + 1);
        }
      } else if (step.kind === 'clone') {
        const source = await pick(step.target);
        expect((await t.call('POST', `/api/events/${eventId}/scenarios`, { name: `clone of ${source.id}`, fromScenarioId: source.id })).status).toBe(201);
        done.clones++;
      } else if (step.kind === 'unavailable') {
        const start = Date.parse(`${FIRST_DAY}T06:00:00+08:00`) + step.day * 86_400_000;
        const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
        const unavailable = [{ start: iso(start), end: iso(start + step.hours * 3_600_000) }];
        const response = await t.call('PATCH', `/api/events/${eventId}/agents/${AGENT_IDS[step.agent]}`, { unavailable });
        expect(response.status, response.text).toBe(200);
        done.unavailable++;
      } else if (step.kind === 'solve') {
        const scenario = await pick(step.target);
        const job = await waitForJob(t, (await t.call('POST', `/api/scenarios/${scenario.id}/solve`)).json.id);
        expect(job.status).toBe('succeeded');
        const roster = (await t.call('GET', `/api/rosters/${job.result.rosterId}`)).json;
        // Checked again here, outside the solver, with the rules and staff the scenario has now.
        const inputs = await loadScenarioInputs(t.database.db, scenario.id);
        expect(checkAssignments(roster, inputs.requirement, inputs.agents, inputs.rules)).toEqual([]);
        snapshots.set(roster.id, { assignments: roster.assignments, shortfall: roster.shortfall });
        done.solves++;
      } else {
        const scenario = await pick(step.target);
        const latest = await t.call('GET', `/api/scenarios/${scenario.id}/roster`);
        if (latest.status === 404) return;
        const published = await t.call('GET', `/api/events/${eventId}/roster`);
        const expectedPublishedRosterId = published.status === 200 ? published.json.id : null;
        const response = await t.call('POST', `/api/rosters/${latest.json.id}/publish`, { expectedPublishedRosterId });
        expect(response.status).toBe(200);
        expect((await t.call('GET', `/api/events/${eventId}/roster`)).json.id).toBe(latest.json.id);
        done.publishes++;
      }
    }

    it('leaves every stored roster satisfying its rules or reporting its shortfall, and unchanged afterwards', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 3, maxLength: 8 }), async (steps) => {
          for (const step of steps) await apply(step);
          const rosters = await t.database.db.selectFrom('rosters').select(['id', 'status']).where('event_id', '=', eventId).execute();
          expect(rosters.filter((r) => r.status === 'published').length).toBeLessThanOrEqual(1);
          for (const { id } of rosters) {
            const stored = (await t.call('GET', `/api/rosters/${id}`)).json;
            expect({ assignments: stored.assignments, shortfall: stored.shortfall }).toEqual(snapshots.get(id));
          }
        }),
        // Each run adds to the same event, so later runs start from the edits, clones and rosters of earlier ones.
        { numRuns: 8, seed: 20261111, endOnFailure: true },
      );
      console.log(`API edit sequences on ${kind}:`, JSON.stringify(done));
      // The seed must reach every kind of step, or the property proves less than it says.
      for (const count of Object.values(done)) expect(count).toBeGreaterThan(0);
    }, 300_000);
  });
}
