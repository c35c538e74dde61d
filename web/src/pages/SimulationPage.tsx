import { createMemo, createResource, createSignal, Show } from 'solid-js';
import { capLeads } from '../../../shared/simulate/capLeads.ts';
import { ruleOfThumbForQueue, type RuleOfThumb } from '../../../shared/simulate/ruleOfThumb.ts';
import { QUEUE_CODES, type QueueCode } from '../../../shared/types.ts';
import { api } from '../api.ts';
import { CapLeadTable } from '../components/CapLeadTable.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { JobProgress } from '../components/JobProgress.tsx';
import { RuleOfThumbNote } from '../components/RuleOfThumbNote.tsx';
import { dateTime } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { createJob } from '../state/job.ts';
import { createScenarioSimulation } from '../state/simulation.ts';
import { BrowserSimulation } from './BrowserSimulation.tsx';
import { CapHeatMap } from './simulation/CapHeatMap.tsx';
import { CapSweep } from './simulation/CapSweep.tsx';

/**
 * Simulation: leads with each queue's service at its own cap and at the recommended one; then one queue's
 * figures against the cap and its first-response P90 per hour.
 */
export default function SimulationPage() {
  const ctx = useEvent();
  const { simulation, solved, status, refetch } = createScenarioSimulation();
  const job = createJob(() => api.simulate(ctx.scenario()!.id), refetch);
  const [queueInfo] = createResource(
    () => (ctx.scenario() ? { eventId: ctx.eventId(), scenarioId: ctx.scenario()!.id } : undefined),
    ({ eventId, scenarioId }) => api.queues(eventId, scenarioId),
  );
  // The server simulates each queue with its own chat model, so each queue's rule of thumb is read off it.
  const rules = createMemo(() => Object.fromEntries((queueInfo() ?? []).map((q) => [q.code, ruleOfThumbForQueue(q.params)])) as Partial<Record<QueueCode, RuleOfThumb>>);
  const [queue, setQueue] = createSignal<QueueCode>('pre_sale');
  const result = () => simulation()?.result;
  const leads = createMemo(() => (result() ? capLeads(result()!.sweep.recommended, result()!.summary.caps ?? {}) : []));
  const recommendation = () => result()?.sweep.recommended?.[queue()];
  const currentCap = () => result()?.summary.caps?.[queue()] ?? null;
  return (
    <section class="stack">
      <div class="card stack">
        <div class="actions">
          <button onClick={() => job.run()} disabled={!ctx.scenario() || solved() !== true || job.running()} data-testid="simulate">
            {t('runSimulation')}
          </button>
          <span class="muted">{t('simulationHelp')}</span>
        </div>
        <Show when={job.job()}>{(j) => <JobProgress job={j()} running={job.running()} onCancel={job.cancel} />}</Show>
        <Show when={job.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
        <Show when={status.error}>{(e) => <ErrorNotice error={e()} />}</Show>
        <Show when={simulation.error}>{(e) => <ErrorNotice error={e()} />}</Show>
        <Show when={queueInfo.error}>{(e) => <ErrorNotice error={e()} />}</Show>
        <Show when={solved() === false}>
          <p class="muted" data-testid="simulate-unsolved">{t('simulateUnsolved')}</p>
        </Show>
        <Show when={simulation() === null && solved() === true}>
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
              <CapSweep caps={r().sweep.caps} queues={QUEUE_CODES} queue={queue()} onQueue={setQueue} recommendation={recommendation()} currentCap={currentCap()} testIds={{ queue: 'sim-queue', note: 'unanswered-note' }} />
            </div>
            <CapHeatMap caps={r().sweep.caps} queue={queue()} recommendedCap={recommendation()?.cap} currentCap={currentCap()} />
          </>
        )}
      </Show>
      <BrowserSimulation />
    </section>
  );
}
