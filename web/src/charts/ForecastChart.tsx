import { createMemo } from 'solid-js';
import type uPlot from 'uplot';
import { t } from '../i18n/i18n.ts';
import { bandsPlugin, UPlotChart } from './UPlotChart.tsx';

export interface Band {
  from: number;
  to: number;
  color: string;
}

/** Hourly inquiries of one queue (x in epoch seconds), with the event window and peak hours shaded. */
export function ForecastChart(props: { title: string; hours: number[]; inquiries: number[]; preview?: number[]; bands: Band[]; testId: string }) {
  const data = createMemo<uPlot.AlignedData>(() => (props.preview ? [props.hours, props.inquiries, props.preview] : [props.hours, props.inquiries]));
  const options = createMemo(() => {
    const bands = props.bands;
    const series: uPlot.Series[] = [{ label: t('time') }, { label: t('inquiries'), stroke: '#2563eb', width: 1.5, fill: 'rgba(37,99,235,0.08)' }];
    if (props.preview) series.push({ label: t('preview'), stroke: '#d97706', width: 1.5, dash: [6, 4] });
    return {
      height: 220,
      series,
      axes: [{}, { size: 60 }],
      plugins: [bandsPlugin(() => bands)],
    } satisfies Omit<uPlot.Options, 'width'>;
  });
  return <UPlotChart options={options} data={data} title={props.title} yUnit={t('inquiriesPerHour')} testId={props.testId} />;
}
