import { leverInForce } from '../../../../shared/levers/leverInForce.ts';
import { dateTime } from '../../i18n/format.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import type { SWITCHED_LEVERS } from '../../state/leversDraft.ts';
import { SOURCE_LABEL, type LeverFieldContext } from './LeverField.tsx';
import { WindowEdit, type WallWindow } from './WindowEdit.tsx';

type WindowedLever = (typeof SWITCHED_LEVERS)[number];

/** What a lever's window bounds, as each lever reads it (shared/levers/schema.ts): bookings, peak shifts or extra hours. */
const WINDOW_TEXT: Record<WindowedLever, { label: MessageKey; help: MessageKey }> = {
  temps: { label: 'leverWindow', help: 'leverWindowHelp' },
  borrowed: { label: 'leverWindow', help: 'leverWindowHelp' },
  peakShifts: { label: 'leverPeakWindow', help: 'leverPeakWindowHelp' },
  overtime: { label: 'leverOvertimeWindow', help: 'leverOvertimeWindowHelp' },
};

/** A lever's own window (`window`): for booked staff, for every queue without one of its own; absent: the event window, said with its dates. */
export function LeverWindow(props: { ctx: LeverFieldContext; lever: WindowedLever; eventWindow?: WallWindow }) {
  const path = () => [props.lever, 'window'];
  const inForce = () => {
    const { source } = leverInForce(props.ctx.levers, path());
    const event = props.eventWindow ? t('leverEventWindowIs', { start: dateTime(props.eventWindow.start), end: dateTime(props.eventWindow.end) }) : t('eventWindow');
    return t('paramInForce', { value: source === 'scenario' ? t('leverOwnWindow') : event, source: t(SOURCE_LABEL[source]) });
  };
  return (
    <div class="stack">
      <WindowEdit ctx={props.ctx} path={path()} testId={`lever-${props.lever}-window`} label={t(WINDOW_TEXT[props.lever].label)} defaultWindow={props.eventWindow}>
        <small class="muted" data-testid={`lever-${props.lever}-window-source`}>{inForce()}</small>
      </WindowEdit>
      <small class="muted">{t(WINDOW_TEXT[props.lever].help)}</small>
    </div>
  );
}
