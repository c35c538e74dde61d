import { For, Show } from 'solid-js';
import type { CapLead } from '../../../shared/simulate/capLeads.ts';
import type { CapEstimate } from '../../../shared/simulate/recommendCap.ts';
import type { RuleOfThumb } from '../../../shared/simulate/ruleOfThumb.ts';
import type { QueueCode } from '../../../shared/types.ts';
import { percent, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { EstimateText } from './EstimateText.tsx';

function Figures(props: { estimate: CapEstimate | null }) {
  return (
    <Show when={props.estimate} fallback={<td colSpan={3} class="muted">{t('notTried')}</td>}>
      {(e) => (
        <>
          <td data-testid="lead-within">
            <EstimateText estimate={e().withinTarget} kind="share" />
          </td>
          <td data-testid="lead-response">
            <EstimateText estimate={e().averageResponseSeconds} kind="seconds" />
          </td>
          <td data-testid="lead-abandonment">
            <EstimateText estimate={e().abandonment} kind="share" />
          </td>
        </>
      )}
    </Show>
  );
}

/**
 * What a supervisor asks first, per queue: the share answered within target, the average response and the
 * abandonment at the scenario's cap and at the recommended one, with the criterion and Qianniu's rule beside it.
 */
export function CapLeadTable(props: { leads: CapLead[]; rules: Partial<Record<QueueCode, RuleOfThumb>>; testId?: string }) {
  const criterion = () => props.leads[0]?.recommendation;
  return (
    <div class="stack" data-testid={props.testId ?? 'cap-leads'}>
      <table class="table compact">
        <thead>
          <tr>
            <th>{t('queue')}</th>
            <th>{t('cap')}</th>
            <th>{t('withinTarget')}</th>
            <th>{t('averageResponse')}</th>
            <th>{t('abandonment')}</th>
            <th>{t('ruleOfThumbCap')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.leads}>
            {(lead) => {
              const r = lead.recommendation;
              const reason = () => (r.reason === 'tie' ? t('reason_tie', { caps: r.tiedWith.join(', ') }) : t(`reason_${r.reason}`));
              return (
                <>
                  <tr class="current" data-testid={`lead-${lead.queue}-scenario`}>
                    <td rowSpan={2}>{queueLabel(lead.queue)}</td>
                    <td>
                      {t('scenarioCap')} <strong data-testid="lead-cap">{lead.scenarioCap ?? '–'}</strong>
                    </td>
                    <Figures estimate={lead.atScenarioCap} />
                    <td rowSpan={2} data-testid={`rule-cap-${lead.queue}`}>
                      {props.rules[lead.queue]?.cap ?? '–'}
                    </td>
                  </tr>
                  <tr class="best" data-testid={`lead-${lead.queue}-recommended`}>
                    <td>
                      {t('recommendedCap')} <strong data-testid="lead-cap">{r.cap}</strong> ★ <span class="muted">{reason()}</span>
                    </td>
                    <Figures estimate={lead.atRecommendedCap} />
                  </tr>
                </>
              );
            }}
          </For>
        </tbody>
      </table>
      <Show when={criterion()}>
        {(c) => (
          <p class="muted" data-testid="cap-criterion">
            {t('capCriterion', { abandonment: percent(c().criterion.maxAbandonment), response: `${c().criterion.maxAverageResponseSeconds} s`, seeds: c().seeds })}
          </p>
        )}
      </Show>
      <p class="muted" data-testid="rule-differs">
        {t('ruleDiffers')}
      </p>
    </div>
  );
}
