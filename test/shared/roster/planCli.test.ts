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

/** The demo's first six days (before, during and after the event window) and its staff: enough to move agents both ways. */
function demoInputs() {
  const dir = mkdtempSync(join(tmpdir(), 'plan-demo-'));
  const forecast = readFileSync(join(root, 'server/demo/double11-forecast.csv'), 'utf8').trimEnd().split('\n');
  writeFileSync(join(dir, 'forecast.csv'), `${forecast.slice(0, 1 + 6 * 24 * 3).join('\n')}\n`);
  return { dir, forecast: join(dir, 'forecast.csv'), agents: join(root, 'server/demo/agents.csv') };
}

const keysOf = (row: object) => Object.keys(row).sort();

describe('plan CLI', () => {
  it('writes requirement, roster, reassignments and stats with exactly the agreed field names', () => {
    const input = demoInputs();
    const out = join(input.dir, 'out');
    const run = cli(['plan', '--forecast', input.forecast, '--agents', input.agents, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const read = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));
    const roster = read('roster.json');
    const reassignments = read('reassignments.json');
    expect(read('requirement.json')).toHaveLength(6 * 24 * 3);
    // assignments[]: { agentId, queue, template, start, end, reassignedFrom? }
    const plain = ['agentId', 'end', 'queue', 'start', 'template'];
    const moved = roster.assignments.filter((a: object) => 'reassignedFrom' in a);
    expect(moved.length).toBeGreaterThan(0);
    for (const a of roster.assignments) expect(keysOf(a)).toEqual('reassignedFrom' in a ? [...plain, 'reassignedFrom'].sort() : plain);
    for (const a of roster.assignments) expect(a.start).toMatch(/^2026-11-\d\dT\d\d:00:00\+08:00$/);
    // shortfall[]: { hourStart, queue, required, scheduled }
    expect(roster.shortfall.length).toBeGreaterThan(0);
    for (const row of roster.shortfall) expect(keysOf(row)).toEqual(['hourStart', 'queue', 'required', 'scheduled']);
    // reassignments[]: { agentId, fromQueue, toQueue, start, end }, the same in roster.json and reassignments.json
    expect(reassignments.length).toBeGreaterThan(0);
    expect(roster.reassignments).toEqual(reassignments);
    for (const r of reassignments) expect(keysOf(r)).toEqual(['agentId', 'end', 'fromQueue', 'start', 'toQueue']);
    // Every moved shift lies within a move record of that agent, from its reassignedFrom to its queue.
    type Move = { agentId: string; fromQueue: string; toQueue: string; start: string; end: string };
    for (const a of moved) {
      const within = (m: Move) => m.agentId === a.agentId && m.fromQueue === a.reassignedFrom && m.toQueue === a.queue && Date.parse(m.start) <= Date.parse(a.start) && Date.parse(a.end) <= Date.parse(m.end);
      expect(reassignments.some(within), JSON.stringify(a)).toBe(true);
    }
    // stats: { paidHours, lowerBound, gap, solveMs }, plus the objective the lower bound bounds.
    const stats = read('stats.json');
    expect(keysOf(stats)).toEqual(['gap', 'lowerBound', 'objective', 'paidHours', 'solveMs']);
    expect(roster.stats).toEqual(stats);
    expect(roster.violations).toEqual([]);
    // cost: { wagesCny, overtimeCny, tempsCny, borrowedCny, lostGmvCny, totalCny }, priced at the demo assumptions.
    expect(keysOf(roster.cost)).toEqual(['borrowedCny', 'lostGmvCny', 'overtimeCny', 'tempsCny', 'totalCny', 'wagesCny']);
    expect(roster.cost.wagesCny).toBeGreaterThanOrEqual(roster.stats.paidHours * 25);
    expect(roster.cost.lostGmvCny).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/GMV at risk \d+/);
    expect(run.stdout).toContain(`${roster.objective.overtimeHours} overtime hours`);
    expect(run.stdout).toContain(`${roster.legalExcess.length} period(s) beyond the legal working-time figures`);
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

  it('exits 2 naming the levers file and the bad field, unknown keys included', () => {
    const dir = inputs();
    const run = (levers: object) => {
      writeFileSync(join(dir, 'levers.json'), JSON.stringify(levers));
      return cli(['plan', '--forecast', join(dir, 'forecast.csv'), '--agents', join(dir, 'agents.csv'), '--levers', join(dir, 'levers.json'), '--out', join(dir, 'out')]);
    };
    const negative = run({ money: { wagesCnyPerHour: { full_time: -1 } } });
    expect(negative.status).toBe(2);
    expect(negative.stderr).toContain('levers.json');
    expect(negative.stderr).toContain('money.wagesCnyPerHour.full_time');
    const unknown = run({ tmeps: { maxPerDay: 3 } });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('tmeps');
  });

  it('writes plan.json in the agreed shape with --levers, and placeholders in roster.json', () => {
    const dir = inputs();
    writeFileSync(join(dir, 'levers.json'), JSON.stringify({ temps: { maxPerDay: 3 } }));
    const out = join(dir, 'out');
    const run = cli(['plan', '--forecast', join(dir, 'forecast.csv'), '--agents', join(dir, 'agents.csv'), '--levers', join(dir, 'levers.json'), '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
    expect(keysOf(plan)).toEqual(['before', 'cost', 'coverage', 'exhausted', 'levers']);
    expect(Array.isArray(plan.exhausted)).toBe(true);
    expect(keysOf(plan.before)).toEqual(['cost', 'coverage']);
    expect(keysOf(plan.before.cost)).toEqual(keysOf(plan.cost));
    expect(plan.before.cost.tempsCny).toBe(0);
    expect(keysOf(plan.levers)).toEqual(['borrowed', 'caps', 'overtime', 'peakShifts', 'temps']);
    expect(keysOf(plan.cost)).toEqual(['borrowedCny', 'lostGmvCny', 'overtimeCny', 'tempsCny', 'totalCny', 'wagesCny']);
    expect(keysOf(plan.coverage)).toEqual(['shortAgentHours', 'shortHours']);
    for (const b of plan.levers.temps) {
      expect(keysOf(b)).toEqual(['count', 'end', 'queue', 'start']);
      expect(b.start).toMatch(/^2026-11-1\dT\d\d:00:00\+08:00$/);
    }
    const roster = JSON.parse(readFileSync(join(out, 'roster.json'), 'utf8'));
    const temps = roster.assignments.filter((a: { agentId: string }) => a.agentId.startsWith('TEMP-'));
    expect(temps.length).toBe(plan.levers.temps.reduce((s: number, b: { count: number }) => s + b.count, 0));
  });

  it('chooses the cheaper of two candidate caps, names it in plan.json and solves for its requirement', () => {
    const dir = inputs();
    const plan = (caps: number[], name: string) => {
      writeFileSync(join(dir, `${name}.json`), JSON.stringify({ caps: { pre_sale: caps } }));
      const out = join(dir, name);
      const run = cli(['plan', '--forecast', join(dir, 'forecast.csv'), '--agents', join(dir, 'agents.csv'), '--levers', join(dir, `${name}.json`), '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const read = (file: string) => JSON.parse(readFileSync(join(out, file), 'utf8'));
      return { stdout: run.stdout, plan: read('plan.json'), requirement: read('requirement.json') as { queue: string; requiredAgents: number }[] };
    };
    const [low, high] = [plan([1], 'cap1'), plan([6], 'cap6')];
    const preSaleNeed = (rows: { queue: string; requiredAgents: number }[]) => rows.filter((r) => r.queue === 'pre_sale').reduce((s, r) => s + r.requiredAgents, 0);
    expect(preSaleNeed(low.requirement)).toBeGreaterThan(preSaleNeed(high.requirement));
    expect(low.plan.cost.totalCny).not.toBe(high.plan.cost.totalCny);
    const cheaper = low.plan.cost.totalCny < high.plan.cost.totalCny ? { cap: 1, run: low } : { cap: 6, run: high };
    const both = plan([6, 1], 'both');
    expect(both.plan.levers.caps).toEqual({ pre_sale: cheaper.cap });
    expect(both.plan.cost).toEqual(cheaper.run.plan.cost);
    expect(both.requirement).toEqual(cheaper.run.requirement);
    expect(both.stdout).toContain(`cap lever: pre-sale cap ${cheaper.cap} (2 solve(s), searched queue by queue`);
    expect(low.stdout).toContain('one candidate per queue, no search');
  });
});
