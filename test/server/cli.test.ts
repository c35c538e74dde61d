import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connect.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { seedDemo } from '../../server/demo/seedDemo.ts';
import { readDemoFile } from '../../server/demo/seedDemo.ts';
import { publishRoster } from '../../server/services/publishRoster.ts';
import { storeBaselineRoster, shiftOn } from './fixtures.ts';

function cli(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { encoding: 'utf8', env: { ...rest, ...env } });
}

describe('simulate CLI', () => {
  const writeSpec = (spec: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
    return join(dir, 'spec.json');
  };
  const valid = {
    seed: 7,
    start: '2026-11-11T00:00:00+08:00',
    hours: 2,
    slaSeconds: 30,
    caps: [3, 6],
    queues: [
      {
        id: 'pre_sale',
        arrivalsPerHour: [300, 500],
        agentsPerHour: [10, 12],
        session: { messages: { dist: 'fixed', mean: 1 }, replySeconds: { dist: 'exponential', mean: 180 }, thinkSeconds: { dist: 'exponential', mean: 30 } },
        patienceSeconds: null,
      },
    ],
  };

  it('prints the cap sweep as JSON in the documented shape and nothing else', () => {
    const run = cli(['simulate', '--spec', writeSpec(valid)]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.results.map((r: { cap: number }) => r.cap)).toEqual([3, 6]);
    const queue = result.results[0].queues[0];
    expect(Object.keys(queue)).toEqual(expect.arrayContaining(['id', 'arrivals', 'served', 'abandoned', 'wait', 'firstResponse', 'serviceLevel', 'utilization', 'perHour']));
    expect(Object.keys(queue.wait)).toEqual(['mean', 'p50', 'p90', 'p99', 'max']);
    expect(queue.perHour).toHaveLength(2);
    const figures = ['arrivals', 'served', 'abandoned', 'openAtEnd', 'wait', 'firstResponse', 'serviceLevel', 'utilization', 'meanOpenChatsPerAgent', 'maxQueueLength'];
    for (const hour of queue.perHour) {
      expect(Object.keys(hour)).toEqual(['hourStart', ...figures]);
      expect(Object.keys(hour.wait)).toEqual(['mean', 'p50', 'p90', 'p99', 'max']);
      expect(Object.keys(hour.firstResponse)).toEqual(['mean', 'p50', 'p90', 'p99', 'max']);
      expect(hour.arrivals).toBe(hour.served + hour.abandoned + hour.openAtEnd);
    }
    expect(queue.arrivals).toBe(queue.served + queue.abandoned + queue.openAtEnd);
    expect(result.recommended.pre_sale.seeds).toBe(5);
    expect([3, 6]).toContain(result.recommended.pre_sale.cap);
    expect(result.recommended.pre_sale.estimates.map((e: { cap: number }) => e.cap)).toEqual([3, 6]);
    expect(result).not.toHaveProperty('bestCap');
  });

  it('runs the example file the README shows', () => {
    const run = cli(['simulate', '--spec', 'server/cli/simulate-spec.example.json']);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).results).toHaveLength(5);
  });

  it.each([
    ['a missing field', { ...valid, start: undefined }, 'start'],
    ['an array of the wrong length', { ...valid, queues: [{ ...valid.queues[0], agentsPerHour: [10] }] }, 'queues.0.agentsPerHour'],
    ['a negative rate', { ...valid, queues: [{ ...valid.queues[0], arrivalsPerHour: [300, -5] }] }, 'queues.0.arrivalsPerHour.1'],
    ['an unknown distribution', { ...valid, queues: [{ ...valid.queues[0], session: { ...valid.queues[0].session, replySeconds: { dist: 'lognormal', mean: 60 } } }] }, 'queues.0.session.replySeconds.dist'],
    ['a queue given twice', { ...valid, queues: [valid.queues[0], { ...valid.queues[0] }] }, 'queues.1.id: duplicate queue id "pre_sale"'],
  ])('exits 2 for %s, naming the file and the field', (_label, spec, field) => {
    const run = cli(['simulate', '--spec', writeSpec(spec)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('spec.json');
    expect(run.stderr).toContain(field);
    expect(run.stdout).toBe('');
  });
});

