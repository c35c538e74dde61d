import { For, Show } from 'solid-js';
import type { RosterDetail } from '../api.ts';
import { DEFAULT_SALES, DEFAULT_WAGES_CNY_PER_HOUR } from '../../../shared/levers/schema.ts';
import { cny, number, percent, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

type Cost = NonNullable<RosterDetail['diagnostics']['cost']>;
type Advice = NonNullable<RosterDetail['diagnostics']['advice']>[number];

/** One lever the plan pulls, in the reader's language; the server's English sentence for kinds without their own. */
const adviceText = (a: Advice) => (a.kind === 'cap' && a.queue && a.cap !== undefined ? t('planCapAdvice', { queue: queueLabel(a.queue), cap: a.cap }) : a.message);

const PARTS = [
  ['wagesCny', 'costWages'],
  ['overtimeCny', 'costOvertime'],
  ['tempsCny', 'costTemps'],
  ['borrowedCny', 'costBorrowed'],
  ['lostGmvCny', 'costLostGmv'],
] as const;

/** The roster's cost in CNY, part by part, with the demo assumptions it rests on named, and the levers the plan pulls. */
export function CostBreakdown(props: { cost: Cost; advice?: Advice[] }) {
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
      <Show when={props.advice?.length}>
        <ul data-testid="plan-advice">
          <For each={props.advice}>{(a) => <li>{adviceText(a)}</li>}</For>
        </ul>
      </Show>
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
