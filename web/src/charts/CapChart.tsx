import { createMemo } from 'solid-js';
import type uPlot from 'uplot';
import type { CapResult } from '../../../shared/simulate/sweep.ts';
import type { QueueCode } from '../../../shared/types.ts';
import { t } from '../i18n/i18n.ts';
import { bandsPlugin, UPlotChart } from './UPlotChart.tsx';

const BEST_COLOUR = 'rgba(22, 163, 74, 0.18)';
const CURRENT_COLOUR = 'rgba(37, 99, 235, 0.12)';
const CAP_INCREMENTS = [1, 2, 5, 10, 20, 50, 100, 200, 500];

/** One queue's wait and first-response percentiles (seconds) against the per-agent cap, its recommended cap shaded green. */
export function CapChart(props: { caps: CapResult[]; queue: QueueCode; recommendedCap: number | undefined; currentCap: number | null; testId?: string }) {
  const data = createMemo<uPlot.AlignedData>(() => {
    const c = props.caps.map((r) => ({ cap: r.cap, o: r.byQueue[props.queue] ?? r.overall }));
    // A percentile among the unanswered (null) leaves a gap rather than a fake number.
    const v = (x: number | null) => (x === null || !Number.isFinite(x) ? null : x);
    return [c.map((r) => r.cap), c.map((r) => v(r.o.firstResponse.p50)), c.map((r) => v(r.o.firstResponse.p90)), c.map((r) => v(r.o.firstResponse.p99)), c.map((r) => v(r.o.admissionWait.p90))];
  });
  const options = createMemo(() => {
    const caps = props.caps.map((r) => r.cap);
    const wide = caps.length > 1 && caps[caps.length - 1] / caps[0] > 20;
    const half = (cap: number) => (wide ? cap * 0.1 : 0.4);
    const band = (cap: number | null | undefined, color: string) => (cap === null || cap === undefined ? [] : [{ from: cap - half(cap), to: cap + half(cap), color }]);
    const bands = [...band(props.currentCap, CURRENT_COLOUR), ...band(props.recommendedCap, BEST_COLOUR)];
    return {
      height: 300,
      scales: { x: { time: false, distr: wide ? 3 : 1 } },
      series: [
        { label: t('cap') },
        { label: t('firstResponseP50'), stroke: '#60a5fa', width: 1.5, points: { show: true } },
        { label: t('firstResponseP90'), stroke: '#2563eb', width: 2.5, points: { show: true } },
        { label: t('firstResponseP99'), stroke: '#1e3a8a', width: 1.5, dash: [4, 4], points: { show: true } },
        { label: t('admissionWaitP90'), stroke: '#d97706', width: 2, points: { show: true } },
      ],
      // Caps are whole numbers: no tick at 3.5. On the log scale uPlot passes null for the unlabelled minor ticks.
      axes: [{ label: t('capAxis'), incrs: CAP_INCREMENTS, values: (_u: uPlot, splits: (number | null)[]) => splits.map((v) => (v === null ? '' : String(v))) }, { size: 60 }],
      plugins: [bandsPlugin(() => bands)],
    } satisfies Omit<uPlot.Options, 'width'>;
  });
  return <UPlotChart options={options} data={data} yUnit={t('secondsAxis')} testId={props.testId ?? 'cap-chart'} />;
}
