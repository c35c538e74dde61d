import { For } from 'solid-js';
import type { RosterDetail } from '../api.ts';
import { DEFAULT_SALES, DEFAULT_WAGES_CNY_PER_HOUR } from '../../../shared/levers/schema.ts';
import { number, percent } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

type Cost = NonNullable<RosterDetail['diagnostics']['cost']>;

const PARTS = [
  ['wagesCny', 'costWages'],
  ['overtimeCny', 'costOvertime'],
  ['tempsCny', 'costTemps'],
  ['borrowedCny', 'costBorrowed'],
  ['lostGmvCny', 'costLostGmv'],
] as const;

/** The roster's cost in CNY, part by part, with the demo assumptions it rests on named. */
export function CostBreakdown(props: { cost: Cost }) {
  const cny = (n: number) => t('costCny', { n: number(Math.round(n)) });
  return (
    <div data-testid="cost-breakdown">
      <dl class="figures">
        <For each={PARTS}>
          {([key, label]) => (
            <>
              <dt>{t(label)}</dt>
              <dd data-testid={`cost-${key}`}>{cny(props.cost[key])}</dd>
            </>
          )}
        </For>
        <dt>{t('costTotal')}</dt>
        <dd data-testid="cost-totalCny"><strong>{cny(props.cost.totalCny)}</strong></dd>
      </dl>
      <p class="muted">
        {t('costAssumptions', {
          fullTime: number(DEFAULT_WAGES_CNY_PER_HOUR.full_time),
          partTime: number(DEFAULT_WAGES_CNY_PER_HOUR.part_time),
          conversion: percent(DEFAULT_SALES.pre_sale.conversionRate),
          orderValue: number(DEFAULT_SALES.pre_sale.orderValueCny),
        })}
      </p>
    </div>
  );
}
