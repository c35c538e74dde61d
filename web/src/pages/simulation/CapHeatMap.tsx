import { createMemo, createSignal, For } from 'solid-js';
import type { CapResult } from '../../../../shared/simulate/sweep.ts';
import type { QueueCode } from '../../../../shared/types.ts';
import { HeatMap, type HeatRow } from '../../components/HeatMap.tsx';
import { dayLabel, percentileSeconds as seconds, queueLabel } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

/** One queue's first-response P90 per day and hour at a cap the supervisor picks (the recommended one first). */
export function CapHeatMap(props: { caps: CapResult[]; queue: QueueCode; recommendedCap: number | undefined; currentCap: number | null }) {
  const [cap, setCap] = createSignal<number>();
  const shownCap = () => cap() ?? props.recommendedCap ?? props.currentCap ?? props.caps[0]?.cap;
  // Rows are days, columns hours of the day (hourStart carries +08:00, so its text is Shanghai wall time).
  const heat = createMemo(() => {
    const capResult = props.caps.find((c) => c.cap === shownCap());
    if (!capResult) return { rows: [] as HeatRow[], max: 0 };
    const days = new Map<string, HeatRow>();
    let max = 0;
    for (const h of capResult.byHour) {
      if (h.queue !== props.queue) continue;
      const day = h.hourStart.slice(0, 10);
      if (!days.has(day)) days.set(day, { label: dayLabel(h.hourStart), values: Array(24).fill(null) });
      const value = h.arrivals === 0 ? null : (h.firstResponseP90 ?? Infinity);
      days.get(day)!.values[Number(h.hourStart.slice(11, 13))] = value;
      if (value !== null && Number.isFinite(value)) max = Math.max(max, value);
    }
    return { rows: [...days.values()], max };
  });
  return (
    <div class="card">
      <h2>{t('heatTitle')}</h2>
      <div class="filters">
        <label>
          {t('cap')}
          <select value={shownCap()} onChange={(e) => setCap(Number(e.currentTarget.value))} data-testid="heat-cap">
            <For each={props.caps}>{(c) => <option value={c.cap}>{c.cap === props.recommendedCap ? `${c.cap} ★` : c.cap}</option>}</For>
          </select>
        </label>
        <span class="muted">
          {queueLabel(props.queue)} · {t('heatLegend', { max: seconds(heat().max) })}
        </span>
      </div>
      <HeatMap columns={HOURS} rows={heat().rows} max={heat().max} format={seconds} testId="heatmap" />
    </div>
  );
}
