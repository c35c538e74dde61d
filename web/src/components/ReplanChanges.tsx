import { For, Show } from 'solid-js';
import type { Replan } from '../api.ts';
import { dateTime, hourLabel, number, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { replanMoney } from '../state/live.ts';

/** The re-plan's suggested changes with their cost, and the shortfall and GMV at risk before and after them. */
export function ReplanChanges(props: { replan: Pick<Replan, 'changes' | 'before' | 'after'> }) {
  const cny = (n: number) => t('costCny', { n: number(Math.round(n)) });
  const money = () => replanMoney(props.replan);
  return (
    <div class="stack" data-testid="replan-changes">
      <dl class="figures">
        <dt>{t('replanShortHours')}</dt>
        <dd data-testid="replan-short">{t('beforeAfter', { before: number(props.replan.before.shortAgentHours, 1), after: number(props.replan.after.shortAgentHours, 1) })}</dd>
        <dt>{t('replanLostGmv')}</dt>
        <dd data-testid="replan-gmv">{t('beforeAfter', { before: cny(props.replan.before.lostGmvCny), after: cny(props.replan.after.lostGmvCny) })}</dd>
        <dt>{t('replanCost')}</dt>
        <dd data-testid="replan-cost">{cny(money().costCny)}</dd>
        <dt>{t('replanSaved')}</dt>
        <dd data-testid="replan-saved">
          <strong>{cny(money().savedCny)}</strong>
        </dd>
      </dl>
      <Show when={props.replan.changes.length > 0} fallback={<p class="muted" data-testid="replan-none">{t('replanNoChanges')}</p>}>
        <div class="scroll">
          <table class="table">
            <thead>
              <tr>
                <th>{t('replanKind')}</th>
                <th>{t('agent')}</th>
                <th>{t('queue')}</th>
                <th>{t('replanWhen')}</th>
                <th>{t('replanCount')}</th>
                <th>{t('replanCost')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.replan.changes}>
                {(c) => (
                  <tr data-testid="replan-change">
                    <td>{t(`replanKind_${c.kind}`)}</td>
                    <td>{c.agentId ?? ''}</td>
                    <td>{c.fromQueue ? `${queueLabel(c.fromQueue)} → ${queueLabel(c.queue)}` : queueLabel(c.queue)}</td>
                    <td>{`${dateTime(c.start)} – ${hourLabel(c.end)}`}</td>
                    <td>{c.cap !== undefined ? t('replanCapTo', { cap: number(c.cap) }) : (c.count ?? '')}</td>
                    <td>{cny(c.costCny)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </div>
  );
}
