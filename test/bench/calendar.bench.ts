// Calendar export benchmark: every agent feed for 1,000 agents x 18 days of a synthetic three-shift rotation
// (18,000 VEVENTs), through buildCalendar and through plain ical-generator for comparison. Prints figures;
// never fails on timing. Target from issue 7: all agent feeds in <= 200 ms in total.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vtimezoneComponent } from '../../server/export/vtimezone.ts';
import { writeCalendarFiles } from '../../server/export/writeCalendarFiles.ts';
import { buildCalendar, buildCalendarReference } from '../../shared/calendar/buildCalendar.ts';
import type { CalendarShift } from '../../shared/calendar/types.ts';
import { DEFAULT_TEMPLATES } from '../../shared/roster/rulesSchema.ts';
import { QUEUE_CODES, type Agent, type Assignment } from '../../shared/types.ts';

const AGENTS = 1000;
const DAYS = 18;
const HOUR = 3_600_000;
const DAY0 = Date.parse('2026-11-08T00:00:00+08:00');
const ROTATION = ['N', 'E', 'M']; // forward rotation, one template per 6-day block, offset per agent

function synthesise(): { agents: Agent[]; assignments: Assignment[] } {
  const agents: Agent[] = Array.from({ length: AGENTS }, (_, i) => ({
    id: `S${String(i).padStart(4, '0')}`,
    name: i % 97 === 0 ? `O'Brien, Zoë; "night" \\ lead ${i}` : `坐席${i}号 欧阳`,
    primaryQueue: QUEUE_CODES[i % 3],
    crossTrainedFor: [],
    contract: 'full_time',
    team: `T${String(Math.floor(i / 10)).padStart(3, '0')}`,
    unavailable: [],
  }));
  const assignments = agents.flatMap((agent, i) =>
    Array.from({ length: DAYS }, (_, d) => {
      const template = DEFAULT_TEMPLATES.find((t) => t.code === ROTATION[(Math.floor(d / 6) + i) % 3])!;
      const start = DAY0 + d * 24 * HOUR + template.startHour * HOUR;
      const moved = (i + d) % 7 === 0;
      return {
        agentId: agent.id,
        queue: moved ? 'pre_sale' : agent.primaryQueue,
        template: template.code,
        start: new Date(start).toISOString().replace('Z', '+00:00'),
        end: new Date(start + template.durationHours * HOUR).toISOString().replace('Z', '+00:00'),
        ...(moved && agent.primaryQueue !== 'pre_sale' ? { reassignedFrom: agent.primaryQueue } : {}),
      } satisfies Assignment;
    }),
  );
  return { agents, assignments };
}

function feedsOf(agents: Agent[], assignments: Assignment[]): { name: string; shifts: CalendarShift[] }[] {
  const byAgent = new Map(agents.map((a) => [a.id, [] as CalendarShift[]]));
  const names = new Map(agents.map((a) => [a.id, a.name]));
  for (const a of assignments) {
    byAgent.get(a.agentId)!.push({ ...a, id: `${a.agentId}/${a.start.slice(0, 10)}`, agentName: names.get(a.agentId)!, sequence: 1, status: 'confirmed', cap: 5, note: a.reassignedFrom ? '支援售前, 09:00 高峰' : null });
  }
  return agents.map((a) => ({ name: `Double 11 · ${a.name}`, shifts: byAgent.get(a.id)! }));
}

function timeAll(feeds: { name: string; shifts: CalendarShift[] }[], build: typeof buildCalendar): { ms: number; bytes: number } {
  const options = { publishedAt: '2026-11-07T20:00:00+08:00', vtimezone: vtimezoneComponent('Asia/Shanghai') };
  const t0 = performance.now();
  let bytes = 0;
  for (const feed of feeds) bytes += build({ ...feed, templates: DEFAULT_TEMPLATES }, options).length;
  return { ms: performance.now() - t0, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function bench(): Promise<void> {
  const { agents, assignments } = synthesise();
  const feeds = feedsOf(agents, assignments);
  const first = timeAll(feeds, buildCalendar);
  const warm = Array.from({ length: 7 }, () => timeAll(feeds, buildCalendar).ms);
  console.log(`buildCalendar, ${AGENTS} agent feeds x ${DAYS} days (${assignments.length} VEVENTs, ${(first.bytes / 1e6).toFixed(1)} M chars):`);
  console.log(`  first run (cold JIT, caches empty) ${first.ms.toFixed(0)} ms; warm median ${median(warm).toFixed(0)} ms, min ${Math.min(...warm).toFixed(0)} ms, max ${Math.max(...warm).toFixed(0)} ms`);
  const sample = feeds.slice(0, 100);
  const reference = median(Array.from({ length: 3 }, () => timeAll(sample, buildCalendarReference).ms));
  console.log(`  plain ical-generator toString (its per-character TextEncoder fold): ${reference.toFixed(0)} ms per 100 feeds, ~${((reference * AGENTS) / 100).toFixed(0)} ms for all`);
  const dir = mkdtempSync(join(tmpdir(), 'peak-roster-bench-'));
  try {
    const t0 = performance.now();
    const written = await writeCalendarFiles(dir, { eventName: 'Double 11', agents, assignments, templates: DEFAULT_TEMPLATES, requirement: [], reassignments: [], publishedAt: '2026-11-07T20:00:00+08:00' });
    console.log(`writeCalendarFiles (agent + team feeds, roster.xlsx, roster.csv, to disk): ${written.length} files in ${(performance.now() - t0).toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
