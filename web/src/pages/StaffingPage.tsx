import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { QUEUE_CODES } from '../../../shared/types.ts';
import { api } from '../api.ts';
import { CoverageChart } from '../charts/CoverageChart.tsx';
import { ExhaustedLevers } from '../components/ExhaustedLevers.tsx';
import { LeverLines } from '../components/LeverLines.tsx';
import { leverLines } from '../../../shared/levers/leverLines.ts';
import { CostBreakdown } from '../components/CostBreakdown.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ShortfallTable } from '../components/ShortfallTable.tsx';
import { TeamOnDutyTable } from '../components/TeamOnDutyTable.tsx';
import { teamOnDuty, windowDates } from '../../../shared/labour/teamOnDuty.ts';
import { GapAdvice } from '../components/GapAdvice.tsx';
import { number, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { coverageByQueue } from '../state/coverage.ts';
import { useEvent } from '../state/eventContext.ts';
import { createRosterResource } from '../state/roster.ts';

const HOUR_S = 3600;

/** Staffing: required vs scheduled agents per hour and queue (the requirement alone before the first solve), the shortfall, and what would close it. */
export default function StaffingPage() {
  const ctx = useEvent();
  const [requirement] = createResource(() => ctx.scenario()?.id, api.requirement);
  const [templates] = createResource(ctx.eventId, api.templates);
  const [roster] = createRosterResource();
  const [agents] = createResource(ctx.eventId, api.agents);
  // The event window's days: who of the team works them beside the booked staff, and why the others are home.
  const teamDays = createMemo(() => {
    const e = ctx.event();
    const r = roster();
    const team = agents()?.filter((a) => a.active);
    if (!e || !r || !team) return [];
    return teamOnDuty(r.assignments.filter((a) => a.status === 'confirmed'), team, windowDates(e.windowStart, e.windowEnd));
  });
  const [zoomed, setZoomed] = createSignal(false);
  const coverage = createMemo(() => {
    const rows = requirement();
    return rows && roster() !== undefined ? coverageByQueue(rows, roster() ?? null) : undefined;
  });
  // The window widened to whole days, so the zoom shows the eve and the day after the peak as well.
  const eventWindow = createMemo(() => {
    const e = ctx.event();
    return e ? { from: Date.parse(e.windowStart) / 1000, to: Date.parse(e.windowEnd) / 1000 } : undefined;
  });
  const zoom = () => (zoomed() && eventWindow() ? { from: eventWindow()!.from - 6 * HOUR_S, to: eventWindow()!.to + 6 * HOUR_S } : undefined);
  return (
    <section class="stack">
      <Show when={requirement.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={roster.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={roster() === null}>
        <p class="card muted" data-testid="no-roster-staffing">{t('noRosterStaffing')}</p>
      </Show>
      <Show when={roster()}>
        {(r) => (
          <div class="card">
            <h2>{t('shortfallTitle')}</h2>
            <p classList={{ short: r().diagnostics.summary.totalAgentHours > 0, ok: r().diagnostics.summary.totalAgentHours === 0 }} data-testid="shortfall-summary">
              {r().diagnostics.summary.totalAgentHours > 0 ? t('shortSummary', { hours: number(r().diagnostics.summary.hoursShort), total: number(r().diagnostics.summary.totalAgentHours) }) : t('fullyCovered')}
            </p>
            <Show when={r().diagnostics.cost}>
              {(cost) => (
                <>
                  <h3>{t('costTitle')}</h3>
                  <CostBreakdown cost={cost()} advice={r().diagnostics.advice} />
                  <LeverLines lines={leverLines(r().assignments.filter((a) => a.status === 'confirmed'))} />
                  <ExhaustedLevers exhausted={r().diagnostics.exhausted} replannedFrom={r().diagnostics.replannedFrom} />
                </>
              )}
            </Show>
            <TeamOnDutyTable days={teamDays()} />
            <GapAdvice diagnostics={r().diagnostics} templates={templates() ?? []} />
          </div>
        )}
      </Show>
      <Show when={coverage()}>
        {(c) => (
          <div class="card">
            <div class="row spread">
              <h2>{t('coverageTitle')}</h2>
              <div class="segmented" role="group" aria-label={t('chartRange')}>
                <button classList={{ active: !zoomed() }} onClick={() => setZoomed(false)} data-testid="zoom-horizon">{t('wholeHorizon', { days: Math.ceil(c().pre_sale.hours.length / 24) })}</button>
                <button classList={{ active: zoomed() }} onClick={() => setZoomed(true)} data-testid="zoom-window">{t('eventWindowZoom')}</button>
              </div>
            </div>
            <p class="muted">{t('coverageLegend')}</p>
            <For each={QUEUE_CODES}>{(q) => <CoverageChart title={queueLabel(q)} coverage={c()[q]} window={eventWindow()} zoom={zoom()} testId={`coverage-${q}`} />}</For>
          </div>
        )}
      </Show>
      <Show when={(roster()?.shortfall.length ?? 0) > 0}>
        <ShortfallTable rows={roster()!.shortfall} />
      </Show>
    </section>
  );
}
