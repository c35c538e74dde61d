import { For } from 'solid-js';
import type { CapEstimate, CapRecommendation } from '../../../shared/simulate/recommendCap.ts';
import type { CapResult } from '../../../shared/simulate/sweep.ts';
import type { QueueCode } from '../../../shared/types.ts';
import { percentileSeconds } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { EstimateText } from './EstimateText.tsx';

/**
 * One queue's sweep, one row per cap: the lead figures over the seeds (means with 95 % intervals) and the first
 * seed's percentiles; the queue's recommended cap and its cap in the scenario highlighted.
 */
export function CapTable(props: { caps: CapResult[]; queue: QueueCode; recommendation?: CapRecommendation; currentCap: number | null; testId?: string }) {
  const estimateOf = (cap: number): CapEstimate | undefined => props.recommendation?.estimates.find((e) => e.cap === cap);
  const recommendedCap = () => props.recommendation?.cap;
  return (
    <table class="table compact" data-testid={props.testId ?? 'cap-table'}>
      <thead>
        <tr>
          <th>{t('cap')}</th>
          <th>{t('withinTarget')}</th>
          <th>{t('averageResponse')}</th>
          <th>{t('abandonment')}</th>
          <th>{t('firstResponseP50')}</th>
          <th>{t('firstResponseP90')}</th>
          <th>{t('admissionWaitP90')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.caps}>
          {(c) => {
            const o = () => c.byQueue[props.queue];
            const e = () => estimateOf(c.cap);
            return (
              <tr classList={{ best: c.cap === recommendedCap(), current: c.cap === props.currentCap }}>
                <td>
                  {c.cap}
                  {c.cap === recommendedCap() ? ` ★ ${t('recommended')}` : ''}
                  {c.cap === props.currentCap ? ` (${t('current')})` : ''}
                </td>
                <td>
                  <EstimateText estimate={e()?.withinTarget} kind="share" fallback={c.measuresByQueue[props.queue]?.firstResponseWithinTarget} />
                </td>
                <td>
                  <EstimateText estimate={e()?.averageResponseSeconds} kind="seconds" fallback={c.measuresByQueue[props.queue]?.averageResponseSeconds} />
                </td>
                <td>
                  <EstimateText estimate={e()?.abandonment} kind="share" fallback={o() && o()!.arrivals ? o()!.abandoned / o()!.arrivals : 0} />
                </td>
                <td>{percentileSeconds(o()?.firstResponse.p50 ?? null)}</td>
                <td>{percentileSeconds(o()?.firstResponse.p90 ?? null)}</td>
                <td>{percentileSeconds(o()?.admissionWait.p90 ?? null)}</td>
              </tr>
            );
          }}
        </For>
      </tbody>
    </table>
  );
}
