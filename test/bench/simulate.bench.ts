// The queue simulator's figures (issues 4 and 16): the cap-1 single-message M/M/N case in chats per second beside
// a bare M/M/N loop in the same run, memory against the number of chats, the demo's Double 11 day at five caps
// and five seeds, and the whole demo horizon. Reports only.
import { readFileSync } from 'node:fs';
import { parseAgentsCsv } from '../../shared/agents/parseAgentsCsv.ts';
import { parseForecastCsv } from '../../shared/forecast/parseForecastCsv.ts';
import { solveRoster } from '../../shared/roster/solveRoster.ts';
import { specFromRosterDay } from '../../shared/simulate/dayWindow.ts';
import { runSimulation } from '../../shared/simulate/engine.ts';
import { parseSimulationSpec } from '../../shared/simulate/spec.ts';
import { sweepCaps } from '../../shared/simulate/sweep.ts';
import { requirement } from '../../shared/staffing/requirement.ts';
import { bareMmn } from './bareMmn.ts';

/** 100 agents at 90 % load, cap 1, one message, exponential 180 s replies, nobody leaves: Erlang C's M/M/N. */
function mmnSpec(hours: number) {
  const agents = 100;
  const perHour = (agents * 0.9 * 3600) / 180;
  return parseSimulationSpec({
    horizonStart: '2026-11-11T00:00:00+08:00',
    caps: [1],
    patienceSeconds: null,
    replyPatienceSeconds: null,
    session: { messages: { mean: 1, distribution: 'fixed' }, replySeconds: { mean: 180, distribution: 'exponential' } },
    queues: [{ queue: 'pre_sale', arrivalsPerHour: Array(hours).fill(perHour), agentsOnDuty: Array(hours).fill(agents) }],
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Heap grown by the end of one run, from a collected start (node --expose-gc; `npm run bench` passes it). */
function heapGrowthMb(run: () => unknown): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = run();
  const growth = (process.memoryUsage().heapUsed - before) / 1e6;
  void kept;
  return growth;
}

/** Process CPU milliseconds: on a machine shared with others, a run's own time rather than the wall's. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Chats per second of each run, by the wall and by this process's CPU. */
function timed(run: () => number, wall: number[], cpu: number[]): void {
  const [wallStart, cpuStart] = [performance.now(), cpuMs()];
  const chats = run();
  wall.push(chats / ((performance.now() - wallStart) / 1000));
  cpu.push(chats / ((cpuMs() - cpuStart) / 1000));
}

const mChatsPerSecond = (rates: number[]) => `${(median(rates) / 1e6).toFixed(2)} M chats/s`;

export default async function bench(): Promise<void> {
  // The simulator and the bare loop take turns, so both meet the same load from other processes.
  const hours = 400;
  const spec = mmnSpec(hours);
  const [queue, replySeconds] = [spec.queues[0], spec.session.replySeconds.mean];
  const sim = { wall: [] as number[], cpu: [] as number[] };
  const bare = { wall: [] as number[], cpu: [] as number[] };
  let chats = 0;
  for (let i = 0; i < 9; i++) {
    timed(() => (chats = runSimulation(spec, 1).arrivals[0]), sim.wall, sim.cpu);
    timed(() => bareMmn(queue.arrivalsPerHour[0] / 3600, queue.agentsOnDuty[0], replySeconds, hours * 3600), bare.wall, bare.cpu);
  }
  const share = (a: number[], b: number[]) => `${Math.round((median(a) / median(b)) * 100)} %`;
  console.log(`M/M/N, cap 1, one message, every statistic kept: ${chats} chats a run, median of 9 runs ${mChatsPerSecond(sim.wall)} by the wall, ${mChatsPerSecond(sim.cpu)} by CPU time`);
  console.log(`  bare M/M/N loop (binary heap, a count only), same run: ${mChatsPerSecond(bare.wall)} by the wall, ${mChatsPerSecond(bare.cpu)} by CPU time; the simulator at ${share(sim.wall, bare.wall)} of it (CPU: ${share(sim.cpu, bare.cpu)})`);
  for (const h of [50, 1400]) {
    const growth = heapGrowthMb(() => runSimulation(mmnSpec(h), 1));
    console.log(`  heap growth during a run of ${h} h (${Math.round((h * 100 * 0.9 * 3600) / 180)} chats): ${growth === null ? 'run node with --expose-gc to measure' : `${growth.toFixed(1)} MB`}`);
  }

  const rows = requirement(parseForecastCsv(readFileSync('server/demo/double11-forecast.csv', 'utf8')), {});
  const roster = solveRoster({ requirement: rows, agents: parseAgentsCsv(readFileSync('server/demo/agents.csv', 'utf8')) });
  const caps = [1, 3, 5, 8, 12];
  const seeds = 5;
  const day = specFromRosterDay(rows, roster.assignments, '2026-11-11', { caps, seeds });
  const dayWall: number[] = [];
  const dayCpu: number[] = [];
  let result = sweepCaps(day);
  for (let i = 0; i < 3; i++) {
    const [wallStart, cpuStart] = [performance.now(), cpuMs()];
    result = sweepCaps(day);
    dayWall.push(performance.now() - wallStart);
    dayCpu.push(cpuMs() - cpuStart);
  }
  const preSale = result.caps[0].byQueue.pre_sale!.arrivals;
  const seconds = (ms: number[]) => `${(median(ms) / 1000).toFixed(2)} s`;
  const recommended = Object.entries(result.recommended ?? {}).map(([q, r]) => `${q} ${r!.cap}`).join(', ');
  console.log(`demo Double 11 day (2026-11-11, all queues, 4 messages a session), caps ${caps.join(',')} x ${seeds} seeds (${caps.length * seeds} runs): ${preSale} pre-sale chats, ${result.caps[0].overall.arrivals} in all, median of 3 sweeps ${seconds(dayWall)} by the wall, ${seconds(dayCpu)} by CPU time; recommended ${recommended}`);

  const whole = specFromRosterDay(rows, roster.assignments, null);
  for (const sweep of [[4], [3, 4, 5, 6, 8, 10, 15]]) {
    const started = performance.now();
    const r = sweepCaps({ ...whole, caps: sweep });
    const ms = performance.now() - started;
    console.log(`demo horizon, caps ${sweep.join(',')}: ${r.caps[0].overall.arrivals} chats per cap, ${Math.round(ms)} ms, p90 first response ${r.caps.map((c) => `${c.cap}:${c.overall.firstResponse.p90 ?? 'never'}`).join(' ')}`);
  }
}
