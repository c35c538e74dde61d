/** The scenario editor's draft: params held as JSON text, edited through the quick fields or by hand. */
import type { QueueParams } from '../../../shared/staffing/params.ts';
import type { QueueCode } from '../../../shared/types.ts';
import type { Scenario } from '../api.ts';
import type { MessageKey } from '../i18n/i18n.ts';

type Params = Scenario['params'];
/** Every per-queue setting the quick fields edit, in the order shown; the chat settings are assumptions to calibrate per shop. */
export type QuickKey = keyof Pick<QueueParams, 'concurrencyCap' | 'botShare' | 'ahtSeconds' | 'shrinkage' | 'serviceShare' | 'targetSeconds' | 'messagesPerSession' | 'replySeconds' | 'patienceSeconds' | 'replyPatienceSeconds'>;

export const QUICK_FIELDS: readonly { key: QuickKey; label: MessageKey; step: string }[] = [
  { key: 'concurrencyCap', label: 'paramCap', step: '1' },
  { key: 'botShare', label: 'paramBotShare', step: '0.05' },
  { key: 'ahtSeconds', label: 'paramAht', step: '30' },
  { key: 'shrinkage', label: 'paramShrinkage', step: '0.05' },
  { key: 'serviceShare', label: 'paramServiceShare', step: '0.05' },
  { key: 'targetSeconds', label: 'paramTarget', step: '5' },
  { key: 'messagesPerSession', label: 'paramMessages', step: '1' },
  { key: 'replySeconds', label: 'paramReply', step: '5' },
  { key: 'patienceSeconds', label: 'paramPatience', step: '30' },
  { key: 'replyPatienceSeconds', label: 'paramReplyPatience', step: '30' },
];

/** The draft's params, or undefined while the JSON does not parse. */
export function parseDraft(json: string): Params | undefined {
  try {
    return JSON.parse(json) as Params;
  } catch {
    return undefined;
  }
}

/** The draft with one scenario-wide setting set, or removed when `value` is empty. */
export function withDefault(params: Params, key: QuickKey, value: string): Params {
  const defaults: Record<string, unknown> = { ...params.requirement?.defaults };
  if (value === '') delete defaults[key];
  else defaults[key] = Number(value);
  return { ...params, requirement: { ...params.requirement, defaults } };
}

/** The draft with one queue's volume multiplier set, or removed when `value` is empty. */
export function withVolume(params: Params, queue: QueueCode, value: string): Params {
  const byQueue: Record<string, unknown> = { ...params.volume?.byQueue };
  if (value === '') delete byQueue[queue];
  else byQueue[queue] = Number(value);
  return { ...params, volume: { ...params.volume, byQueue } } as Params;
}

/** Params as the JSON box shows them. */
export function draftJson(params: Params | undefined): string {
  return JSON.stringify(params ?? {}, null, 2);
}
