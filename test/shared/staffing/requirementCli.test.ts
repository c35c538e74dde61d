import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUEUE_CODES } from '../../../shared/types.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'requirement-cli-'));

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'requirement', ...args], { cwd: root, encoding: 'utf8' });
}

function scratchFile(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run cli -- requirement', () => {
  it('prints one JSON row per hour and queue of the demo forecast, and nothing else', () => {
    const run = cli('--forecast', 'server/demo/double11-forecast.csv');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(18 * 24 * 3);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['hourStart', 'queue', 'inquiries', 'humanInquiries', 'requiredAgents']));
      expect(QUEUE_CODES).toContain(row.queue);
      expect(row.humanInquiries as number).toBeLessThanOrEqual(row.inquiries as number);
    }
    const midnight = rows.find((r) => r.hourStart === '2026-11-11T00:00:00+08:00' && r.queue === 'pre_sale');
    expect(midnight).toMatchObject({ inquiries: 5493 });
    expect(midnight?.requiredAgents as number).toBeGreaterThan(80);
  });

  it('applies a params file', () => {
    const forecast = scratchFile('one.csv', 'hour_start,queue,inquiries\n2026-11-11T00:00:00+08:00,pre_sale,1000\n');
    const params = scratchFile('params.json', JSON.stringify({ queues: { pre_sale: { botShare: 0.5, shrinkage: 0 } } }));
    const run = cli('--forecast', forecast, '--params', params);
    expect(run.status).toBe(0);
    const [row] = JSON.parse(run.stdout) as { humanInquiries: number; requiredAgents: number; requiredOnline: number }[];
    expect(row.humanInquiries).toBe(500);
    expect(row.requiredAgents).toBe(row.requiredOnline);
  });

  it('exits 2 naming the file, line and field of a bad row, and prints no JSON', () => {
    const bad = scratchFile('bad.csv', 'hour_start,queue,inquiries\n2026-11-11T00:00:00+08:00,pre_sale,10\n2026-11-11T01:00:00+08:00,pre_sale,lots\n');
    const run = cli('--forecast', bad);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(bad);
    expect(run.stderr).toMatch(/line 3, field inquiries/);
  });

  it('exits 2 for a bad params file, a missing file or a missing option', () => {
    const params = scratchFile('bad.json', JSON.stringify({ defaults: { concurrencyCap: 0 } }));
    const badParams = cli('--forecast', 'server/demo/double11-forecast.csv', '--params', params);
    expect(badParams.status).toBe(2);
    expect(badParams.stderr).toMatch(/bad\.json.*defaults\.concurrencyCap/);
    expect(cli('--forecast', join(scratch, 'missing.csv')).status).toBe(2);
    expect(cli().status).toBe(2);
    expect(cli('--forecast', 'server/demo/double11-forecast.csv', '--colour').status).toBe(2);
  });
});
