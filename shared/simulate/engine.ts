import { scheduleArrival } from './arrivals.ts';
import { scheduleTick, startHour } from './clock.ts';
import { abandon, arrive, finishReply, giveUpReply, sendMessage } from './customer.ts';
import { setIntake } from './duty.ts';
import { countReplies } from './replyBands.ts';
import type { RunStats } from './runStats.ts';
import { BREAK_PERIODS, EventKind, RunState, type RunObserver } from './runState.ts';
import type { SimulationSpec } from './spec.ts';
import { closeHour, countBusyAtEnd, countFromHistograms, countOpenAtEnd, countQueueTotals } from './tally.ts';

export type { RunObserver } from './runState.ts';

/**
 * Simulates one per-agent cap (or, 'planned', each queue at its own) over the horizon: 平均分流 routing (the on-duty agent with fewest open
 * chats below the cap), a FIFO queue when all are at the cap, one reply at a time per agent across its
 * chats. Customers are drawn as they arrive from streams seeded per queue, so every cap of a sweep sees
 * the same customers (common random numbers) and nothing is kept per chat once it has left.
 */
export function runSimulation(spec: SimulationSpec, cap: number | 'planned', observer?: RunObserver): RunStats {
  return run(new RunState(spec, cap, observer ?? null));
}

/**
 * The run: the clock's ticks (each hour's start, each quarter's break rotation), each queue's arrivals, and
 * the events of the customers' lives, in time order until the horizon.
 */
function run(s: RunState): RunStats {
  s.tickOrder = s.events.reserve(s.hours * s.ticksPerHour);
  scheduleTick(s, 0);
  for (let q = 0; q < s.queueCount; q++) scheduleArrival(s, q);
  loop(s);
  s.now = s.horizon;
  closeHour(s);
  countBusyAtEnd(s);
  countFromHistograms(s);
  countQueueTotals(s);
  countReplies(s);
  countOpenAtEnd(s);
  return s.stats;
}

/**
 * The event loop, alone in its function: V8 optimises it once for every run, where a loop sharing its
 * function with the once-a-run setup and wrap-up fell back to the interpreter at each run's start.
 */
function loop(s: RunState): void {
  const { events, horizon, slots } = s;
  while (events.pop()) {
    const time = events.time;
    const kind = events.kind;
    const id = events.id;
    if (time > horizon) break;
    s.now = time;
    switch (kind) {
      case EventKind.ReplyDone:
        finishReply(s, id);
        break;
      case EventKind.CustomerMessage:
        sendMessage(s, slots.agent[id], id);
        break;
      case EventKind.Arrival:
        scheduleArrival(s, id);
        arrive(s, id);
        break;
      case EventKind.ReplyAbandon:
        giveUpReply(s, id);
        break;
      case EventKind.Abandon:
        abandon(s, id);
        break;
      case EventKind.Break:
        scheduleTick(s, id + 1);
        setIntake(s, Math.floor(id / BREAK_PERIODS), id % BREAK_PERIODS);
        break;
      default:
        scheduleTick(s, id * s.ticksPerHour + 1);
        startHour(s, id);
    }
  }
}
