import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { capLeads } from '../../../shared/simulate/capLeads.ts';
import { ruleOfThumbForQueue, type RuleOfThumb } from '../../../shared/simulate/ruleOfThumb.ts';
import { QUEUE_CODES, type QueueCode } from '../../../shared/types.ts';
import { api } from '../api.ts';
import { CapChart } from '../charts/CapChart.tsx';
import { CapLeadTable } from '../components/CapLeadTable.tsx';
import { CapTable } from '../components/CapTable.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { HeatMap, type HeatRow } from '../components/HeatMap.tsx';
import { JobProgress } from '../components/JobProgress.tsx';
import { RuleOfThumbNote } from '../components/RuleOfThumbNote.tsx';
import { dateTime, dayLabel, percentileSeconds as seconds, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { createJob } from '../state/job.ts';
import { createSimulationResource } from '../state/simulation.ts';
import { BrowserSimulation } from './BrowserSimulation.tsx';

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

/**
 * Simulation: leads with each queue's service at its own cap and at the recommended one; then one queue's
 * figures against the cap and its first-response P90 per hour.
 */
export default function SimulationPage() {
  const ctx = useEvent();
  const [simulation, { refetch }] = createSimulationResource();
  const job = createJob(() => api.simulate(ctx.scenario()!.id), () => void refetch());
  const [queueInfo] = createResource(
    () => (ctx.scenario() ? { eventId: ctx.eventId(), scenarioId: ctx.scenario()!.id } : undefined),
    ({ eventId, scenarioId }) => api.queues(eventId, scenarioId),
  );
  // The server simulates each queue with its own chat model, so each queue's rule of thumb is read off it.
  const rules = createMemo(() => Object.fromEntries((queueInfo() ?? []).map((q) => [q.code, ruleOfThumbForQueue(q.params)])) as Partial<Record<QueueCode, RuleOfThumb>>);
  const [cap, setCap] = createSignal<number>();
  const [queue, setQueue] = createSignal<QueueCode>('pre_sale');
  const result = () => simulation()?.result;
  const leads = createMemo(() => (result() ? capLeads(result()!.sweep.recommended, result()!.summary.caps ?? {}) : []));
  const recommendation = () => result()?.sweep.recommended?.[queue()];
  const currentCap = () => result()?.summary.caps?.[queue()] ?? null;
  const shownCap = () => cap() ?? recommendation()?.cap ?? currentCap() ?? result()?.sweep.caps[0]?.cap;
  // Rows are days, columns hours of the day (hourStart carries +08:00, so its text is Shanghai wall time).
  const heat = createMemo(() => {
    const capResult = result()?.sweep.caps.find((c) => c.cap === shownCap());
    if (!capResult) return { rows: [] as HeatRow[], max: 0 };
    const days = new Map<string, HeatRow>();
    let max = 0;
    for (const h of capResult.byHour) {
      if (h.queue !== queue()) continue;
      const day = h.hourStart.slice(0, 10);
      if (!days.has(day)) days.set(day, { label: dayLabel(h.hourStart), values: Array(24).fill(null) });
      const value = h.arrivals === 0 ? null : (h.firstResponseP90 ?? Infinity);
      days.get(day)!.values[Number(h.hourStart.slice(11, 13))] = value;
      if (value !== null && Number.isFinite(value)) max = Math.max(max, value);
    }
    return { rows: [...days.values()], max };
  });
  return (
    <section class="stack">
      <div class="card stack">
        <div class="actions">
          <button onClick={() => job.run()} disabled={!ctx.scenario() || job.running()} data-testid="simulate">
            {t('runSimulation')}
          </button>
          <span class="muted">{t('simulationHelp')}</span>
        </div>
        <Show when={job.job()}>{(j) => <JobProgress job={j()} running={job.running()} onCancel={job.cancel} />}</Show>
        <Show when={job.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
        <Show when={simulation.error}>{(e) => <ErrorNotice error={e()} />}</Show>
        <Show when={queueInfo.error}>{(e) => <ErrorNotice error={e()} />}</Show>
        <Show when={simulation() === null}>
          <p class="muted">{t('noSimulation')}</p>
        </Show>
        <Show when={simulation()}>
          {(s) => (
            <>
              <dl class="figures" data-testid="simulation-summary">
                <dt>{t('simulatedAt')}</dt>
                <dd>{dateTime(s().createdAt)}</dd>
              </dl>
              <h2>{t('leadTitle')}</h2>
              <Show when={leads().length > 0} fallback={<p class="muted">{t('rerunForRecommendation')}</p>}>
                <CapLeadTable leads={leads()} rules={rules()} />
              </Show>
            </>
          )}
        </Show>
        <Show when={simulation() && rules()[queue()]}>{(r) => <RuleOfThumbNote rule={r()} testId="rule" />}</Show>
      </div>
      <Show when={result()}>
        {(r) => (
          <>
            <div class="card">
              <h2>{t('capChartTitle')}</h2>
              <div class="filters">
                <label>
                  {t('queue')}
                  <select value={queue()} onChange={(e) => setQueue(e.currentTarget.value as QueueCode)} data-testid="sim-queue">
                    <For each={QUEUE_CODES}>{(q) => <option value={q}>{queueLabel(q)}</option>}</For>
                  </select>
                </label>
              </div>
              <p class="muted">{t('capChartLegend')}</p>
              <CapChart caps={r().sweep.caps} queue={queue()} recommendedCap={recommendation()?.cap} currentCap={currentCap()} />
              <CapTable caps={r().sweep.caps} queue={queue()} recommendation={recommendation()} currentCap={currentCap()} />
              <p class="muted" data-testid="unanswered-note">
                {t('unansweredNote')}
              </p>
            </div>
            <div class="card">
              <h2>{t('heatTitle')}</h2>
              <div class="filters">
                <label>
                  {t('cap')}
                  <select value={shownCap()} onChange={(e) => setCap(Number(e.currentTarget.value))} data-testid="heat-cap">
                    <For each={r().sweep.caps}>{(c) => <option value={c.cap}>{c.cap === recommendation()?.cap ? `${c.cap} ★` : c.cap}</option>}</For>
                  </select>
                </label>
                <span class="muted">
                  {queueLabel(queue())} · {t('heatLegend', { max: seconds(heat().max) })}
                </span>
              </div>
              <HeatMap columns={HOURS} rows={heat().rows} max={heat().max} format={seconds} testId="heatmap" />
            </div>
          </>
        )}
      </Show>
      <BrowserSimulation />
    </section>
  );
}
