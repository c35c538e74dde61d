import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
}

/** Two days of forecast for three queues and a small staff list, in a fresh directory. */
function inputs(agentsCsv?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-'));
  const lines = ['hour_start,queue,inquiries'];
  for (let h = 0; h < 48; h++) {
    const stamp = `2026-11-${String(10 + Math.floor(h / 24)).padStart(2, '0')}T${String(h % 24).padStart(2, '0')}:00:00+08:00`;
    lines.push(`${stamp},pre_sale,${h % 24 >= 8 ? 120 : 10}`, `${stamp},after_sale,30`, `${stamp},logistics,5`);
  }
  writeFileSync(join(dir, 'forecast.csv'), `${lines.join('\n')}\n`);
  const staff = ['agent_id,name,primary_queue,cross_trained_for,contract,team'];
  for (let i = 0; i < 12; i++) staff.push(`A${i},"Agent, ${i}",${['pre_sale', 'after_sale', 'logistics'][i % 3]},${i % 3 === 0 ? '' : 'pre_sale'},${i === 11 ? 'part_time' : 'full_time'},T1`);
  writeFileSync(join(dir, 'agents.csv'), agentsCsv ?? `${staff.join('\n')}\n`);
  return dir;
}

describe('plan CLI', () => {
  it('writes requirement, roster, reassignments and stats with the agreed field names', () => {
    const dir = inputs();
    const out = join(dir, 'out');
    const run = cli(['plan', '--forecast', join(dir, 'forecast.csv'), '--agents', join(dir, 'agents.csv'), '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const read = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));
    const roster = read('roster.json');
    expect(read('requirement.json')).toHaveLength(144);
    expect(Object.keys(roster.assignments[0]).sort()).toEqual(expect.arrayContaining(['agentId', 'queue', 'template', 'start', 'end']));
    expect(roster.assignments[0].start).toMatch(/^2026-11-\d\dT\d\d:00:00\+08:00$/);
    for (const row of roster.shortfall) expect(Object.keys(row).sort()).toEqual(['hourStart', 'queue', 'required', 'scheduled']);
    for (const r of read('reassignments.json')) expect(Object.keys(r).sort()).toEqual(['agentId', 'end', 'fromQueue', 'start', 'toQueue']);
    expect(Object.keys(read('stats.json')).sort()).toEqual(['gap', 'lowerBound', 'objective', 'paidHours', 'solveMs']);
    expect(roster.violations).toEqual([]);
  });

  it('exits 2 naming the file, line and field of bad input', () => {
    const dir = inputs('agent_id,name,primary_queue,cross_trained_for,contract,team\nA1,Ann,pre_sale,,full_time,T1\nA2,Bo,presale,,full_time,T1\n');
    const run = cli(['plan', '--forecast', join(dir, 'forecast.csv'), '--agents', join(dir, 'agents.csv'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(join(dir, 'agents.csv'));
    expect(run.stderr).toContain('line 3');
    expect(run.stderr).toContain('field primary_queue');
  });

  it('exits 2 naming the rules file and the bad field', () => {
    const dir = inputs();
    writeFileSync(join(dir, 'rules.json'), JSON.stringify({ minRestHours: 30 }));
    const run = cli(['plan', '--forecast', join(dir, 'forecast.csv'), '--agents', join(dir, 'agents.csv'), '--rules', join(dir, 'rules.json'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('rules.json');
    expect(run.stderr).toContain('minRestHours');
  });
});
