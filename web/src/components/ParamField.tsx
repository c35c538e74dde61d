import { For, Show } from 'solid-js';
import type { ParamSource } from '../../../shared/scenario/paramInForce.ts';
import type { QueueCode } from '../../../shared/types.ts';
import { queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

/** One scenario parameter: its input (empty = not set in this scenario), the value in force shown in place, and where that value comes from. */
export function ParamField(props: {
  label: string;
  step: string;
  value: number | '';
  inForce: { value: number | null; source: ParamSource; byQueue: Partial<Record<QueueCode, number | null>> };
  onInput: (value: string) => void;
  testId: string;
}) {
  // null is a setting, not an absence: for patience it means nobody leaves.
  const shown = (value: number | null) => (value === null ? t('paramNobodyLeaves') : String(value));
  const source = () => (props.inForce.source === 'event' ? t('paramFromEvent') : t('paramFromScenario'));
  return (
    <label class="param-field">
      {props.label}
      <input type="number" step={props.step} placeholder={shown(props.inForce.value)} value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} data-testid={props.testId} />
      <small class="muted" data-testid={`${props.testId}-source`}>
        {t('paramInForce', { value: shown(props.inForce.value), source: source() })}
        <For each={Object.entries(props.inForce.byQueue) as [QueueCode, number | null][]}>{([q, v]) => <Show when={v !== undefined}>{` · ${t('paramQueueOverride', { queue: queueLabel(q), value: shown(v) })}`}</Show>}</For>
      </small>
    </label>
  );
}
