import { A } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { DEFAULT_CALL_IN_NOTICE_HOURS } from '../../../shared/replan/types.ts';
import type { QueueCode } from '../../../shared/types.ts';
import { api, type FactorOverrides } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LiveHoursTable } from '../components/LiveHoursTable.tsx';
import { ReplanChanges } from '../components/ReplanChanges.tsx';
import { ServiceAheadTable } from '../components/ServiceAheadTable.tsx';
import { dateTime, number, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { createAction } from '../state/action.ts';
import { useEvent } from '../state/eventContext.ts';
import { liveRows } from '../state/live.ts';

/** During the event: actuals against the forecast, the re-forecast factor (overridable), the re-plan's changes, applied with one click, and the simulated service of the hours ahead. */
export default function LivePage() {
  const ctx = useEvent();
  const [overrides, setOverrides] = createSignal<FactorOverrides>({});
  const source = () => ({ eventId: ctx.eventId(), overrides: overrides() });
  const [reforecast] = createResource(source, (s) => api.reforecast(s.eventId, s.overrides));
  // A re-plan starts from the published roster: before one is published there is nothing to ask for, and the
  // server's answer (409) would read as an error where the supervisor has simply not got that far.
  const [status, { refetch: refetchStatus }] = createResource(ctx.eventId, api.eventStatus);
  const unpublished = () => status()?.published === null;
  const [plan] = createResource(() => (status()?.published ? source() : undefined), (s) => api.replan(s.eventId, { factor: s.overrides }));
  const applying = createAction();
  const [applied, setApplied] = createSignal<number>();
  const rows = createMemo(() => {
    const rf = reforecast();
    const e = ctx.event();
    return rf && e ? liveRows(rf, plan.error ? undefined : plan(), e.windowStart, e.windowEnd) : [];
  });
  const setFactor = (queue: QueueCode, text: string) => {
    const value = Number(text);
    const next = { ...overrides() };
    if (text.trim() === '' || !Number.isFinite(value)) delete next[queue];
    else next[queue] = value;
    setOverrides(next);
  };
  const apply = async () => {
    const current = plan();
    if (!current) return;
    const result = await applying.run(() => api.replan(ctx.eventId(), { factor: overrides(), apply: true, expectedPublishedRosterId: current.rosterId }));
    if (result) {
      setApplied(result.changes.length);
      // Applying publishes the re-planned roster: the status names the new one, and the re-plan shown (asked again
      // as the status changes) starts from it.
      void refetchStatus();
    }
  };
  return (
    <section class="card stack">
      <h2>{t('liveTitle')}</h2>
      <p class="muted">{t('liveHelp')}</p>
      <Show when={reforecast.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={reforecast()}>
        {(rf) => (
          <>
            <p class="muted" data-testid="live-now">{rf().rows.some((r) => r.actual !== undefined) ? t('liveNow', { now: dateTime(rf().now) }) : t('liveNoActuals')}</p>
            <div class="filters" data-testid="live-factors">
              <For each={rf().factors}>
                {(f) => (
                  <label>
                    {t('liveFactor', { queue: queueLabel(f.queue), measured: number(f.measured, 2) })}
                    <input type="number" step="0.05" min="0.2" max="5" placeholder={number(f.measured, 2)} value={overrides()[f.queue] ?? ''} onChange={(ev) => setFactor(f.queue, ev.currentTarget.value)} data-testid={`factor-${f.queue}`} />
                    <span class="muted">{t(`factorSource_${f.source}`)}</span>
                  </label>
                )}
              </For>
            </div>
          </>
        )}
      </Show>
      <h3>{t('replanTitle')}</h3>
      <p class="muted">{t('replanHelp', { notice: number(DEFAULT_CALL_IN_NOTICE_HOURS) })}</p>
      <Show when={status.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={unpublished()}>
        <p class="muted" data-testid="replan-unpublished">
          {t('replanUnpublished')} <A href={`/events/${ctx.eventId()}/roster`}>{t('replanUnpublishedGo')}</A>
        </p>
      </Show>
      <Show when={plan.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={plan.loading}>
        <p class="muted">{t('loading')}</p>
      </Show>
      <Show when={!plan.error && plan()}>
        {(p) => (
          <>
            <ReplanChanges replan={p()} />
            <div>
              <button type="button" disabled={applying.busy() || p().changes.length === 0} onClick={() => void apply()} data-testid="replan-apply">
                {t('replanApply')}
              </button>
            </div>
            <ServiceAheadTable service={p().service} />
          </>
        )}
      </Show>
      <Show when={applying.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={applied() !== undefined}>
        <p data-testid="replan-applied">{t('replanApplied', { n: applied() ?? 0 })}</p>
      </Show>
      <h3>{t('liveHoursTitle')}</h3>
      <LiveHoursTable rows={rows()} />
    </section>
  );
}

