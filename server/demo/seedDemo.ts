import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { parseAgentsCsv } from '../../shared/agents/parseAgentsCsv.ts';
import { decodeText } from '../../shared/csv/decodeText.ts';
import { parseForecastCsv } from '../../shared/forecast/parseForecastCsv.ts';
import { DEFAULT_TEMPLATES } from '../../shared/roster/rulesSchema.ts';
import { parseScenarioParams } from '../../shared/scenario/params.ts';
import { createEventBundle, findEventBySlug, type EventSummary } from '../db/repositories/events.ts';
import { createScenario, getBaseline } from '../db/repositories/scenarios.ts';
import type { DB } from '../db/schema.ts';

export const DEMO_SLUG = 'double11-2026-demo';
const here = dirname(fileURLToPath(import.meta.url));

/** Reads one of the demo files shipped with the server. */
export function readDemoFile(name: 'agents.csv' | 'double11-forecast.csv' | 'levers.json'): string {
  return decodeText(readFileSync(join(here, name))).text;
}

/** Name of the demo scenario that pulls the levers of levers.json (temps and borrowed staff, priced in CNY). */
export const DEMO_LEVERS_SCENARIO = 'With levers';

/** Seeds the Double 11 demo event once, with the baseline and a "with levers" scenario; a second call finds it and changes nothing. */
export async function seedDemo(db: Kysely<DB>): Promise<{ event: EventSummary; created: boolean }> {
  const existing = await findEventBySlug(db, DEMO_SLUG);
  if (existing) return { event: existing, created: false };
  const event = await createEventBundle(db, {
    slug: DEMO_SLUG,
    name: 'Double 11 2026 (demo)',
    timeZone: 'Asia/Shanghai',
    horizonStart: '2026-11-08T00:00:00+08:00',
    horizonEnd: '2026-11-26T00:00:00+08:00',
    windowStart: '2026-11-10T08:00:00+08:00',
    windowEnd: '2026-11-12T02:00:00+08:00',
    postEventDays: 14,
    queues: [
      { code: 'pre_sale', params: {} },
      { code: 'after_sale', params: {} },
      { code: 'logistics', params: {} },
    ],
    templates: DEFAULT_TEMPLATES,
    agents: parseAgentsCsv(readDemoFile('agents.csv')),
    forecast: parseForecastCsv(readDemoFile('double11-forecast.csv')),
  });
  const baseline = await getBaseline(db, event.id);
  const params = parseScenarioParams({ levers: JSON.parse(readDemoFile('levers.json')) });
  await createScenario(db, { eventId: event.id, name: DEMO_LEVERS_SCENARIO, params, parentId: baseline.id });
  return { event, created: true };
}
