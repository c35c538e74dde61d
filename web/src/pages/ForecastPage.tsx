import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { DEFAULT_PEAK_WINDOWS, type PeakWindow } from '../../../shared/forecast/hourlyProfile.ts';
import { peakWindows } from '../../../shared/forecast/peakWindows.ts';
import { QUEUE_CODES, type ForecastRow, type QueueCode } from '../../../shared/types.ts';
import { api } from '../api.ts';
import { ForecastChart, type Band } from '../charts/ForecastChart.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ImportCard } from '../components/ImportCard.tsx';
import { number, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { ForecastGenerator } from './ForecastGenerator.tsx';

const WINDOW_COLOUR = 'rgba(250, 204, 21, 0.12)';
const PEAK_COLOUR = 'rgba(239, 68, 68, 0.16)';

/** Series per queue for the charts: epoch seconds and inquiries, in forecast order. */
function byQueue(rows: readonly ForecastRow[]): Record<QueueCode, { hours: number[]; values: number[] }> {
  const out = Object.fromEntries(QUEUE_CODES.map((q) => [q, { hours: [] as number[], values: [] as number[] }])) as Record<QueueCode, { hours: number[]; values: number[] }>;
  for (const row of rows) {
    out[row.queue].hours.push(Date.parse(row.hourStart) / 1000);
    out[row.queue].values.push(row.inquiries);
  }
  return out;
}

/** Forecast: hourly chart per queue with the event window and the forecast's own peak windows shaded; CSV import; the generator. */
export default function ForecastPage() {
  const ctx = useEvent();
  const [forecast, { refetch }] = createResource(ctx.eventId, api.forecast);
  const [preview, setPreview] = createSignal<ForecastRow[]>();
  const [peaks, setPeaks] = createSignal<PeakWindow[]>(DEFAULT_PEAK_WINDOWS.map((w) => ({ ...w })));
  const series = createMemo(() => byQueue(forecast() ?? []));
  const previewSeries = createMemo(() => (preview() ? byQueue(preview()!) : undefined));
  const bands = createMemo<Band[]>(() => {
    const event = ctx.event();
    const rows = forecast() ?? [];
    if (!event || rows.length === 0) return [];
    const out: Band[] = [{ from: Date.parse(event.windowStart) / 1000, to: Date.parse(event.windowEnd) / 1000, color: WINDOW_COLOUR }];
    // The peaks of the stored forecast itself (imported or generated), not the generator form's unsaved windows.
    for (const peak of peakWindows(rows)) out.push({ from: Date.parse(peak.start) / 1000, to: Date.parse(peak.end) / 1000, color: PEAK_COLOUR });
    return out;
  });
  const totals = createMemo(() => QUEUE_CODES.map((q) => ({ queue: q, total: series()[q].values.reduce((a, b) => a + b, 0) })));
  return (
    <section class="stack">
      <div class="card">
        <h2>{t('forecastTitle')}</h2>
        <p class="muted">{t('forecastLegend')}</p>
        <Show when={forecast.error}>{(e) => <ErrorNotice error={e()} />}</Show>
        <Show when={forecast() && forecast()!.length === 0}>
          <p class="muted">{t('forecastEmpty')}</p>
        </Show>
        <p class="totals">
          <For each={totals()}>{(row) => <span>{t('queueTotal', { queue: queueLabel(row.queue), total: number(row.total) })}</span>}</For>
        </p>
        <Show when={forecast()?.length}>
          <For each={QUEUE_CODES}>
            {(q) => <ForecastChart title={queueLabel(q)} hours={series()[q].hours} inquiries={series()[q].values} preview={previewSeries()?.[q].values} bands={bands()} testId={`forecast-chart-${q}`} />}
          </For>
        </Show>
      </div>
      <ImportCard
        heading="importForecast"
        help="importForecastHelp"
        testId="forecast-file"
        onUpload={async (file) => {
          const result = await api.importForecast(ctx.eventId(), file);
          setPreview(undefined);
          void refetch();
          return t('forecastImported', { rows: number(result.rows) });
        }}
      />
      <ForecastGenerator
        forecast={forecast() ?? []}
        peaks={peaks()}
        onPeaks={setPeaks}
        onPreview={setPreview}
        onStored={() => {
          setPreview(undefined);
          void refetch();
        }}
      />
    </section>
  );
}
