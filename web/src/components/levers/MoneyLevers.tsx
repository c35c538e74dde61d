import { For } from 'solid-js';
import { QUEUE_CODES } from '../../../../shared/types.ts';
import { queueLabel } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { LeverField, type LeverFieldContext } from './LeverField.tsx';

/** Wages per contract and, per queue, the inquiry conversion and order value that price GMV at risk. */
export function MoneyLevers(props: { ctx: LeverFieldContext }) {
  return (
    <fieldset class="stack" data-testid="levers-money">
      <legend>{t('leverMoney')}</legend>
      <div class="row wrap">
        <LeverField ctx={props.ctx} path={['money', 'wagesCnyPerHour', 'full_time']} label={t('leverWageFullTime')} step="1" />
        <LeverField ctx={props.ctx} path={['money', 'wagesCnyPerHour', 'part_time']} label={t('leverWagePartTime')} step="1" />
        <LeverField ctx={props.ctx} path={['money', 'minShortfallCnyPerAgentHour']} label={t('leverMinShortfall')} step="5" />
      </div>
      <div class="row wrap">
        <For each={QUEUE_CODES}>
          {(q) => (
            <>
              <LeverField ctx={props.ctx} path={['money', 'sales', q, 'conversionRate']} label={t('leverConversion', { queue: queueLabel(q) })} step="0.05" />
              <LeverField ctx={props.ctx} path={['money', 'sales', q, 'orderValueCny']} label={t('leverOrderValue', { queue: queueLabel(q) })} step="10" />
            </>
          )}
        </For>
      </div>
    </fieldset>
  );
}
