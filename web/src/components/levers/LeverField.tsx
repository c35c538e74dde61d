import { For, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { leverInForce, type LeverSource } from '../../../../shared/levers/leverInForce.ts';
import { QUEUE_CODES, type QueueCode } from '../../../../shared/types.ts';
import { queueLabel } from '../../i18n/format.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { leverText, leverValue, type LeverFieldKind } from '../../state/leversDraft.ts';

/** What every lever field needs from the editor: the draft's levers, how to change one, and the API's messages for one. */
export interface LeverFieldContext {
  levers: unknown;
  onChange: (path: readonly string[], value: unknown) => void;
  errors: (path: readonly string[]) => string[];
}

/** How each source of a value in force is named beside it. */
export const SOURCE_LABEL: Record<LeverSource, MessageKey> = { scenario: 'paramFromScenario', event: 'paramFromEvent', assumption: 'leverSourceAssumption', law: 'leverSourceLaw', off: 'leverSourceOff' };

/** One lever field: its input (empty = not set in this scenario), the value in force with its source, and the API's error beside it. */
export function LeverField(props: { ctx: LeverFieldContext; path: readonly string[]; label: string; kind?: LeverFieldKind; step?: string; none?: string }) {
  const kind = () => props.kind ?? 'number';
  const testId = () => `lever-${props.path.join('-')}`;
  const own = () => leverInForce(props.ctx.levers, props.path);
  const inForce = () => {
    const { value, source } = own();
    return t('paramInForce', { value: value === undefined ? (props.none ?? t('leverNone')) : kindText(value), source: t(SOURCE_LABEL[source]) });
  };
  const kindText = (value: unknown) => (kind() === 'queues' && Array.isArray(value) ? value.map((q) => queueLabel(q as QueueCode)).join(', ') : leverText(value));
  const current = () => (own().source === 'scenario' ? own().value : undefined);
  const picked = (q: QueueCode) => Array.isArray(current()) && (current() as unknown[]).includes(q);
  const toggle = (q: QueueCode, on: boolean) => {
    const list = QUEUE_CODES.filter((code) => (code === q ? on : picked(code)));
    props.ctx.onChange(props.path, list.length ? list : undefined);
  };
  return (
    // A label around one input; a plain group around the queue checkboxes, whose own labels must not nest in another.
    <Dynamic component={kind() === 'queues' ? 'div' : 'label'} class="param-field" classList={{ invalid: props.ctx.errors(props.path).length > 0 }}>
      {props.label}
      <Show
        when={kind() === 'queues'}
        fallback={
          <input
            type={kind() === 'number' ? 'number' : 'text'}
            step={props.step}
            value={leverText(current())}
            onInput={(e) => props.ctx.onChange(props.path, leverValue(e.currentTarget.value, kind() as 'number' | 'numbers'))}
            data-testid={testId()}
          />
        }
      >
        <span class="row wrap" data-testid={testId()}>
          <For each={QUEUE_CODES}>
            {(q) => (
              <label class="inline">
                <input type="checkbox" checked={picked(q)} onChange={(e) => toggle(q, e.currentTarget.checked)} /> {queueLabel(q)}
              </label>
            )}
          </For>
        </span>
      </Show>
      <small class="muted" data-testid={`${testId()}-source`}>{inForce()}</small>
      <For each={props.ctx.errors(props.path)}>{(message) => <small class="error" data-testid={`${testId()}-error`}>{message}</small>}</For>
    </Dynamic>
  );
}
