import { For, Show } from 'solid-js';
import type { RosterDetail } from '../api.ts';
import { cny, number } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { Suggestions } from './Suggestions.tsx';

type Diagnostics = RosterDetail['diagnostics'];
type Before = NonNullable<Diagnostics['before']>;
type Cost = NonNullable<Diagnostics['cost']>;

const ROWS = [
  ['totalCny', 'costTotal', (c: Cost) => cny(c.totalCny)],
  ['lostGmvCny', 'costLostGmv', (c: Cost) => cny(c.lostGmvCny)],
] as const;

/** The roster with levers against the same event without them: total cost, GMV at risk, short hours and agent-hours. */
export function BeforeAfter(props: { before: Before; cost: Cost; summary: Diagnostics['summary'] }) {
  const shortRows = () => [
    { key: 'shortHours', label: t('beforeAfterShortHours'), before: number(props.before.coverage.shortHours), after: number(props.summary.hoursShort) },
    { key: 'shortAgentHours', label: t('beforeAfterShortAgentHours'), before: number(props.before.coverage.shortAgentHours, 1), after: number(props.summary.totalAgentHours, 1) },
  ];
  const rows = () => [...ROWS.map(([key, label, format]) => ({ key, label: t(label), before: format(props.before.cost), after: format(props.cost) })), ...shortRows()];
  return (
    <table data-testid="before-after">
      <thead>
        <tr>
          <th />
          <th>{t('beforeLevers')}</th>
          <th>{t('afterLevers')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={rows()}>
          {(row) => (
            <tr data-testid={`before-after-${row.key}`}>
              <th scope="row">{row.label}</th>
              <td>{row.before}</td>
              <td>{row.after}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

/** What closes the gap: with levers, the plan's before and after replaces the "add N agents on template T" list kept for rosters without them. */
export function GapAdvice(props: { diagnostics: Diagnostics; templates: { code: string; nameZh: string; nameEn: string }[] }) {
  return (
    <Show
      when={props.diagnostics.before && props.diagnostics.cost ? { before: props.diagnostics.before, cost: props.diagnostics.cost } : undefined}
      fallback={
        <>
          <h3>{t('suggestions')}</h3>
          <Suggestions suggestions={props.diagnostics.suggestions} templates={props.templates} />
        </>
      }
    >
      {(plan) => (
        <>
          <h3>{t('beforeAfterTitle')}</h3>
          <BeforeAfter before={plan().before} cost={plan().cost} summary={props.diagnostics.summary} />
        </>
      )}
    </Show>
  );
}