describe('whatif CLI', () => {
  // Two solves and two five-seed sweeps of the whole demo horizon: minutes on a shared machine.
  it('compares a changed copy of the baseline with the baseline as JSON, with the recommended cap per queue', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'whatif-'));
    const database = await openDatabase({ dataDir });
    await migrateToLatest(database);
    const { event } = await seedDemo(database.db);
    await database.close();
    const run = cli(['whatif', '--event', String(event.id), '--set', 'cap=8', '--set', 'volume.pre_sale=1.2', '--caps', '6'], { DATA_DIR: dataDir });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.set).toEqual(['cap=8', 'volume.pre_sale=1.2']);
    expect(result.scenarios).toHaveLength(2);
    expect(result.scenarios[0]).toMatchObject({ name: 'Baseline', paidHours: expect.any(Number), serviceLevel: expect.any(Number) });
    expect(result.scenarios[1].requiredAgentHours).not.toBe(result.scenarios[0].requiredAgentHours);
    expect(result.hourlyDifferences.length).toBeGreaterThan(0);
    // Each scenario's queues at their own caps (4 in the baseline, 8 in the what-if) and the recommended cap among those tried.
    expect(result.caps.map((c: { name: string }) => c.name)).toEqual(['Baseline', 'what-if: cap=8, volume.pre_sale=1.2']);
    const [baseline, whatif] = result.caps.map((c: { byQueue: Record<string, { atOwnCap: { cap: number }; recommended: { cap: number; withinTarget: { mean: number } }; seeds: number }> }) => c.byQueue);
    expect(baseline.pre_sale.atOwnCap.cap).toBe(4);
    expect(whatif.pre_sale.atOwnCap.cap).toBe(8);
    expect([4, 6]).toContain(baseline.pre_sale.recommended.cap);
    expect([6, 8]).toContain(whatif.pre_sale.recommended.cap);
    expect(baseline.pre_sale.seeds).toBe(5);
    expect(baseline.pre_sale.recommended.withinTarget.mean).toBeGreaterThan(0);
    expect(cli(['whatif', '--event', String(event.id), '--set', 'cap=8', '--caps', '0,4'], { DATA_DIR: dataDir }).stderr).toContain('--caps "0,4"');
    const bad = cli(['whatif', '--event', String(event.id), '--set', 'cap=lots'], { DATA_DIR: dataDir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('cap=lots');
  }, 300_000);
});

describe('replan CLI', () => {
  it('prints the changes that pay as JSON from an actuals file, and exits 2 naming a bad flag', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'replan-'));
    const database = await openDatabase({ dataDir });
    await migrateToLatest(database);
    const { event } = await seedDemo(database.db);
    const rosterId = await storeBaselineRoster({ database, eventId: event.id }, ['A001', 'A002', 'A003'].map((id) => shiftOn(id, 10, 16, { template: 'M' })));
    await publishRoster(database.db, rosterId, { expectedPublishedRosterId: null });
    await database.close();
    // Pre-sale ran 30 % over the forecast from 14:00 to 20:00 on 11-10.
    const rows = readDemoFile('double11-forecast.csv').trim().split('\n').slice(1).map((line) => line.split(','));
    const hours = rows.filter(([hour, queue]) => queue === 'pre_sale' && hour >= '2026-11-10T14' && hour < '2026-11-10T20');
    const file = join(dataDir, 'actuals.csv');
    writeFileSync(file, `start,queue,inquiries\n${hours.map(([hour, queue, n]) => `${hour},${queue},${Math.round(Number(n) * 1.3)}`).join('\n')}\n`);
    const run = cli(['replan', '--event', String(event.id), '--actuals', file, '--now', '2026-11-10T20:00:00+08:00', '--allow', 'overtime'], { DATA_DIR: dataDir });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['now', 'factor', 'changes', 'before', 'after']);
    expect(result.now).toBe('2026-11-10T20:00:00+08:00');
    expect(result.factor.pre_sale).toBeCloseTo(1.3, 2);
    expect(result.changes.map((c: { agentId: string }) => c.agentId).sort()).toEqual(['A001', 'A002', 'A003']);
    for (const change of result.changes) expect(change).toMatchObject({ kind: 'overtime', queue: 'pre_sale', start: '2026-11-11T00:00:00+08:00', costCny: expect.any(Number) });
    expect(result.after.shortAgentHours).toBeLessThan(result.before.shortAgentHours);
    const badNow = cli(['replan', '--event', String(event.id), '--actuals', file, '--now', 'tonight'], { DATA_DIR: dataDir });
    expect(badNow.status).toBe(2);
    expect(badNow.stderr).toContain('--now');
    const badKind = cli(['replan', '--event', String(event.id), '--actuals', file, '--allow', 'magic'], { DATA_DIR: dataDir });
    expect(badKind.status).toBe(2);
    expect(badKind.stderr).toContain('--allow');
  });
});

