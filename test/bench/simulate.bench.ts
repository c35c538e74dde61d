// The queue simulator's figures (issue 4): the cap-1 single-message M/M/N case in chats per second, the demo's
// Double 11 day at five caps, memory against the number of chats, and the whole demo horizon. Reports only.
import { readFileSync } from 'node:fs';
import { parseAgentsCsv } from '../../shared/agents/parseAgentsCsv.ts';
import { parseForecastCsv } from '../../shared/forecast/parseForecastCsv.ts';
import { solveRoster } from '../../shared/roster/solveRoster.ts';
import { specFromRosterDay } from '../../shared/simulate/dayWindow.ts';
import { runSimulation } from '../../shared/simulate/engine.ts';
import { parseSimulationSpec } from '../../shared/simulate/spec.ts';
import { sweepCaps } from '../../shared/simulate/sweep.ts';
import { requirement } from '../../shared/staffing/requirement.ts';

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

export default async function bench(): Promise<void> {
  const spec = mmnSpec(400);
  const rates: number[] = [];
  let chats = 0;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    chats = runSimulation(spec, 1).arrivals[0];
    rates.push(chats / ((performance.now() - started) / 1000));
  }
  console.log(`M/M/N, cap 1, one message: ${chats} chats a run, median ${(median(rates) / 1e6).toFixed(2)} M chats/s (best ${(Math.max(...rates) / 1e6).toFixed(2)}), one core`);
  for (const hours of [50, 1400]) {
    const growth = heapGrowthMb(() => runSimulation(mmnSpec(hours), 1));
    console.log(`  heap growth during a run of ${hours} h (${Math.round((hours * 100 * 0.9 * 3600) / 180)} chats): ${growth === null ? 'run node with --expose-gc to measure' : `${growth.toFixed(1)} MB`}`);
  }

  const rows = requirement(parseForecastCsv(readFileSync('server/demo/double11-forecast.csv', 'utf8')), {});
  const roster = solveRoster({ requirement: rows, agents: parseAgentsCsv(readFileSync('server/demo/agents.csv', 'utf8')) });
  const caps = [1, 3, 5, 8, 12];
  const day = specFromRosterDay(rows, roster.assignments, '2026-11-11', { caps });
  const dayTimes: number[] = [];
  let result = sweepCaps(day);
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    result = sweepCaps(day);
    dayTimes.push(performance.now() - started);
  }
  const preSale = result.caps[0].byQueue.pre_sale!.arrivals;
  console.log(`demo Double 11 day (2026-11-11, all queues, 4 messages a session), caps ${caps.join(',')}: ${preSale} pre-sale chats, ${result.caps[0].overall.arrivals} in all, median ${Math.round(median(dayTimes))} ms for the sweep`);

  const whole = specFromRosterDay(rows, roster.assignments, null);
  for (const sweep of [[4], [3, 4, 5, 6, 8, 10, 15]]) {
    const started = performance.now();
    const r = sweepCaps({ ...whole, caps: sweep });
    const ms = performance.now() - started;
    console.log(`demo horizon, caps ${sweep.join(',')}: ${r.caps[0].overall.arrivals} chats per cap, ${Math.round(ms)} ms, p90 first response ${r.caps.map((c) => `${c.cap}:${c.overall.firstResponse.p90 ?? 'never'}`).join(' ')}`);
  }
}
