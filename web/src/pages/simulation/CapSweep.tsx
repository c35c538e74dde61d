import { For } from 'solid-js';
import type { CapRecommendation } from '../../../../shared/simulate/recommendCap.ts';
import type { CapResult } from '../../../../shared/simulate/sweep.ts';
import type { QueueCode } from '../../../../shared/types.ts';
import { CapChart } from '../../charts/CapChart.tsx';
import { CapTable } from '../../components/CapTable.tsx';
import { queueLabel } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';

/** The data-testids of a sweep's parts, which differ between the server's run and the browser's. */
export interface CapSweepTestIds {
  queue: string;
  chart?: string;
  table?: string;
  note?: string;
}

/** One queue of a cap sweep, picked from `queues`: the chart and the table of every cap, and what P90 "unanswered" means; presentational. */
export function CapSweep(props: {
  caps: CapResult[];
  queues: readonly QueueCode[];
  queue: QueueCode;
  onQueue: (queue: QueueCode) => void;
  recommendation: CapRecommendation | undefined;
  currentCap: number | null;
  testIds: CapSweepTestIds;
}) {
  return (
    <>
      <div class="filters">
        <label>
          {t('queue')}
          <select value={props.queue} onChange={(e) => props.onQueue(e.currentTarget.value as QueueCode)} data-testid={props.testIds.queue}>
            <For each={props.queues}>{(q) => <option value={q}>{queueLabel(q)}</option>}</For>
          </select>
        </label>
      </div>
      <p class="muted">{t('capChartLegend')}</p>
      <CapChart caps={props.caps} queue={props.queue} recommendedCap={props.recommendation?.cap} currentCap={props.currentCap} testId={props.testIds.chart} />
      <CapTable caps={props.caps} queue={props.queue} recommendation={props.recommendation} currentCap={props.currentCap} testId={props.testIds.table} />
      <p class="muted" data-testid={props.testIds.note}>
        {t('unansweredNote')}
      </p>
    </>
  );
}
