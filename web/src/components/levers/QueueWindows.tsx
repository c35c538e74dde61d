import { For, Show } from 'solid-js';
import { leverInForce } from '../../../../shared/levers/leverInForce.ts';
import { QUEUE_CODES, type QueueCode } from '../../../../shared/types.ts';
import { fromLocalInput, queueLabel, toLocalInput } from '../../i18n/format.ts';
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
const inShanghai = (window: WallWindow): WallWindow => ({ start: fromLocalInput(toLocalInput(window.start)), end: fromLocalInput(toLocalInput(window.end)) });

/**
 * A booked-staff lever's own booking window per queue (`queueWindows`), in Shanghai wall time: add one (starting
 * as `defaultWindow`, the event window), change or remove it. Listed for the queues the lever serves and any queue
 * that has a window, so a window the API refuses (a queue the lever no longer serves) can be seen and removed.
 */
export function QueueWindows(props: { ctx: LeverFieldContext; lever: 'temps' | 'borrowed'; defaultWindow?: WallWindow }) {
  const path = (queue: QueueCode, ...rest: string[]) => [props.lever, 'queueWindows', queue, ...rest];
  const windowOf = (queue: QueueCode) => {
    const { value, source } = leverInForce(props.ctx.levers, path(queue));
    return source === 'scenario' && value && typeof value === 'object' ? (value as Partial<Record<keyof WallWindow, unknown>>) : undefined;
  };
  const served = () => leverInForce(props.ctx.levers, [props.lever, 'queues']).value;
  const listed = () => QUEUE_CODES.filter((q) => (Array.isArray(served()) && (served() as unknown[]).includes(q)) || windowOf(q) !== undefined);
  const setEdge = (queue: QueueCode, edge: keyof WallWindow, value: string) => props.ctx.onChange(path(queue, edge), value ? fromLocalInput(value) : undefined);
  const testId = (queue: QueueCode) => `lever-${props.lever}-queueWindows-${queue}`;
  return (
    <div class="stack" data-testid={`lever-${props.lever}-queueWindows`}>
      <span>{t('leverQueueWindows')}</span>
      <small class="muted">{t('leverQueueWindowsHelp')}</small>
      <For each={listed()}>
        {(queue) => (
          <div class="row wrap interval" classList={{ invalid: props.ctx.errors(path(queue)).length > 0 }} data-testid={testId(queue)}>
            <span>{queueLabel(queue)}</span>
            <Show
              when={windowOf(queue)}
              fallback={
                <button class="secondary small" onClick={() => props.ctx.onChange(path(queue), props.defaultWindow ? inShanghai(props.defaultWindow) : {})} data-testid={`${testId(queue)}-add`}>
                  {t('leverAddQueueWindow')}
                </button>
              }
            >
              {(window) => (
                <>
                  <input type="datetime-local" value={wallTime(window().start)} onChange={(e) => setEdge(queue, 'start', e.currentTarget.value)} aria-label={t('from')} data-testid={`${testId(queue)}-start`} />
                  <span>–</span>
                  <input type="datetime-local" value={wallTime(window().end)} onChange={(e) => setEdge(queue, 'end', e.currentTarget.value)} aria-label={t('to')} data-testid={`${testId(queue)}-end`} />
                  <button class="link danger" onClick={() => props.ctx.onChange(path(queue), undefined)} data-testid={`${testId(queue)}-remove`}>
                    {t('remove')}
                  </button>
                </>
              )}
            </Show>
            <For each={props.ctx.errors(path(queue))}>{(message) => <small class="error" data-testid={`${testId(queue)}-error`}>{message}</small>}</For>
          </div>
        )}
      </For>
    </div>
  );
}
