// Load on a real server process over loopback (autocannon, bounded rate and duration): roster reads alone,
// calendar-feed reads alone (a team feed of the published roster), then a mix of reads, each paced two ways (see Pacing in loadHarness.ts). Reports figures; never fails on timing.
// Runs on PGlite, and also on PostgreSQL (a fresh database, dropped afterwards) when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { runLoad, startLoadTarget, type Pacing } from './loadHarness.ts';

async function loadRun(label: string, databaseUrl?: string): Promise<void> {
  const target = await startLoadTarget(databaseUrl);
  try {
    const { port, cookie, eventId, rosterId, teamFeed } = target;
    const show = (what: string, r: Awaited<ReturnType<typeof runLoad>>) =>
      console.log(`${label}, ${what}: ${r.requests} requests, ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`);
    const mixed = ['/api/health', `/api/rosters/${rosterId}`, `/api/events/${eventId}/scenarios`, `/api/events/${eventId}/forecast`, `/api/events/${eventId}/agents`];
    for (const pacing of ['spread', 'burst'] as Pacing[]) {
      show(`roster reads at 200 req/s for 20 s, ${pacing}`, await runLoad({ port, cookie, rate: 200, seconds: 20, pacing, paths: [`/api/rosters/${rosterId}`] }));
      show(`team feed reads at 200 req/s for 20 s, ${pacing}`, await runLoad({ port, cookie, rate: 200, seconds: 20, pacing, paths: [teamFeed] }));
      show(`mixed reads at 200 req/s for 30 s, ${pacing}`, await runLoad({ port, cookie, rate: 200, seconds: 30, pacing, paths: mixed }));
    }
  } finally {
    await target.close();
  }
}

export default async function bench(): Promise<void> {
  await loadRun('PGlite');
  const url = process.env.DATABASE_URL;
  if (!url) return console.log('DATABASE_URL is not set: the PostgreSQL run is skipped.');
  const name = `bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  try {
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    await loadRun('PostgreSQL', dbUrl.toString());
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
