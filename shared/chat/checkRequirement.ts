/**
 * "Check the requirement" (issue 16): the requirement promises a service level for each hour and queue at
 * the agents it puts online; this simulates exactly that staffing with the simulator's engine and the same
 * chat model, and reports both side by side. Each hour is simulated on its own, stationary: a warm-up hour
 * at the same volume and staffing fills the agents' chats, the measured hour follows, and a closing hour
 * lets its last customers get their first reply, so the horizon's end does not count them as late.
 * It also sets the model's abandonment (waiting and inside a chat, what the lost-GMV curve prices) against
 * the simulated one, at the requirement's staffing or, to check the short hours the pricing is about, at a
 * share of it.
 */
import { z } from 'zod';
import { humanInquiries } from '../forecast/botDeflection.ts';
import { runSimulation } from '../simulate/engine.ts';
import { simulatedChat } from '../simulate/queueChat.ts';
import { parseSimulationSpec } from '../simulate/spec.ts';
import { resolveAllQueueParams, type RequirementParams } from '../staffing/params.ts';
import { chatAbandonment, chatQueuePerformance } from '../staffing/chatQueue.ts';
import { requirement } from '../staffing/requirement.ts';
import type { ForecastRow, QueueCode } from '../types.ts';
import { chatModelOf } from './chatModel.ts';

/** One checked hour-queue; service levels in percent. */
export interface CheckedHour {
  hourStart: string;
  queue: QueueCode;
  /** Human chats in the hour. */
  chats: number;
  /** Agents online: the requirement's, or its `onlineShare`. */
  online: number;
  /** The requirement model's service level at `online`, in percent. */
  promised: number;
  /** The simulated service level at `online`, in percent, over every seed's customers of the hour. */
  simulated: number;
  /** The model's share of customers who leave (waiting for an agent or inside a chat) at `online`, in percent. */
  abandoned: number;
  /** The simulated share who leave, in percent. */
  simulatedAbandoned: number;
}

export interface RequirementCheck {
  hours: CheckedHour[];
  /** Mean and largest |promised − simulated| over the checked hours, in percentage points. */
  meanAbsDiff: number;
  worstAbsDiff: number;
  /** Mean and largest |abandoned − simulatedAbandoned|, in percentage points. */
  abandonedMeanAbsDiff: number;
  abandonedWorstAbsDiff: number;
}

export interface CheckRequirementOptions {
  /** Hours with fewer human chats are skipped: their simulated share is mostly noise. Default 50. */
  minChats?: number;
  /** Seeds per hour; default 5. */
  seeds?: number;
  /** Share of the requirement's agents put online (rounded, at least 1), in (0, 1]; default 1. */
  onlineShare?: number;
}

/** Hours with fewer human chats than this are not checked by default (issue 16). */
export const CHECK_MIN_CHATS = 50;
export const CHECK_SEEDS = 5;
/** A share of the requirement's agents to check at: above 0, at most all of them. */
export const onlineShareSchema = z.number().gt(0).max(1);
const WARM_UP_HOURS = 1;
const CLOSING_HOURS = 1;

/** Promised against simulated service level for every hour-queue of the forecast with enough chats. */
export function checkRequirement(forecast: readonly ForecastRow[], params: RequirementParams, options: CheckRequirementOptions = {}): RequirementCheck {
  const minChats = options.minChats ?? CHECK_MIN_CHATS;
  const seeds = options.seeds ?? CHECK_SEEDS;
  const onlineShare = options.onlineShare ?? 1;
  const byQueue = resolveAllQueueParams(params);
  const rows = requirement(forecast, params);
  const hours: CheckedHour[] = [];
  rows.forEach((row, i) => {
    const queueParams = byQueue[row.queue];
    const chats = humanInquiries(row.inquiries, queueParams.botShare);
    if (chats < minChats) return;
    const model = chatModelOf({ ...queueParams, ahtSeconds: forecast[i].ahtSeconds ?? queueParams.ahtSeconds });
    const online = onlineShare === 1 ? row.requiredOnline : Math.max(1, Math.round(row.requiredOnline * onlineShare));
    const spec = { arrivalsPerSecond: chats / 3600, model, cap: queueParams.concurrencyCap };
    const promised = onlineShare === 1 ? row.serviceLevel : chatQueuePerformance(online, spec, queueParams.targetSeconds).serviceLevel;
    const simulated = simulatedHour(row.hourStart, row.queue, chats, online, queueParams.concurrencyCap, queueParams.targetSeconds, model, seeds);
    hours.push({
      hourStart: row.hourStart,
      queue: row.queue,
      chats: Math.round(chats * 100) / 100,
      online,
      promised: percent(promised),
      simulated: percent(simulated.onTime),
      abandoned: percent(1 - chatAbandonment(online, spec).servedShare),
      simulatedAbandoned: percent(simulated.abandoned),
    });
  });
  const service = absDiffs(hours.map((h) => h.promised - h.simulated));
  const abandoned = absDiffs(hours.map((h) => h.abandoned - h.simulatedAbandoned));
  return { hours, meanAbsDiff: service.mean, worstAbsDiff: service.worst, abandonedMeanAbsDiff: abandoned.mean, abandonedWorstAbsDiff: abandoned.worst };
}

function absDiffs(diffs: number[]): { mean: number; worst: number } {
  if (diffs.length === 0) return { mean: 0, worst: 0 };
  const abs = diffs.map(Math.abs);
  return { mean: round2(abs.reduce((a, b) => a + b, 0) / abs.length), worst: round2(Math.max(...abs)) };
}

/** Shares of the measured hour's customers answered within target and who left (waiting or inside a chat), pooled over the seeds. */
function simulatedHour(hourStart: string, queue: QueueCode, chats: number, online: number, cap: number, targetSeconds: number, model: ReturnType<typeof chatModelOf>, seeds: number): { onTime: number; abandoned: number } {
  const span = WARM_UP_HOURS + 1 + CLOSING_HOURS;
  let onTime = 0;
  let abandoned = 0;
  let arrivals = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const spec = parseSimulationSpec({
      horizonStart: hourStart,
      queues: [{ queue, arrivalsPerHour: new Array(span).fill(chats), agentsOnDuty: new Array(span).fill(online), ...simulatedChat(model) }],
      caps: [cap],
      slaSeconds: Math.max(targetSeconds, Number.MIN_VALUE),
      seed,
    });
    const stats = runSimulation(spec, cap);
    onTime += stats.hourOnTime[WARM_UP_HOURS];
    abandoned += stats.hourAbandoned[WARM_UP_HOURS];
    arrivals += stats.hourArrivals[WARM_UP_HOURS];
  }
  return arrivals ? { onTime: onTime / arrivals, abandoned: abandoned / arrivals } : { onTime: 1, abandoned: 0 };
}

function percent(share: number): number {
  return round2(share * 100);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