describe('check-requirement CLI', () => {
  it('prints promised against simulated service level and abandonment per hour and queue, with the mean and worst gaps', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const forecast = join(dir, 'forecast.csv');
    writeFileSync(forecast, 'hour_start,queue,inquiries\n2026-11-11T10:00:00+08:00,pre_sale,900\n2026-11-11T10:00:00+08:00,after_sale,40\n');
    const run = cli(['check-requirement', '--forecast', forecast]);
    expect(run.status, run.stderr).toBe(0);
    type Hour = { hourStart: string; queue: string; chats: number; online: number; promised: number; simulated: number; abandoned: number; simulatedAbandoned: number };
    const out = JSON.parse(run.stdout) as { hours: Hour[]; meanAbsDiff: number; worstAbsDiff: number; abandonedMeanAbsDiff: number; abandonedWorstAbsDiff: number };
    expect(Object.keys(out)).toEqual(['hours', 'meanAbsDiff', 'worstAbsDiff', 'abandonedMeanAbsDiff', 'abandonedWorstAbsDiff']);
    // 40 inquiries leave 26 human chats: under the 50 a checked hour needs.
    expect(out.hours).toHaveLength(1);
    const [hour] = out.hours;
    expect(Object.keys(hour)).toEqual(['hourStart', 'queue', 'chats', 'online', 'promised', 'simulated', 'abandoned', 'simulatedAbandoned']);
    expect(hour).toMatchObject({ hourStart: '2026-11-11T10:00:00+08:00', queue: 'pre_sale', chats: 585 });
    expect(out.meanAbsDiff).toBeCloseTo(Math.abs(hour.promised - hour.simulated), 1);
    expect(out.worstAbsDiff).toBe(out.meanAbsDiff);
    expect(out.worstAbsDiff).toBeLessThanOrEqual(10);
    expect(out.abandonedMeanAbsDiff).toBeCloseTo(Math.abs(hour.abandoned - hour.simulatedAbandoned), 1);
    expect(out.abandonedWorstAbsDiff).toBeLessThanOrEqual(5);
    expect(hour.abandoned).toBeGreaterThan(0);
  });

  it('checks a share of the requirement\'s staffing with --online-share, and refuses a share outside (0, 1]', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const forecast = join(dir, 'forecast.csv');
    writeFileSync(forecast, 'hour_start,queue,inquiries\n2026-11-11T10:00:00+08:00,pre_sale,900\n');
    const full = JSON.parse(cli(['check-requirement', '--forecast', forecast]).stdout) as { hours: { online: number; abandoned: number; simulatedAbandoned: number }[] };
    const short = cli(['check-requirement', '--forecast', forecast, '--online-share', '0.5']);
    expect(short.status, short.stderr).toBe(0);
    const [half] = (JSON.parse(short.stdout) as typeof full).hours;
    expect(half.online).toBe(Math.round(full.hours[0].online * 0.5));
    expect(half.abandoned).toBeGreaterThan(full.hours[0].abandoned + 5);
    expect(Math.abs(half.abandoned - half.simulatedAbandoned)).toBeLessThanOrEqual(5);
    const bad = cli(['check-requirement', '--forecast', forecast, '--online-share', '1.5']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--online-share');
  });

  it('exits 2 naming what is missing', () => {
    const run = cli(['check-requirement']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--forecast');
  });
});

describe('requirement CLI', () => {
  it('names an unreadable parameter file once, and a forecast file before its row errors', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'req-')), 'params.json');
    const noParams = cli(['requirement', '--forecast', 'server/demo/double11-forecast.csv', '--params', missing]);
    expect(noParams.status).toBe(2);
    expect(noParams.stderr.trim()).toBe(`error: cannot read ${missing}: ENOENT`);
    const bad = join(mkdtempSync(join(tmpdir(), 'req-')), 'forecast.csv');
    writeFileSync(bad, 'hour_start,queue,inquiries\n2026-11-11T10:00:00+08:00,presale,9\n');
    const badRow = cli(['requirement', '--forecast', bad]);
    expect(badRow.status).toBe(2);
    expect(badRow.stderr).toMatch(new RegExp(`^error: ${bad}: `));
  });

  it('ends quietly with 0 when its reader stops early (| head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'requirement', '--forecast', 'server/demo/double11-forecast.csv'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
