import { createEffect, createMemo, createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { DEFAULT_EVE_FACTOR, DEFAULT_EVENT_DAY_FACTOR } from '../../../shared/forecast/dayFactor.ts';
import type { PeakWindow } from '../../../shared/forecast/hourlyProfile.ts';
import type { ForecastRow, QueueCode } from '../../../shared/types.ts';
import { api, type ForecastGenerator as GeneratorInput } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { GeneratorFactorsTable } from '../components/GeneratorFactorsTable.tsx';
import { PeakWindowsTable } from '../components/PeakWindowsTable.tsx';
import { createAction } from '../state/action.ts';
import { number, zonedDay } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';

type PerQueue = Record<QueueCode, number>;
const DAY_MS = 86_400_000;

/** The forecast generator's form: dates, ordinary daily totals, day factors and the editable peak multipliers. */
export function ForecastGenerator(props: {
  forecast: ForecastRow[];
  peaks: PeakWindow[];
  onPeaks: (peaks: PeakWindow[]) => void;
  onPreview: (rows: ForecastRow[]) => void;
  onStored: () => void;
}) {
  const ctx = useEvent();
  const action = createAction();
  const [status, setStatus] = createSignal<string>();
  // Defaults only pre-fill the form: the day in the middle of the event window is the sale day, the horizon gives the dates.
  const defaults = createMemo(() => {
    const e = ctx.event();
    if (!e) return undefined;
    const mid = (Date.parse(e.windowStart) + Date.parse(e.windowEnd)) / 2;
    return { eventDate: zonedDay(new Date(mid).toISOString()), firstDate: zonedDay(e.horizonStart), days: Math.round((Date.parse(e.horizonEnd) - Date.parse(e.horizonStart)) / DAY_MS) };
  });
  const [form, setForm] = createStore({ eventDate: '', firstDate: '', days: 18, totals: { pre_sale: 6000, after_sale: 2500, logistics: 800 } as PerQueue, eventDay: { ...DEFAULT_EVENT_DAY_FACTOR } as PerQueue, eve: { ...DEFAULT_EVE_FACTOR } as PerQueue });
  createEffect(() => {
    const d = defaults();
    if (d && !form.eventDate) setForm({ eventDate: d.eventDate, firstDate: d.firstDate, days: d.days });
  });
  const input = (): GeneratorInput => ({ eventDate: form.eventDate, firstDate: form.firstDate, days: form.days, dailyTotals: { ...form.totals }, eventDay: { ...form.eventDay }, eve: { ...form.eve }, peakWindows: props.peaks });
  const run = (store: boolean) => {
    setStatus(undefined);
    return action.run(async () => {
      const rows = await api.generateForecast(ctx.eventId(), input(), store);
      if (store) props.onStored();
      else props.onPreview(rows);
      setStatus(t(store ? 'generatorStored' : 'generatorPreviewed', { rows: number(rows.length) }));
    });
  };
  const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);
  return (
    <div class="card stack" data-testid="generator">
      <h2>{t('generatorTitle')}</h2>
      <p class="muted">{t('generatorHelp')}</p>
      <div class="row">
        <label>
          {t('eventDate')}
          <input type="date" value={form.eventDate} onInput={(e) => setForm('eventDate', e.currentTarget.value)} />
        </label>
        <label>
          {t('firstDate')}
          <input type="date" value={form.firstDate} onInput={(e) => setForm('firstDate', e.currentTarget.value)} />
        </label>
        <label>
          {t('days')}
          <input type="number" min="1" max="62" value={form.days} onInput={(e) => setForm('days', num(e))} />
        </label>
      </div>
      <GeneratorFactorsTable totals={form.totals} eve={form.eve} eventDay={form.eventDay} onChange={(field, q, value) => setForm(field, q, value)} />
      <h3>{t('peakWindows')}</h3>
      <PeakWindowsTable peaks={props.peaks} onPeaks={props.onPeaks} />
      <div class="actions">
        <button class="secondary" onClick={() => props.onPeaks([...props.peaks, { startHour: 12, endHour: 13, multiplier: 1.2, days: 'event_day' }])}>{t('addPeak')}</button>
        <button class="secondary" onClick={() => void run(false)} data-testid="generator-preview">{t('previewForecast')}</button>
        <button onClick={() => void run(true)}>{t('storeForecast')}</button>
      </div>
      <Show when={status()}>{(s) => <p class="ok">{s()}</p>}</Show>
      <Show when={action.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
    </div>
  );
}
