import { For, Show, type JSX } from 'solid-js';
import { leverInForce } from '../../../../shared/levers/leverInForce.ts';
import { fromLocalInput, toLocalInput } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import type { LeverFieldContext } from './LeverField.tsx';

/** A window of instants (ISO 8601 with offset), as the levers' schema keeps it. */
export interface WallWindow {
  start: string;
  end: string;
}

/** A stored instant as a datetime-local value in Shanghai wall time; '' for anything that is not an instant yet. */
const wallTime = (iso: unknown) => (typeof iso === 'string' && !Number.isNaN(Date.parse(iso)) ? toLocalInput(iso) : '');

/** A window as the schema takes it, with the +08:00 offset: the API gives instants in UTC with milliseconds, which it would refuse back. */
export const inShanghai = (window: WallWindow): WallWindow => ({ start: fromLocalInput(toLocalInput(window.start)), end: fromLocalInput(toLocalInput(window.end)) });

/** The window the scenario sets at `path` under the levers, as far as it is one; undefined when it sets none. */
export function scenarioWindow(levers: unknown, path: readonly string[]): Partial<Record<keyof WallWindow, unknown>> | undefined {
  const { value, source } = leverInForce(levers, path);
  return source === 'scenario' && value && typeof value === 'object' ? (value as Partial<Record<keyof WallWindow, unknown>>) : undefined;
}

/** A window whose two edges are both instants, else undefined. */
export function wholeWindow(window: Partial<Record<keyof WallWindow, unknown>> | undefined): WallWindow | undefined {
  const instant = (iso: unknown): iso is string => typeof iso === 'string' && !Number.isNaN(Date.parse(iso));
  return window && instant(window.start) && instant(window.end) ? { start: window.start, end: window.end } : undefined;
}

/**
 * One booking window at `path` under the levers, in Shanghai wall time: an add button (starting as `defaultWindow`)
 * while the scenario sets none, else its two edges and a remove button; the API's messages for it beside them.
 */
export function WindowEdit(props: { ctx: LeverFieldContext; path: readonly string[]; testId: string; label: JSX.Element; defaultWindow?: WallWindow; children?: JSX.Element }) {
  const setEdge = (edge: keyof WallWindow, value: string) => props.ctx.onChange([...props.path, edge], value ? fromLocalInput(value) : undefined);
  return (
    <div class="row wrap interval" classList={{ invalid: props.ctx.errors(props.path).length > 0 }} data-testid={props.testId}>
      <span>{props.label}</span>
      <Show
        when={scenarioWindow(props.ctx.levers, props.path)}
        fallback={
          <button class="secondary small" onClick={() => props.ctx.onChange(props.path, props.defaultWindow ? inShanghai(props.defaultWindow) : {})} data-testid={`${props.testId}-add`}>
            {t('leverAddQueueWindow')}
          </button>
        }
      >
        {(window) => (
          <>
            <input type="datetime-local" value={wallTime(window().start)} onChange={(e) => setEdge('start', e.currentTarget.value)} aria-label={t('from')} data-testid={`${props.testId}-start`} />
            <span>–</span>
            <input type="datetime-local" value={wallTime(window().end)} onChange={(e) => setEdge('end', e.currentTarget.value)} aria-label={t('to')} data-testid={`${props.testId}-end`} />
            <button class="link danger" onClick={() => props.ctx.onChange(props.path, undefined)} data-testid={`${props.testId}-remove`}>
              {t('remove')}
            </button>
          </>
        )}
      </Show>
      {props.children}
      <For each={props.ctx.errors(props.path)}>{(message) => <small class="error" data-testid={`${props.testId}-error`}>{message}</small>}</For>
    </div>
  );
}
