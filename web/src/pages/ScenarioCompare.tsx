import { For, Show } from 'solid-js';
import type { ScenarioComparison } from '../api.ts';
import { dateTime, number, percent, queueLabel } from '../i18n/format.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';

type Row = ScenarioComparison['scenarios'][number];
const METRICS: { label: MessageKey; value: (s: Row) => string }[] = [
  { label: 'version', value: (s) => String(s.version) },
  { label: 'requiredHours', value: (s) => number(s.requiredAgentHours) },
  { label: 'paidHours', value: (s) => (s.paidHours === null ? '—' : number(s.paidHours)) },
  { label: 'shortfallHours', value: (s) => (s.shortfallAgentHours === null ? '—' : number(s.shortfallAgentHours)) },
  { label: 'reassignmentCount', value: (s) => (s.reassignments === null ? '—' : number(s.reassignments)) },
  { label: 'serviceLevel', value: (s) => (s.serviceLevel === null ? '—' : percent(s.serviceLevel)) },
  { label: 'firstResponseP90', value: (s) => (s.p90FirstResponseSeconds === null ? '—' : t('secondsValue', { s: number(s.p90FirstResponseSeconds) })) },
  { label: 'abandonment', value: (s) => (s.abandonmentRate === null ? '—' : percent(s.abandonmentRate)) },
];
const SHOWN_DIFFERENCES = 48;

/** Scenarios side by side: the headline metrics, then the first hours where they differ; presentational. */
export function ScenarioCompare(props: { comparison: ScenarioComparison }) {
  return (
    <div class="card stack" data-testid="comparison">
      <h2>{t('comparisonTitle')}</h2>
      <table class="table">
        <thead>
          <tr>
            <th />
            <For each={props.comparison.scenarios}>{(s) => <th>{s.name}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={METRICS}>
            {(m) => (
              <tr>
                <th>{t(m.label)}</th>
                <For each={props.comparison.scenarios}>{(s) => <td>{m.value(s)}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <h3>{t('hoursDiffering', { n: props.comparison.hourlyDifferences.length })}</h3>
      <Show when={props.comparison.hourlyDifferences.length > 0}>
        <div class="scroll">
          <table class="table compact">
            <thead>
              <tr>
                <th>{t('hour')}</th>
                <th>{t('queue')}</th>
                <For each={props.comparison.scenarios}>{(s) => <th>{t('reqSched', { name: s.name })}</th>}</For>
              </tr>
            </thead>
            <tbody>
              <For each={props.comparison.hourlyDifferences.slice(0, SHOWN_DIFFERENCES)}>
                {(d) => (
                  <tr>
                    <td>{dateTime(d.hourStart)}</td>
                    <td>{queueLabel(d.queue)}</td>
                    <For each={d.values}>{(v) => <td classList={{ short: v.scheduled !== null && v.required !== null && v.scheduled < v.required }}>{`${v.required ?? '—'} / ${v.scheduled ?? '—'}`}</td>}</For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </div>
  );
}
