import { For, Show } from 'solid-js';
import { t } from '../i18n/i18n.ts';

/** One bar per scenario; null is a scenario without that result yet (not solved or not simulated). */
export interface CompareSeries {
  label: string;
  values: { name: string; value: number | null }[];
  format: (value: number) => string;
  /** Whether a larger value is better (service) or worse (short hours); decides which bar is marked best. */
  better: 'higher' | 'lower' | 'neither';
  testId: string;
}

/** A small horizontal bar chart of one metric across scenarios, the missing ones named as such; presentational. */
export function CompareBars(props: { series: CompareSeries }) {
  const known = () => props.series.values.flatMap((v) => (v.value === null ? [] : [v.value]));
  const max = () => Math.max(0, ...known());
  const best = () => (props.series.better === 'neither' || known().length < 2 ? undefined : props.series.better === 'higher' ? Math.max(...known()) : Math.min(...known()));
  return (
    <figure class="bars" data-testid={props.series.testId}>
      <figcaption>{props.series.label}</figcaption>
      <For each={props.series.values}>
        {(v) => (
          <div class="bar-row">
            <span class="bar-name" title={v.name}>{v.name}</span>
            <Show when={v.value !== null} fallback={<span class="muted bar-missing">{t('notYet')}</span>}>
              <span class="bar-track">
                <span class="bar" classList={{ best: v.value === best() }} style={{ width: `${max() > 0 ? (100 * v.value!) / max() : 0}%` }} />
              </span>
              <span class="bar-value">{props.series.format(v.value!)}</span>
            </Show>
          </div>
        )}
      </For>
    </figure>
  );
}
