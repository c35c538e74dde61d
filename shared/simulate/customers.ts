import { exponential, seededRandom, type Random } from './random.ts';
import type { SimulationSpec } from './spec.ts';

const HOUR_SECONDS = 3600;

/** Every customer of a run, drawn before any cap is simulated so all caps see the same people (common random numbers). */
export interface Customers {
  count: number;
  arrival: Float64Array;
  queue: Uint8Array;
  messages: Uint16Array;
  patience: Float64Array;
  /** Each customer's own stream for reply and think times, consumed in message order whatever the cap. */
  seeds: Uint32Array;
}

/** Draws arrivals (Poisson, piecewise-constant hourly rate) and each customer's attributes. */
export function drawCustomers(spec: SimulationSpec): Customers {
  const arrivals: { time: number; queue: number }[] = [];
  spec.queues.forEach((q, qi) => {
    const random = seededRandom(spec.seed, 1 + qi);
    q.arrivalsPerHour.forEach((perHour, hour) => {
      if (perHour <= 0) return;
      for (let t = hour * HOUR_SECONDS + exponential(random, HOUR_SECONDS / perHour); t < (hour + 1) * HOUR_SECONDS; t += exponential(random, HOUR_SECONDS / perHour)) arrivals.push({ time: t, queue: qi });
    });
  });
  arrivals.sort((a, b) => a.time - b.time || a.queue - b.queue);
  const count = arrivals.length;
  const customers: Customers = {
    count,
    arrival: new Float64Array(count),
    queue: new Uint8Array(count),
    messages: new Uint16Array(count),
    patience: new Float64Array(count),
    seeds: new Uint32Array(count),
  };
  const random = seededRandom(spec.seed, 100);
  for (let c = 0; c < count; c++) {
    customers.arrival[c] = arrivals[c].time;
    customers.queue[c] = arrivals[c].queue;
    customers.messages[c] = messageCount(random, spec.session.messages);
    customers.patience[c] = spec.patienceSeconds === null ? Infinity : exponential(random, spec.patienceSeconds);
    customers.seeds[c] = Math.floor(random() * 2 ** 32);
  }
  return customers;
}

function messageCount(random: Random, messages: SimulationSpec['session']['messages']): number {
  if (messages.distribution === 'fixed') return Math.max(1, Math.round(messages.mean));
  // Geometric on {1, 2, ...} with the given mean.
  const p = 1 / Math.max(1, messages.mean);
  return Math.min(1000, 1 + Math.floor(Math.log(1 - random()) / Math.log(1 - p || Number.MIN_VALUE)) || 1);
}

/** A duration draw from a session distribution. */
export function drawDuration(random: Random, d: { mean: number; distribution: string }): number {
  return d.distribution === 'fixed' ? d.mean : exponential(random, d.mean);
}
