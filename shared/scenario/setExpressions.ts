import { DomainError } from '../errors.ts';
import { isQueueCode, type QueueCode } from '../types.ts';
import { parseScenarioParams, type ScenarioParams, type ScenarioParamsInput } from './params.ts';

const QUEUE_PARAM_ALIASES: Record<string, string> = {
  cap: 'concurrencyCap',
  aht: 'ahtSeconds',
  bot: 'botShare',
  shrinkage: 'shrinkage',
  messages: 'messagesPerSession',
  reply: 'replySeconds',
  target: 'targetSeconds',
  service: 'serviceShare',
};

/** Applies `key=value` expressions (cap=8, volume.pre_sale=1.2, aht.after_sale=600, rules.minRestHours=10, rules.workingTime.maxDayHours=10, remove=A001;A002, add.pre_sale=20) to params. */
export function applySetExpressions(base: ScenarioParamsInput, expressions: readonly string[]): ScenarioParams {
  const params = structuredClone(base) as Record<string, any>;
  for (const expression of expressions) {
    const eq = expression.indexOf('=');
    if (eq <= 0) throw invalid(expression, 'expected key=value');
    applyOne(params, expression.slice(0, eq).trim(), expression.slice(eq + 1).trim(), expression);
  }
  return parseScenarioParams(params);
}

function applyOne(params: Record<string, any>, key: string, raw: string, expression: string): void {
  const [head, queue, ...rest] = key.split('.');
  // Rules go one level deeper for the grouped ones (rules.workingTime.maxDayHours=10).
  if (rest.length > (head === 'rules' ? 1 : 0) || (queue !== undefined && head !== 'rules' && !isQueueCode(queue))) throw invalid(expression, `unknown key "${key}"`);
  if (head in QUEUE_PARAM_ALIASES) {
    const field = QUEUE_PARAM_ALIASES[head];
    const target = queue ? ensure(ensure(ensure(params, 'requirement'), 'queues'), queue) : ensure(ensure(params, 'requirement'), 'defaults');
    target[field] = toNumber(raw, expression);
  } else if (head === 'volume') {
    const byQueue = ensure(ensure(params, 'volume'), 'byQueue');
    const queues: QueueCode[] = queue ? [queue as QueueCode] : ['pre_sale', 'after_sale', 'logistics'];
    for (const q of queues) byQueue[q] = toNumber(raw, expression);
  } else if (head === 'rules' && queue) {
    const value = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    if (rest.length === 0) ensure(params, 'rules')[queue] = value;
    else ensure(ensure(params, 'rules'), queue)[rest[0]] = value;
  } else if (head === 'remove' && !queue) {
    const headcount = ensure(params, 'headcount');
    headcount.removeAgentIds = [...(headcount.removeAgentIds ?? []), ...raw.split(/[;,]/).map((s) => s.trim()).filter(Boolean)];
  } else if (head === 'add' && queue) {
    const headcount = ensure(params, 'headcount');
    headcount.addAgents = [...(headcount.addAgents ?? []), { count: toNumber(raw, expression), primaryQueue: queue }];
  } else {
    throw invalid(expression, `unknown key "${key}" (try cap, aht, bot, shrinkage, messages, reply, target, service, volume, rules.<name>, rules.<group>.<name>, remove, add.<queue>)`);
  }
}

function ensure(object: Record<string, any>, key: string): Record<string, any> {
  object[key] ??= {};
  return object[key];
}

function toNumber(raw: string, expression: string): number {
  const value = Number(raw);
  if (raw === '' || !Number.isFinite(value)) throw invalid(expression, `"${raw}" is not a number`);
  return value;
}

function invalid(expression: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', `--set ${expression}: ${message}`, [{ field: `--set ${expression}`, message }]);
}
