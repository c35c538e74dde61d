import { createMemo, createResource, For, Show } from 'solid-js';
import { QUEUE_CODES } from '../../../shared/types.ts';
import { api } from '../api.ts';
import { CoverageChart } from '../charts/CoverageChart.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Suggestions } from '../components/Suggestions.tsx';
import { dateTime, number, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { coverageByQueue } from '../state/coverage.ts';
import { useEvent } from '../state/eventContext.ts';
import { createRosterResource } from '../state/roster.ts';

/** Staffing: required vs scheduled agents per hour and queue, the shortfall, and what would close it. */
export default function StaffingPage() {
  const ctx = useEvent();
  const [requirement] = createResource(() => ctx.scenario()?.id, api.requirement);
  const [roster] = createRosterResource();
  const coverage = createMemo(() => {
    const event = ctx.event();
    const rows = requirement();
    return event && rows && roster() !== undefined ? coverageByQueue(rows, roster() ?? null, event) : undefined;
  });
  const shortfall = createMemo(() => [...(roster()?.shortfall ?? [])].sort((a, b) => b.required - b.scheduled - (a.required - a.scheduled)));
  return (
    <section class="stack">
      <Show when={requirement.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={roster.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={roster() === null}>
        <p class="card muted">{t('noRosterStaffing')}</p>
      </Show>
      <Show when={roster()}>
        {(r) => (
          <div class="card">
            <h2>{t('shortfallTitle')}</h2>
            <p classList={{ short: r().diagnostics.summary.totalAgentHours > 0, ok: r().diagnostics.summary.totalAgentHours === 0 }} data-testid="shortfall-summary">
              {r().diagnostics.summary.totalAgentHours > 0 ? t('shortSummary', { hours: number(r().diagnostics.summary.hoursShort), total: number(r().diagnostics.summary.totalAgentHours) }) : t('fullyCovered')}
            </p>
            <h3>{t('suggestions')}</h3>
            <Suggestions suggestions={r().diagnostics.suggestions} />
          </div>
        )}
      </Show>
      <Show when={coverage()}>
        {(c) => (
          <div class="card">
            <h2>{t('coverageTitle')}</h2>
            <p class="muted">{t('coverageLegend')}</p>
            <For each={QUEUE_CODES}>{(q) => <CoverageChart title={queueLabel(q)} coverage={c()[q]} testId={`coverage-${q}`} />}</For>
          </div>
        )}
      </Show>
      <Show when={shortfall().length > 0}>
        <div class="card">
          <h2>{t('shortHoursTitle')}</h2>
          <div class="scroll">
            <table class="table compact" data-testid="shortfall-table">
              <thead>
                <tr>
                  <th>{t('hour')}</th>
                  <th>{t('queue')}</th>
                  <th>{t('required')}</th>
                  <th>{t('scheduled')}</th>
                  <th>{t('short')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={shortfall()}>
                  {(row) => (
                    <tr class="short-row">
                      <td>{dateTime(row.hourStart)}</td>
                      <td>{queueLabel(row.queue)}</td>
                      <td>{row.required}</td>
                      <td>{row.scheduled}</td>
                      <td class="short">{row.required - row.scheduled}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </div>
      </Show>
    </section>
  );
}
