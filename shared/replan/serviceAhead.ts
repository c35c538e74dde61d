/**
 * The live view's simulated service for the next hours (issue 21): the queue simulator run over the re-plan's
 * open hours, on the re-forecast's human chats, with the agents on duty before and after the suggested
 * changes, each queue at the scenario's own cap (after: the cap the re-plan suggests, if any), chat model, target
 * and breaks.
 */
import { specFromRoster } from '../simulate/fromRoster.ts';
import { simulatePlanned } from '../simulate/sweep.ts';
import type { ServiceMeasures } from '../chat/serviceMeasures.ts';
import { resolveAllQueueParams, type RequirementParams } from '../staffing/params.ts';
import { HOUR_MS, parseInstant, toZonedIso } from '../time.ts';
import type { QueueCode } from '../types.ts';
import type { ReplanHour } from './types.ts';

/** Hours of simulated service shown when the caller names none: an assumption (about a shift's worth ahead), not a platform figure. */
export const DEFAULT_SERVICE_HOURS = 6;
/** How many hours ahead the live view may simulate; a day covers the rest of any peak night. */
export const SERVICE_HOURS_RANGE = { min: 1, max: 24 } as const;

/** What the supervisor watches: first replies within the target, the average reply time, customers lost. */
export interface ServiceFigures {
  /** Share of customers whose first message is answered within the queue's target. */
  withinTarget: number;
  /** Mean seconds from a customer's message to the agent's reply, over every reply (平均响应时间). */
  averageResponseSeconds: number | null;
  /** Share of customers who left, waiting for an agent or inside a chat. */
  abandonment: number;
}

/** One queue over the simulated hours. */
export interface QueueServiceAhead {
  queue: QueueCode;
  /** The per-agent cap the queue is simulated at: the scenario's, and with the changes the one the re-plan suggests. */
  cap: number;
  capAfter: number;
  targetSeconds: number;
  /** Re-forecast human chats over the hours. */
  humanChats: number;
  /** Agent-hours on duty, as published and with the suggested changes. */
  agentHoursBefore: number;
  agentHoursAfter: number;
  before: ServiceFigures;
  after: ServiceFigures;
}

export interface ServiceAhead {
  /** First and end hour simulated (ISO with the event's offset); null when no open hour is left. */
  from: string | null;
  to: string | null;
  hours: number;
  queues: QueueServiceAhead[];
}

export interface ServiceAheadOptions {
  /** Hours from the first open hour (default DEFAULT_SERVICE_HOURS). */
  hours?: number;
  /** Share of on-duty agents on a staggered break (default: each queue's shrinkage), as the simulation page runs it. */
  breakShare?: number;
  seed?: number;
  /** Per-agent caps the re-plan suggests changing to: the simulation after the changes runs at them. */
  capsAfter?: Partial<Record<QueueCode, number>>;
}

/**
 * Simulates the first `hours` open hours of a re-plan, before and after its changes, on the same customers
 * (one seed), so the difference is the staffing's. The simulation starts with no chat open at the first hour,
 * so its first minutes are a little kinder than the floor will be.
 */
export function serviceAhead(replanHours: readonly ReplanHour[], params: RequirementParams, timeZone: string, options: ServiceAheadOptions = {}): ServiceAhead {
  const starts = [...new Set(replanHours.map((h) => parseInstant(h.hourStart)!))].sort((a, b) => a - b).slice(0, options.hours ?? DEFAULT_SERVICE_HOURS);
  const ahead = replanHours.filter((h) => starts.includes(parseInstant(h.hourStart)!));
  // A queue with neither chats nor agents in these hours (one the event does not run) has no service to show.
  const active = new Set(ahead.filter((h) => h.humanInquiries > 0 || h.staffedBefore > 0 || h.staffedAfter > 0).map((h) => h.queue));
  const rows = ahead.filter((h) => active.has(h.queue));
  if (ahead.length === 0) return { from: null, to: null, hours: 0, queues: [] };
  const span = { from: toZonedIso(starts[0], timeZone), to: toZonedIso(starts[starts.length - 1] + HOUR_MS, timeZone), hours: starts.length };
  if (rows.length === 0) return { ...span, queues: [] };
  const queueParams = resolveAllQueueParams(params);
  const queueParamsAfter = withCaps(queueParams, options.capsAfter ?? {});
  const run = (staffed: (h: ReplanHour) => number, atParams: typeof queueParams) =>
    simulatePlanned(specFromRoster(rows, onDuty(rows, staffed), { breakShare: options.breakShare, seed: options.seed }, atParams)).measuresByQueue;
  const before = run((h) => h.staffedBefore, queueParams);
  const changed = rows.some((h) => wholeAgents(h.staffedAfter) !== wholeAgents(h.staffedBefore)) || queueParamsAfter !== queueParams;
  const after = changed ? run((h) => h.staffedAfter, queueParamsAfter) : before;
  const queues = [...new Set(rows.map((h) => h.queue))].map((queue) => {
    const own = rows.filter((h) => h.queue === queue);
    const sum = (value: (h: ReplanHour) => number) => own.reduce((s, h) => s + value(h), 0);
    return {
      queue,
      cap: queueParams[queue].concurrencyCap,
      capAfter: queueParamsAfter[queue].concurrencyCap,
      targetSeconds: queueParams[queue].targetSeconds,
      humanChats: Math.round(sum((h) => h.humanInquiries)),
      agentHoursBefore: sum((h) => wholeAgents(h.staffedBefore)),
      agentHoursAfter: sum((h) => wholeAgents(h.staffedAfter)),
      before: figures(before[queue]!),
      after: figures(after[queue]!),
    };
  });
  return { ...span, queues };
}

/** The queues' params with the suggested caps set; the same object when no cap changes. */
function withCaps(queueParams: ReturnType<typeof resolveAllQueueParams>, caps: Partial<Record<QueueCode, number>>): ReturnType<typeof resolveAllQueueParams> {
  const changed = (Object.entries(caps) as [QueueCode, number][]).filter(([queue, cap]) => queueParams[queue].concurrencyCap !== cap);
  if (changed.length === 0) return queueParams;
  const out = { ...queueParams };
  for (const [queue, cap] of changed) out[queue] = { ...out[queue], concurrencyCap: cap };
  return out;
}

/** The simulator counts whole agents: a temp at a proficiency below one counts to the nearest whole agent. */
function wholeAgents(staffed: number): number {
  return Math.max(0, Math.round(staffed));
}

/** One-hour duty intervals, as many per hour and queue as agents the re-plan counts on duty (moves and temps included). */
function onDuty(rows: readonly ReplanHour[], staffed: (h: ReplanHour) => number) {
  return rows.flatMap((h) => {
    const end = new Date(parseInstant(h.hourStart)! + HOUR_MS).toISOString();
    return Array.from({ length: wholeAgents(staffed(h)) }, () => ({ queue: h.queue, start: h.hourStart, end }));
  });
}

function figures(m: ServiceMeasures): ServiceFigures {
  return { withinTarget: m.firstResponseWithinTarget, averageResponseSeconds: m.averageResponseSeconds, abandonment: Math.round((m.abandonedWaiting + m.abandonedInChat) * 10_000) / 10_000 };
}
