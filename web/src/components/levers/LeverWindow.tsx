import { leverInForce } from '../../../../shared/levers/leverInForce.ts';
import { dateTime } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { SOURCE_LABEL, type LeverFieldContext } from './LeverField.tsx';
import { WindowEdit, type WallWindow } from './WindowEdit.tsx';

/** A booked-staff lever's own booking window (`window`) for every queue without one of its own; absent: the event window, said with its dates. */
export function LeverWindow(props: { ctx: LeverFieldContext; lever: 'temps' | 'borrowed'; eventWindow?: WallWindow }) {
  const path = () => [props.lever, 'window'];
  const inForce = () => {
    const { source } = leverInForce(props.ctx.levers, path());
    const event = props.eventWindow ? t('leverEventWindowIs', { start: dateTime(props.eventWindow.start), end: dateTime(props.eventWindow.end) }) : t('eventWindow');
    return t('paramInForce', { value: source === 'scenario' ? t('leverOwnWindow') : event, source: t(SOURCE_LABEL[source]) });
  };
  return (
    <div class="stack">
      <WindowEdit ctx={props.ctx} path={path()} testId={`lever-${props.lever}-window`} label={t('leverWindow')} defaultWindow={props.eventWindow}>
        <small class="muted" data-testid={`lever-${props.lever}-window-source`}>{inForce()}</small>
      </WindowEdit>
      <small class="muted">{t('leverWindowHelp')}</small>
    </div>
  );
}
