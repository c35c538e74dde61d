import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/connect.ts';
import { jsonb, toCount } from '../../server/db/jsonb.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { up as addAssignmentCoverage } from '../../migrations/0014_assignment_coverage.ts';
import { DATABASES, openTestDatabase } from './setup.ts';

for (const kind of DATABASES) {
  describe(`migrations on ${kind}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(() => database.close());

    /** A one-day event with a two-hour window, for the tests that need only its id. */
    const insertEvent = (slug: string) =>
      database.db
        .insertInto('events')
        .values({ slug, name: slug, horizon_start: '2026-11-08T00:00:00Z', horizon_end: '2026-11-09T00:00:00Z', window_start: '2026-11-08T00:00:00Z', window_end: '2026-11-08T02:00:00Z' })
        .returning('id')
        .executeTakeFirstOrThrow();

    it('creates the core schema', async () => {
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables where table_schema = current_schema() order by table_name`.execute(database.db);
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['agents', 'assignments', 'calendar_tokens', 'events', 'forecasts', 'queues', 'reassignments', 'rosters', 'scenarios', 'shift_templates', 'simulations', 'users']),
      );
    });

    it('is a no-op the second time', async () => {
      expect(await migrateToLatest(database)).toEqual([]);
    });

    it('stores jsonb as objects, not strings, and counts as numbers', async () => {
      const event = await database.db
        .insertInto('events')
        .values({
          slug: 'jsonb-check',
          name: 'x',
          horizon_start: '2026-11-08T00:00:00+08:00',
          horizon_end: '2026-11-09T00:00:00+08:00',
          window_start: '2026-11-08T08:00:00+08:00',
          window_end: '2026-11-08T10:00:00+08:00',
          rules: jsonb({ minRestHours: 11, names: ['售前', 'a,"b"'] }),
        })
        .returning(['id', 'rules'])
        .executeTakeFirstOrThrow();
      expect(event.rules).toEqual({ minRestHours: 11, names: ['售前', 'a,"b"'] });
      const typeOf = await sql<{ t: string }>`select jsonb_typeof(rules) as t from events where id = ${event.id}`.execute(database.db);
      expect(typeOf.rows[0].t).toBe('object');
      const count = await database.db.selectFrom('events').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
      expect(toCount(count.n)).toBe(1);
    });

    it('gives rosters stored before assignments.coverage their placeholders at 1/proficiency, as their scenario booked them', async () => {
      const event = await insertEvent('coverage-backfill');
      const scenario = await database.db
        .insertInto('scenarios')
        .values({ event_id: event.id, name: 'levers', is_baseline: false, params: jsonb({ levers: { temps: { maxPerDay: 3, proficiency: 1.5 }, borrowed: { maxPerDay: 1 } } }) })
        .returning('id')
        .executeTakeFirstOrThrow();
      const roster = await database.db.insertInto('rosters').values({ event_id: event.id, scenario_id: scenario.id, scenario_version: 1, status: 'draft' }).returning('id').executeTakeFirstOrThrow();
      const shift = (agentKey: string, template: string) => ({ roster_id: roster.id, agent_id: null, agent_key: agentKey, queue: 'pre_sale', template, starts_at: '2026-11-08T00:00:00Z', ends_at: '2026-11-08T04:00:00Z', shift_uid: `${agentKey}@backfill` });
      await database.db.insertInto('assignments').values([shift('TEMP-001', 'TEMP'), shift('BORROWED-001', 'BORROWED'), shift('X-ONLY', 'P00-4')]).execute();
      // Back to the schema before the migration, then run it over the old rows.
      await sql`alter table assignments drop column coverage`.execute(database.db);
      await addAssignmentCoverage(database.db);
      const rows = await database.db.selectFrom('assignments').select(['agent_key', 'coverage']).where('roster_id', '=', roster.id).orderBy('agent_key').execute();
      // TEMP at the scenario's own 1.5; BORROWED at the levers' default 1.2 the scenario leaves unset; anyone else whole.
      expect(rows.map((r) => [r.agent_key, Math.round(Number(r.coverage) * 1e4) / 1e4])).toEqual([
        ['BORROWED-001', Math.round((1 / 1.2) * 1e4) / 1e4],
        ['TEMP-001', Math.round((1 / 1.5) * 1e4) / 1e4],
        ['X-ONLY', 1],
      ]);
    });

    it('rejects a second published roster for one event', async () => {
      const event = await insertEvent('pub');
      const scenario = await database.db.insertInto('scenarios').values({ event_id: event.id, name: 'b', is_baseline: true }).returning('id').executeTakeFirstOrThrow();
      const roster = { event_id: event.id, scenario_id: scenario.id, scenario_version: 1, status: 'published' as const };
      await database.db.insertInto('rosters').values(roster).execute();
      await expect(database.db.insertInto('rosters').values(roster).execute()).rejects.toThrow();
    });
  });
}
