import { createMemo, createSignal, For, Show } from 'solid-js';
import { QUEUE_CODES, type QueueCode } from '../../../shared/types.ts';
import { api } from '../api.ts';
import { CapChart } from '../charts/CapChart.tsx';
import { CapTable } from '../components/CapTable.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { HeatMap, type HeatRow } from '../components/HeatMap.tsx';
import { JobProgress } from '../components/JobProgress.tsx';
import { ruleOfThumbForSession } from '../../../shared/simulate/ruleOfThumb.ts';
import { RuleOfThumbNote } from '../components/RuleOfThumbNote.tsx';
import { dateTime, dayLabel, percent, queueLabel, secondsOrNever as seconds } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { createJob } from '../state/job.ts';
import { DEFAULT_SESSION } from '../state/browserSpec.ts';
import { createSimulationResource } from '../state/simulation.ts';
import { BrowserSimulation } from './BrowserSimulation.tsx';

// The server simulates with the simulator's default session, so its rule of thumb is that session's.
const SERVER_RULE = ruleOfThumbForSession(DEFAULT_SESSION);
const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

/** Simulation: run the scenario's roster through the queue simulator at every cap; percentiles against cap, per-hour heat map. */
export default function SimulationPage() {
  const ctx = useEvent();
  const [simulation, { refetch }] = createSimulationResource();
  const job = createJob(() => api.simulate(ctx.scenario()!.id), () => void refetch());
  const [cap, setCap] = createSignal<number>();
  const [queue, setQueue] = createSignal<QueueCode>('pre_sale');
  const result = () => simulation()?.result;
  const shownCap = () => cap() ?? result()?.summary.bestCap;
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
        <Show when={simulation() === null}>
          <p class="muted">{t('noSimulation')}</p>
        </Show>
        <Show when={simulation()}>
          {(s) => (
            <dl class="figures" data-testid="simulation-summary">
              <dt>{t('simulatedAt')}</dt>
              <dd>{dateTime(s().createdAt)}</dd>
              <dt>{t('scenarioCap')}</dt>
              <dd>{s().result.summary.cap}</dd>
              <dt>{t('recommendedCap')}</dt>
              <dd class="best" data-testid="best-cap">{s().result.summary.bestCap}</dd>
              <dt>{t('ruleOfThumbCap')}</dt>
              <dd data-testid="rule-cap">{SERVER_RULE.cap}</dd>
              <dt>{t('serviceLevel')}</dt>
              <dd>{percent(s().result.summary.serviceLevel)}</dd>
              <dt>{t('firstResponseP90')}</dt>
              <dd>{seconds(s().result.summary.p90FirstResponseSeconds)}</dd>
              <dt>{t('abandonment')}</dt>
              <dd>{percent(s().result.summary.abandonmentRate)}</dd>
            </dl>
          )}
        </Show>
        <Show when={simulation()}>
          <RuleOfThumbNote rule={SERVER_RULE} testId="rule" />
        </Show>
      </div>
      <Show when={result()}>
        {(r) => (
          <>
            <div class="card">
              <h2>{t('capChartTitle')}</h2>
              <p class="muted">{t('capChartLegend')}</p>
              <CapChart caps={r().sweep.caps} bestCap={r().summary.bestCap} currentCap={r().summary.cap} />
              <CapTable caps={r().sweep.caps} bestCap={r().summary.bestCap} currentCap={r().summary.cap} seconds={seconds} />
            </div>
            <div class="card">
              <h2>{t('heatTitle')}</h2>
              <div class="filters">
                <label>
                  {t('cap')}
                  <select value={shownCap()} onChange={(e) => setCap(Number(e.currentTarget.value))} data-testid="heat-cap">
                    <For each={r().sweep.caps}>{(c) => <option value={c.cap}>{c.cap === r().summary.bestCap ? `${c.cap} ★` : c.cap}</option>}</For>
                  </select>
                </label>
                <label>
                  {t('queue')}
                  <select value={queue()} onChange={(e) => setQueue(e.currentTarget.value as QueueCode)}>
                    <For each={QUEUE_CODES}>{(q) => <option value={q}>{queueLabel(q)}</option>}</For>
                  </select>
                </label>
                <span class="muted">{t('heatLegend', { max: seconds(heat().max) })}</span>
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
