import { For } from 'solid-js';
import { leverInForce } from '../../../../shared/levers/leverInForce.ts';
import { QUEUE_CODES, type QueueCode } from '../../../../shared/types.ts';
import { queueLabel } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import type { LeverFieldContext } from './LeverField.tsx';
import { scenarioWindow, WindowEdit, type WallWindow } from './WindowEdit.tsx';

/**
 * A booked-staff lever's own booking window per queue (`queueWindows`), in Shanghai wall time: add one (starting
 * as `defaultWindow`: the lever's window, else the event window), change or remove it. Listed for the queues the lever serves and any queue
 * that has a window, so a window the API refuses (a queue the lever no longer serves) can be seen and removed.
 */
export function QueueWindows(props: { ctx: LeverFieldContext; lever: 'temps' | 'borrowed'; defaultWindow?: WallWindow }) {
  const path = (queue: QueueCode) => [props.lever, 'queueWindows', queue];
  const served = () => leverInForce(props.ctx.levers, [props.lever, 'queues']).value;
  const listed = () => QUEUE_CODES.filter((q) => (Array.isArray(served()) && (served() as unknown[]).includes(q)) || scenarioWindow(props.ctx.levers, path(q)) !== undefined);
  return (
    <div class="stack" data-testid={`lever-${props.lever}-queueWindows`}>
      <span>{t('leverQueueWindows')}</span>
      <small class="muted">{t('leverQueueWindowsHelp')}</small>
      <For each={listed()}>
        {(queue) => <WindowEdit ctx={props.ctx} path={path(queue)} testId={`lever-${props.lever}-queueWindows-${queue}`} label={queueLabel(queue)} defaultWindow={props.defaultWindow} />}
      </For>
    </div>
  );
}
