import { createMemo } from 'solid-js';
import uPlot from 'uplot';
import { t } from '../i18n/i18n.ts';
import type { QueueCoverage } from '../state/coverage.ts';
import { bandsPlugin, UPlotChart } from './UPlotChart.tsx';

const SHORT_COLOUR = 'rgba(220, 38, 38, 0.18)';
const WINDOW_COLOUR = 'rgba(14, 165, 233, 0.08)';

/**
 * Required vs scheduled agents for one queue, hour by hour, with the hours that fall short shaded red and the
 * event window shaded blue. `zoom` (epoch seconds) narrows the x axis, e.g. to the event window.
 */
export function CoverageChart(props: { title: string; coverage: QueueCoverage; testId: string; window?: { from: number; to: number }; zoom?: { from: number; to: number } }) {
  const data = createMemo<uPlot.AlignedData>(() => [props.coverage.hours, props.coverage.required, props.coverage.scheduled]);
  const options = createMemo(() => {
    const c = props.coverage;
    const eventWindow = props.window ? [{ ...props.window, color: WINDOW_COLOUR }] : [];
    const short = c.hours.flatMap((h, i) => {
      const scheduled = c.scheduled[i];
      return scheduled !== null && scheduled < c.required[i] ? [{ from: h, to: h + 3600, color: SHORT_COLOUR }] : [];
    });
    const bands = [...eventWindow, ...short];
    const stepped = uPlot.paths.stepped!({ align: 1 });
    const zoom = props.zoom;
    return {
      height: 220,
      scales: zoom ? { x: { time: true, min: zoom.from, max: zoom.to } } : undefined,
      series: [{ label: t('time') }, { label: t('required'), stroke: '#dc2626', width: 1.5, paths: stepped }, { label: t('scheduled'), stroke: '#16a34a', width: 1.5, fill: 'rgba(22,163,74,0.1)', paths: stepped }],
      axes: [{}, { size: 50 }],
      plugins: [bandsPlugin(() => bands)],
    } satisfies Omit<uPlot.Options, 'width'>;
  });
  return <UPlotChart options={options} data={data} title={props.title} yUnit={t('agentsAxis')} testId={props.testId} />;
}
