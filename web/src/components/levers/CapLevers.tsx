import { For } from 'solid-js';
import { QUEUE_CODES, type QueueCode } from '../../../../shared/types.ts';
import { queueLabel } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { LeverField, type LeverFieldContext } from './LeverField.tsx';

/** Candidate per-agent caps per queue (the plan keeps the cheapest) and the coverage floor. */
export function CapLevers(props: { ctx: LeverFieldContext; scenarioCap: (queue: QueueCode) => number }) {
  return (
    <fieldset class="stack" data-testid="levers-caps">
      <legend>{t('leverCaps')}</legend>
      <p class="muted">{t('leverCapsHelp')}</p>
      <div class="row wrap">
        <For each={QUEUE_CODES}>
          {(q) => <LeverField ctx={props.ctx} path={['caps', q]} label={t('leverCapsFor', { queue: queueLabel(q) })} kind="numbers" none={t('leverScenarioCap', { cap: props.scenarioCap(q) })} />}
        </For>
        <LeverField ctx={props.ctx} path={['coverageFloor']} label={t('leverFloor')} step="0.05" none={t('leverFloorNone')} />
      </div>
    </fieldset>
  );
}
