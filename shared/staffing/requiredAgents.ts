import { chatModelOf } from '../chat/chatModel.ts';
import { DomainError } from '../errors.ts';
import { MAX_INQUIRIES_PER_HOUR } from '../forecast/limits.ts';
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
  /** Share whose first message is answered within the target time at requiredOnline (1 when there is no volume). */
  serviceLevel: number;
  /** Mean wait for an agent at requiredOnline, in seconds. */
  meanWaitSeconds: number;
}

/** The queue's params without the bot share: the volume passed in is already the human volume. */
export type RequiredAgentsOptions = Partial<Omit<QueueParams, 'botShare'>>;

/** Upper bound on agents × cap per evaluation, so absurd volumes fail fast instead of hanging. */
export const MAX_CHAT_SLOTS = 5_000_000;
/** Upper bound on human chats per hour, the same as the forecast import's. */
export const MAX_HUMAN_CHATS_PER_HOUR = MAX_INQUIRIES_PER_HOUR;

/** Minimal agents meeting the service target for `humanChatsPerHour` human chats arriving in one hour. */
export function requiredAgents(humanChatsPerHour: number, options?: RequiredAgentsOptions): AgentRequirement {
  checkVolume(humanChatsPerHour);
  const params = completeQueueParams(options);
  checkChatFitsHandleTime(params);
  const spec: ChatQueueSpec = { arrivalsPerSecond: humanChatsPerHour / 3600, model: chatModelOf(params), cap: params.concurrencyCap };
  checkReachable(spec, params);
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

/** Smallest N >= 1 with service level >= target: start at a capacity bound, gallop up, then bisect. */
function minimalAgents(spec: ChatQueueSpec, share: number, targetSeconds: number): number {
  // Closed-form lower bound: answering a share s of λ needs s·λ ≤ N·g(cap), every agent at the cap, and
  // with nobody leaving the queue must also keep up: N > λ / g(cap).
  const perAgent = maxThroughput(1, spec);
  const load = spec.arrivalsPerSecond / perAgent;
  const stable = Math.max(1, spec.model.patienceSeconds === null ? Math.floor(load) + 1 : Math.ceil(share * load - 1e-9));
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

/** The derived think time must not be negative: the agent's replies cannot take longer than the whole session. */
function checkChatFitsHandleTime(params: QueueParams): void {
  if (params.messagesPerSession <= 1 || params.ahtSeconds >= params.messagesPerSession * params.replySeconds) return;
  const message = `handle time ${params.ahtSeconds} s is shorter than ${params.messagesPerSession} messages × ${params.replySeconds} s per reply; raise ahtSeconds or lower replySeconds`;
  throw new DomainError('INVALID_INPUT', `invalid staffing input: field ahtSeconds: ${message}`, [{ field: 'ahtSeconds', message }]);
}

/** Even with every agent idle the first reply takes one reply time, so a share above P(reply ≤ target) can never be met. */
function checkReachable(spec: ChatQueueSpec, params: QueueParams): void {
  if (spec.arrivalsPerSecond === 0) return;
  const best = 1 - Math.exp(-params.targetSeconds / spec.model.replySeconds);
  if (params.serviceShare < best - 1e-6) return;
  const message = `${params.serviceShare} of first replies within ${params.targetSeconds} s cannot be met: even an idle agent answers only ${(best * 100).toFixed(1)} % within it at ${spec.model.replySeconds} s per reply; lower serviceShare or raise targetSeconds`;
  throw new DomainError('INVALID_INPUT', `invalid staffing input: field serviceShare: ${message}`, [{ field: 'serviceShare', message }]);
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
