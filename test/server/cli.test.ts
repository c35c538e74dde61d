import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connect.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { seedDemo } from '../../server/demo/seedDemo.ts';

function cli(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { encoding: 'utf8', env: { ...rest, ...env } });
}

describe('simulate CLI', () => {
  it('prints the cap sweep as JSON and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    writeFileSync(join(dir, 'spec.json'), JSON.stringify({ horizonStart: '2026-11-11T00:00:00+08:00', queues: [{ queue: 'pre_sale', arrivalsPerHour: [300, 500], agentsOnDuty: [10, 12] }], caps: [3, 6] }));
    const run = cli(['simulate', '--spec', join(dir, 'spec.json')]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.caps.map((c: { cap: number }) => c.cap)).toEqual([3, 6]);
    expect([3, 6]).toContain(result.best.cap);
  });

  it('exits 2 naming the file and the bad field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    writeFileSync(join(dir, 'spec.json'), JSON.stringify({ horizonStart: 'tomorrow', queues: [] }));
    const run = cli(['simulate', '--spec', join(dir, 'spec.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('spec.json');
    expect(run.stderr).toContain('horizonStart');
    expect(run.stdout).toBe('');
  });
});

describe('whatif CLI', () => {
  it('compares a changed copy of the baseline with the baseline as JSON', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'whatif-'));
    const database = await openDatabase({ dataDir });
    await migrateToLatest(database);
    const { event } = await seedDemo(database.db);
    await database.close();
    const run = cli(['whatif', '--event', String(event.id), '--set', 'cap=8', '--set', 'volume.pre_sale=1.2'], { DATA_DIR: dataDir });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.set).toEqual(['cap=8', 'volume.pre_sale=1.2']);
    expect(result.scenarios).toHaveLength(2);
    expect(result.scenarios[0]).toMatchObject({ name: 'Baseline', paidHours: expect.any(Number), serviceLevel: expect.any(Number) });
    expect(result.scenarios[1].requiredAgentHours).not.toBe(result.scenarios[0].requiredAgentHours);
    expect(result.hourlyDifferences.length).toBeGreaterThan(0);
    const bad = cli(['whatif', '--event', String(event.id), '--set', 'cap=lots'], { DATA_DIR: dataDir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('cap=lots');
  });
});
