import { createMemo, createSignal, For, Show } from 'solid-js';
import type { ScenarioComparison } from '../api.ts';
import { CompareBars, type CompareSeries } from '../components/CompareBars.tsx';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { Pager } from '../components/Pager.tsx';
import { cny, dateTime, number, percent, queueLabel } from '../i18n/format.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { compareSeries, unsolvedScenarios } from '../state/compareSeries.ts';

type Row = ScenarioComparison['scenarios'][number];
type HourDifference = ScenarioComparison['hourlyDifferences'][number];
const missing = () => t('notYet');
interface Metric {
  label: MessageKey;
  value: (s: Row) => string;
}
const METRICS: Metric[] = [
  { label: 'version', value: (s) => String(s.version) },
  { label: 'requiredHours', value: (s) => number(s.requiredAgentHours) },
  { label: 'onDutyHours', value: (s) => (s.paidHours === null ? missing() : number(s.paidHours)) },
  { label: 'shortfallHours', value: (s) => (s.shortfallAgentHours === null ? missing() : number(s.shortfallAgentHours)) },
  { label: 'reassignmentCount', value: (s) => (s.reassignments === null ? missing() : number(s.reassignments)) },
  { label: 'serviceLevel', value: (s) => (s.serviceLevel === null ? missing() : percent(s.serviceLevel)) },
  { label: 'firstResponseP90', value: (s) => (s.p90FirstResponseSeconds === null ? missing() : t('secondsValue', { s: number(s.p90FirstResponseSeconds) })) },
  { label: 'abandonment', value: (s) => (s.abandonmentRate === null ? missing() : percent(s.abandonmentRate)) },
  { label: 'costTotal', value: (s) => (s.totalCostCny === null ? missing() : cny(s.totalCostCny)) },
  { label: 'costLostGmv', value: (s) => (s.lostGmvCny === null ? missing() : cny(s.lostGmvCny)) },
];
const PAGE_SIZE = 48;
const cell = (v: number | null) => (v === null ? missing() : number(v));
const isShort = (v: HourDifference['values'][number]) => v.scheduled !== null && v.required !== null && v.scheduled < v.required;

/** Hour, queue, then required / scheduled for each scenario, marked short where its roster falls short. */
function hourColumns(scenarios: Row[]): Column<HourDifference>[] {
  return [
    { header: 'hour', cell: (d) => dateTime(d.hourStart) },
    { header: 'queue', cell: (d) => queueLabel(d.queue) },
    ...scenarios.map((s, i): Column<HourDifference> => ({
      header: () => t('reqSched', { name: s.name }),
      cell: (d) => `${cell(d.values[i].required)} / ${cell(d.values[i].scheduled)}`,
      classList: (d) => ({ short: isShort(d.values[i]) }),
    })),
  ];
}

/** The headline table read across: a metric per row, named in its first cell, then its value for each scenario. */
function metricColumns(scenarios: Row[]): Column<Metric>[] {
  return [{ cell: (m) => t(m.label), rowHeader: true }, ...scenarios.map((s): Column<Metric> => ({ header: () => s.name, cell: (m) => m.value(s) }))];
}

/**
 * Scenarios side by side: a chart per metric, the headline table, then every hour where they differ, paged;
 * presentational. `extraSeries` is where the capacity plan's cost and GMV at risk join the charts.
 */
export function ScenarioCompare(props: { comparison: ScenarioComparison; extraSeries?: CompareSeries[] }) {
  const [page, setPage] = createSignal(0);
  const rows = () => props.comparison.hourlyDifferences.slice(page() * PAGE_SIZE, (page() + 1) * PAGE_SIZE);
  const unsolved = () => unsolvedScenarios(props.comparison);
  const columns = createMemo(() => hourColumns(props.comparison.scenarios));
  const differing = () => number(props.comparison.hourlyDifferences.length);
  return (
    <div class="card stack" data-testid="comparison">
      <h2>{t('comparisonTitle')}</h2>
      <Show when={unsolved().length > 0}>
        <p class="warn" data-testid="compare-unsolved">{t('compareUnsolved', { names: unsolved().join('、') })}</p>
      </Show>
      <div class="compare-charts" data-testid="compare-charts">
        <For each={[...compareSeries(props.comparison), ...(props.extraSeries ?? [])]}>{(series) => <CompareBars series={series} />}</For>
      </div>
      <DataTable columns={metricColumns(props.comparison.scenarios)} rows={METRICS} box={false} />
      {/* An unsolved side has no agents on duty to compare: say so rather than count its every hour. */}
      <h3 data-testid="compare-hours-title">
        {unsolved().length > 0 ? t('hoursDifferingUnsolved', { n: differing(), names: unsolved().join('、') }) : t('hoursDifferingAll', { n: differing() })}
      </h3>
      <Show when={props.comparison.hourlyDifferences.length > 0}>
        <Pager page={page()} size={PAGE_SIZE} total={props.comparison.hourlyDifferences.length} onPage={setPage} testId="compare-pager" />
        <DataTable columns={columns()} rows={rows()} compact testId="compare-hours" />
      </Show>
    </div>
  );
}
