import { Show } from 'solid-js';
import type { Estimate } from '../../../shared/simulate/recommendCap.ts';
import { meanSecondsOrNever, number, percent } from '../i18n/format.ts';

const format = (value: number, kind: 'share' | 'seconds') => (kind === 'share' ? percent(value) : `${number(value)} s`);

/**
 * A mean with its 95 % interval ("53.1 % (52.7-53.5 %)"); a single run's figure (fallback) when the sweep had too
 * few seeds for intervals. A null mean response means no customer got a reply: "never answered".
 */
export function EstimateText(props: { estimate: Estimate | null | undefined; kind: 'share' | 'seconds'; fallback?: number | null }) {
  return (
    <Show
      when={props.estimate}
      fallback={props.estimate === null || props.fallback === null ? meanSecondsOrNever(null) : props.fallback === undefined ? '–' : format(props.fallback, props.kind)}
    >
      {(e) => (
        <span title="95 %">
          {format(e().mean, props.kind)} <span class="muted">({format(Math.max(0, e().low), props.kind)}–{format(e().high, props.kind)})</span>
        </span>
      )}
    </Show>
  );
}
