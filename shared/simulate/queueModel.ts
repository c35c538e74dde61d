import type { SeededRandom } from './random.ts';
import type { SimulationSpec } from './spec.ts';

/** Per-queue session parameters, resolved once a run. */
export interface QueueModel {
  arrivalsPerHour: number[];
  agentsOnDuty: number[];
  /** Messages per session when fixed; 0 when geometric. */
  fixedMessages: number;
  /** ln(1 - 1/mean) of a geometric session, worked out once rather than per customer. */
  geometricLog: number;
  replyMean: number;
  replyExponential: boolean;
  thinkMean: number;
  thinkExponential: boolean;
  patience: number | null;
  replyPatience: number | null;
  /** First response within this many seconds is on time. */
  sla: number;
  /** Share of on-duty agents on a staggered break. */
  breakShare: number;
}

/** Each queue's session, patience, target and break share: its own where it has one, else the spec's. */
export function queueModels(spec: SimulationSpec): QueueModel[] {
  return spec.queues.map((q) => {
    const session = q.session ?? spec.session;
    const { mean, distribution } = session.messages;
    return {
      arrivalsPerHour: q.arrivalsPerHour,
      agentsOnDuty: q.agentsOnDuty,
      fixedMessages: distribution === 'fixed' ? Math.max(1, Math.round(mean)) : 0,
      geometricLog: Math.log(1 - 1 / Math.max(1, mean) || Number.MIN_VALUE),
      replyMean: session.replySeconds.mean,
      replyExponential: session.replySeconds.distribution === 'exponential',
      thinkMean: session.thinkSeconds.mean,
      thinkExponential: session.thinkSeconds.distribution === 'exponential',
      patience: q.patienceSeconds === undefined ? spec.patienceSeconds : q.patienceSeconds,
      replyPatience: q.replyPatienceSeconds === undefined ? spec.replyPatienceSeconds : q.replyPatienceSeconds,
      sla: q.slaSeconds ?? spec.slaSeconds,
      breakShare: q.breakShare ?? spec.breakShare,
    };
  });
}

/** The number of messages a customer sends in a session: fixed, or geometric on {1, 2, ...} with the given mean. */
export function messageCount(random: SeededRandom, model: QueueModel): number {
  if (model.fixedMessages > 0) return model.fixedMessages;
  return Math.min(1000, 1 + Math.floor(Math.log(1 - random.next()) / model.geometricLog) || 1);
}

/** A queue's own cap, for a run "as planned". */
export function plannedCap(queue: SimulationSpec['queues'][number]): number {
  if (queue.cap === undefined) throw new RangeError(`queue ${queue.queue} has no cap of its own to simulate as planned`);
  return queue.cap;
}
