import type { CapEstimate, CapRecommendation } from '../../../shared/simulate/recommendCap.ts';
import type { CapResult } from '../../../shared/simulate/sweep.ts';
import type { QueueCode } from '../../../shared/types.ts';
import { percentileSeconds } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { DataTable, type Column } from './DataTable.tsx';
import { EstimateText } from './EstimateText.tsx';

/**
 * One queue's sweep, one row per cap: the lead figures over the seeds (means with 95 % intervals) and the first
 * seed's percentiles; the queue's recommended cap and its cap in the scenario highlighted.
 */
export function CapTable(props: { caps: CapResult[]; queue: QueueCode; recommendation?: CapRecommendation; currentCap: number | null; testId?: string }) {
  const estimateOf = (cap: number): CapEstimate | undefined => props.recommendation?.estimates.find((e) => e.cap === cap);
  const recommendedCap = () => props.recommendation?.cap;
  const outcome = (c: CapResult) => c.byQueue[props.queue];
  const measures = (c: CapResult) => c.measuresByQueue[props.queue];
  const columns: Column<CapResult>[] = [
    { header: 'cap', cell: (c) => `${c.cap}${c.cap === recommendedCap() ? ` ★ ${t('recommended')}` : ''}${c.cap === props.currentCap ? ` (${t('current')})` : ''}` },
    { header: 'withinTarget', cell: (c) => <EstimateText estimate={estimateOf(c.cap)?.withinTarget} kind="share" fallback={measures(c)?.firstResponseWithinTarget} /> },
    { header: 'averageResponse', cell: (c) => <EstimateText estimate={estimateOf(c.cap)?.averageResponseSeconds} kind="seconds" fallback={measures(c)?.averageResponseSeconds} /> },
    { header: 'abandonment', cell: (c) => <EstimateText estimate={estimateOf(c.cap)?.abandonment} kind="share" fallback={outcome(c)?.arrivals ? outcome(c)!.abandoned / outcome(c)!.arrivals : 0} /> },
    { header: 'firstResponseP50', cell: (c) => percentileSeconds(outcome(c)?.firstResponse.p50 ?? null) },
    { header: 'firstResponseP90', cell: (c) => percentileSeconds(outcome(c)?.firstResponse.p90 ?? null) },
    { header: 'admissionWaitP90', cell: (c) => percentileSeconds(outcome(c)?.admissionWait.p90 ?? null) },
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.caps}
      compact
      box={false}
      testId={props.testId ?? 'cap-table'}
      rowClassList={(c) => ({ best: c.cap === recommendedCap(), current: c.cap === props.currentCap })}
    />
  );
}
