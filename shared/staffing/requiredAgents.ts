import { DomainError } from '../errors.ts';
import { chatQueuePerformance, maxThroughput, type ChatQueueSpec } from './chatQueue.ts';
import { completeQueueParams, type QueueParams } from './params.ts';

/** The staffing for one hour of one queue. */
export interface AgentRequirement {
  /** Offered load in Erlangs of single-chat agent time: human chats × AHT / 3600. */
  offeredLoad: number;
  /** Agents answering chats needed to meet the service target (before shrinkage). */
  requiredOnline: number;
  /** Agents to roster so that requiredOnline are answering after shrinkage. */
  requiredAgents: number;
  /** Share assigned within the target time at requiredOnline (1 when there is no volume). */
  serviceLevel: number;
  /** Mean wait for an agent at requiredOnline, in seconds. */
  meanWaitSeconds: number;
}

/** The queue's params without the bot share: the volume passed in is already the human volume. */
export type RequiredAgentsOptions = Partial<Omit<QueueParams, 'botShare'>>;

/** Upper bound on agents × cap per evaluation, so absurd volumes fail fast instead of hanging. */
export const MAX_CHAT_SLOTS = 5_000_000;
/** Upper bound on human chats per hour, the same as the forecast import's. */
export const MAX_HUMAN_CHATS_PER_HOUR = 10_000_000;

/** Minimal agents meeting the service target for `humanChatsPerHour` human chats arriving in one hour. */
export function requiredAgents(humanChatsPerHour: number, options?: RequiredAgentsOptions): AgentRequirement {
  checkVolume(humanChatsPerHour);
  const params = completeQueueParams(options);
  const spec: ChatQueueSpec = {
    arrivalsPerSecond: humanChatsPerHour / 3600,
    ahtSeconds: params.ahtSeconds,
    cap: params.concurrencyCap,
    inflation: params.inflation,
  };
  const offeredLoad = (humanChatsPerHour * params.ahtSeconds) / 3600;
  // Any positive volume needs someone online, even one so small that its rate per second underflows.
  const online = humanChatsPerHour === 0 ? 0 : minimalAgents(spec, params.serviceShare, params.targetSeconds);
  const performance = chatQueuePerformance(online, spec, params.targetSeconds);
  return {
    offeredLoad,
    requiredOnline: online,
    requiredAgents: rosteredFor(online, params.shrinkage),
    serviceLevel: performance.serviceLevel,
    meanWaitSeconds: performance.meanWaitSeconds,
  };
}

/** Smallest N >= 1 with service level >= target: start at the stability bound, gallop up, then bisect. */
function minimalAgents(spec: ChatQueueSpec, share: number, targetSeconds: number): number {
  // Closed-form lower bound: fewer agents than this cannot keep up even with every agent at the cap.
  const perAgent = maxThroughput(1, spec);
  const stable = Math.floor(spec.arrivalsPerSecond / perAgent) + 1;
  const meets = (agents: number) => {
    if (agents * spec.cap > MAX_CHAT_SLOTS) throw tooLarge(agents, spec.cap);
    return chatQueuePerformance(agents, spec, targetSeconds).serviceLevel >= share;
  };
  let failing = stable - 1;
  let passing = stable;
  for (let step = 1; !meets(passing); step *= 2) {
    failing = passing;
    passing = stable + step;
  }
  while (passing - failing > 1) {
    const middle = Math.floor((failing + passing) / 2);
    if (meets(middle)) passing = middle;
    else failing = middle;
  }
  return passing;
}

/** Agents to roster so that `online` remain after shrinkage; the epsilon absorbs float noise such as 7 / 0.7 = 10.000000000000002. */
function rosteredFor(online: number, shrinkage: number): number {
  if (online === 0) return 0;
  return Math.ceil(online / (1 - shrinkage) - 1e-9);
}

function tooLarge(agents: number, cap: number): DomainError {
  return new DomainError(
    'LIMIT_EXCEEDED',
    `the requirement needs more than ${agents} agents × cap ${cap} = ${agents * cap} chat slots in one hour; the limit is ${MAX_CHAT_SLOTS}`,
  );
}

function checkVolume(volume: number): void {
  if (Number.isFinite(volume) && volume >= 0 && volume <= MAX_HUMAN_CHATS_PER_HOUR) return;
  const message = `${volume} is not a number of chats per hour between 0 and ${MAX_HUMAN_CHATS_PER_HOUR}`;
  throw new DomainError('INVALID_INPUT', `invalid staffing input: field humanInquiries: ${message}`, [{ field: 'humanInquiries', message }]);
}
