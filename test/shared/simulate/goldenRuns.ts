// Runs whose every statistic was recorded before the engine was split and sped up (engineGolden.json):
// the same seed must give the same result, bit for bit. `npx tsx test/shared/simulate/goldenRuns.ts`
// rewrites the record, which only a deliberate change of the simulator's behaviour may do.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { runSimulation } from '../../../shared/simulate/engine.ts';
import type { RunStats } from '../../../shared/simulate/runStats.ts';
import { parseSimulationSpec, type SimulationSpecInput } from '../../../shared/simulate/spec.ts';
import { START } from './fixtures.ts';

const peak = (hours: number, top: number) => Array.from({ length: hours }, (_, h) => Math.round(top * (0.3 + 0.7 * Math.sin((Math.PI * (h + 0.5)) / hours))));

/** Each case: a spec and the cap to run it at. */
export const GOLDEN_CASES: Record<string, { spec: SimulationSpecInput; cap: number | 'planned' }> = {
  // Three queues, breaks, both patiences, geometric sessions: every path of the engine.
  threeQueuesWithBreaks: {
    cap: 4,
    spec: {
      horizonStart: START,
      seed: 11,
      breakShare: 0.25,
      queues: [
        { queue: 'pre_sale', arrivalsPerHour: peak(8, 700), agentsOnDuty: [12, 20, 28, 32, 32, 24, 16, 0] },
        { queue: 'after_sale', arrivalsPerHour: peak(8, 300), agentsOnDuty: [3, 4, 6, 6, 5, 4, 3, 2], breakShare: 0.4, slaSeconds: 30 },
        { queue: 'logistics', arrivalsPerHour: peak(8, 150), agentsOnDuty: [1, 2, 2, 3, 3, 2, 1, 1], patienceSeconds: null, session: { messages: { mean: 2, distribution: 'fixed' }, thinkSeconds: { mean: 60, distribution: 'fixed' }, replySeconds: { mean: 25, distribution: 'fixed' } } },
      ],
    },
  },
  // Each queue at its own cap, overloaded so lines grow long and customers leave.
  plannedOverload: {
    cap: 'planned',
    spec: {
      horizonStart: START,
      seed: 5,
      patienceSeconds: 240,
      replyPatienceSeconds: 120,
      queues: [
        { queue: 'pre_sale', arrivalsPerHour: [3000, 3000, 500], agentsOnDuty: [20, 12, 20], cap: 3 },
        { queue: 'after_sale', arrivalsPerHour: [800, 100, 900], agentsOnDuty: [2, 2, 0], cap: 7, breakShare: 0.5 },
      ],
    },
  },
  // Erlang C's M/M/N: cap 1, one message, nobody leaves.
  mmn: {
    cap: 1,
    spec: {
      horizonStart: START,
      seed: 3,
      patienceSeconds: null,
      replyPatienceSeconds: null,
      session: { messages: { mean: 1, distribution: 'fixed' }, replySeconds: { mean: 180, distribution: 'exponential' } },
      queues: [{ queue: 'pre_sale', arrivalsPerHour: Array(6).fill(1800), agentsOnDuty: Array(6).fill(100) }],
    },
  },
  // Shifts ending with chats held, nobody leaving, a high cap.
  shiftEnds: {
    cap: 50,
    spec: {
      horizonStart: START,
      seed: 9,
      patienceSeconds: null,
      replyPatienceSeconds: null,
      session: { messages: { mean: 5, distribution: 'geometric' }, thinkSeconds: { mean: 40, distribution: 'exponential' }, replySeconds: { mean: 12, distribution: 'fixed' } },
      queues: [{ queue: 'pre_sale', arrivalsPerHour: [400, 600, 0, 200], agentsOnDuty: [2, 1, 0, 3] }],
    },
  },
};

/**
 * The time integrals: agent-seconds on duty and of open chats, sums of (count × interval) whose last bits
 * depend on where the run cuts the time line (at every event, or only where the count changes), so they are
 * compared value by value to 1e-12 of the column's total, and every other column bit for bit.
 */
export const TIME_INTEGRALS = ['dutySeconds', 'openChatSeconds', 'hourDutySeconds', 'hourOpenChatSeconds'];

/** Every column of a run's statistics as a SHA-256 of its bytes, with its sum to read when one differs; the time integrals also value by value. */
export function fingerprint(stats: RunStats): Record<string, { sum: number; sha256: string; values?: number[] }> {
  const columns: Record<string, ArrayLike<number> & { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }> = {};
  for (const [name, value] of Object.entries(stats)) {
    if (ArrayBuffer.isView(value)) columns[name] = value as never;
    else if (Array.isArray(value)) value.forEach((v, i) => (columns[`${name}.${i}`] = v));
  }
  return Object.fromEntries(
    Object.entries(columns).map(([name, column]) => {
      let sum = 0;
      for (let i = 0; i < column.length; i++) sum += column[i];
      const sha256 = createHash('sha256').update(new Uint8Array(column.buffer, column.byteOffset, column.byteLength)).digest('hex');
      return [name, TIME_INTEGRALS.includes(name) ? { sum, sha256, values: Array.from(column) } : { sum, sha256 }];
    }),
  );
}

/** Every case's fingerprint on the current engine. */
export function goldenRecord(): Record<string, ReturnType<typeof fingerprint>> {
  return Object.fromEntries(Object.entries(GOLDEN_CASES).map(([name, c]) => [name, fingerprint(runSimulation(parseSimulationSpec(c.spec), c.cap))]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('./engineGolden.json', import.meta.url), `${JSON.stringify(goldenRecord(), null, 1)}\n`);
}
