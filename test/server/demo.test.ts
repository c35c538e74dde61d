import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/connect.ts';
import { toCount } from '../../server/db/jsonb.ts';
import { DEMO_LEVERS_SCENARIO, seedDemo } from '../../server/demo/seedDemo.ts';
import { parseScenarioParams } from '../../shared/scenario/params.ts';
import { DATABASES, openTestDatabase } from '../db/setup.ts';

for (const kind of DATABASES) {
  describe(`demo seed on ${kind}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(() => database.close());

    const counts = async () => {
      const count = (table: 'events' | 'agents' | 'forecasts' | 'scenarios' | 'queues' | 'shift_templates') =>
        database.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow().then((r) => toCount(r.n));
      return {
        events: await count('events'),
        agents: await count('agents'),
        forecasts: await count('forecasts'),
        scenarios: await count('scenarios'),
        queues: await count('queues'),
        templates: await count('shift_templates'),
      };
    };

    it('creates the Double 11 event once and reuses it the second time', async () => {
      const first = await seedDemo(database.db);
      expect(first.created).toBe(true);
      const after = await counts();
      expect(after).toEqual({ events: 1, agents: 152, forecasts: 18 * 24 * 3, scenarios: 2, queues: 3, templates: 5 });
      const second = await seedDemo(database.db);
      expect(second.created).toBe(false);
      expect(second.event.id).toBe(first.event.id);
      expect(await counts()).toEqual(after);
    });

    it('adds a "with levers" scenario beside the baseline, with the demo lever set as valid params', async () => {
      const rows = await database.db.selectFrom('scenarios').select(['name', 'is_baseline', 'params']).orderBy('id').execute();
      expect(rows.map((r) => [r.name, r.is_baseline])).toEqual([['Baseline', true], [DEMO_LEVERS_SCENARIO, false]]);
      const params = parseScenarioParams(rows[1].params);
      expect(params.levers?.temps?.maxPerDay).toBeGreaterThan(0);
      expect(params.levers?.borrowed?.maxPerDay).toBeGreaterThan(0);
      // The return-week agency (a demo assumption): after-sale and 查件 temps from 11-12 to 11-18 only, bounded per day.
      const temps = params.levers?.temps;
      expect(Object.keys(temps?.queueWindows ?? {}).sort()).toEqual(['after_sale', 'logistics']);
      expect(temps?.queueWindows?.logistics).toEqual({ start: '2026-11-12T00:00+08:00', end: '2026-11-19T00:00+08:00' });
      for (let d = 12; d <= 18; d++) expect(temps?.perDay[`2026-11-${d}`], `2026-11-${d}`).toBeLessThan(temps?.maxPerDay ?? 0);
      // The cap lever: the solve tries each candidate and keeps the cheapest plan.
      expect(params.levers?.caps?.pre_sale?.length).toBeGreaterThan(1);
    });

    it('keeps hostile names exactly as written', async () => {
      const rows = await database.db.selectFrom('agents').select(['external_id', 'name', 'cross_trained_for']).where('external_id', 'in', ['A151', 'A152']).orderBy('external_id').execute();
      expect(rows.map((r) => r.name)).toEqual(['O\'Brien, Zoë; "night" \\ lead', '=HYPERLINK("x")']);
      expect(rows[1].cross_trained_for).toEqual(['pre_sale']);
    });

    it('stores forecast hours as instants in Asia/Shanghai', async () => {
      const row = await database.db
        .selectFrom('forecasts')
        .select(['hour_start', 'inquiries'])
        .where('queue', '=', 'pre_sale')
        .where('hour_start', '=', new Date('2026-11-10T16:00:00Z'))
        .executeTakeFirstOrThrow();
      expect(row.inquiries).toBeGreaterThan(5000);
    });
  });
}
