import { createMemo, createResource, createSignal, Show } from 'solid-js';
import { requirementDays } from '../../../shared/simulate/dayWindow.ts';
import { ruleOfThumbForSession } from '../../../shared/simulate/ruleOfThumb.ts';
import type { QueueCode } from '../../../shared/types.ts';
import { api } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { JobProgress } from '../components/JobProgress.tsx';
import { zonedDay } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { createBrowserSimulation } from '../state/browserSimulation.ts';
import { browserSpec, defaultForm, formSession, parseCaps, type BrowserSimulationForm } from '../state/browserSpec.ts';
import { useEvent } from '../state/eventContext.ts';
import { createRosterResource } from '../state/roster.ts';
import { BrowserSimulationFields } from './simulation/BrowserSimulationFields.tsx';
import { BrowserSweepResult } from './simulation/BrowserSweepResult.tsx';
import { withFieldLabels } from './simulation/fieldLabels.ts';

/**
 * Try caps in the browser: the scenario's roster and requirement through the shared simulator in a Web Worker,
 * with the supervisor's caps and session; the page stays responsive and a run can be cancelled.
 */
export function BrowserSimulation() {
  const ctx = useEvent();
  const [requirement] = createResource(() => ctx.scenario()?.id, (scenarioId) => api.requirement(scenarioId));
  const [roster] = createRosterResource();
  const [queues] = createResource(
    () => (ctx.scenario() ? { eventId: ctx.eventId(), scenarioId: ctx.scenario()!.id } : undefined),
    ({ eventId, scenarioId }) => api.queues(eventId, scenarioId),
  );
  const scenarioCap = () => queues()?.find((q) => q.code === 'pre_sale')?.params.concurrencyCap;
  const queueCaps = () => Object.fromEntries((queues() ?? []).map((q) => [q.code, q.params.concurrencyCap])) as Partial<Record<QueueCode, number>>;
  const [queue, setQueue] = createSignal<QueueCode>('pre_sale');
  const days = createMemo(() => requirementDays(requirement() ?? []));
  // The event's middle day (Double 11 itself for the demo): one day runs in a second or two.
  const eventDay = () => {
    const e = ctx.event();
    const day = e ? zonedDay(new Date((Date.parse(e.windowStart) + Date.parse(e.windowEnd)) / 2).toISOString()) : undefined;
    return day && days().includes(day) ? day : (days()[0] ?? null);
  };
  const [edits, setEdits] = createSignal<Partial<BrowserSimulationForm>>({});
  // The caps as typed, kept so a mistyped entry stays on screen as written.
  const [capsText, setCapsText] = createSignal<string>();
  const form = createMemo<BrowserSimulationForm>(() => {
    const base = { ...defaultForm(eventDay(), ctx.scenario()?.params.simulationCaps, scenarioCap()), ...edits() };
    const text = capsText();
    return text === undefined ? base : { ...base, caps: parseCaps(text) };
  });
  const edit = (patch: Partial<BrowserSimulationForm>) => setEdits({ ...edits(), ...patch });

  const simulation = createBrowserSimulation();
  // The session the shown result was simulated with, for its rule of thumb (the form may change after a run).
  const [ranWith, setRanWith] = createSignal<BrowserSimulationForm>();
  const run = () => {
    const scenario = ctx.scenario();
    const shifts = roster()?.assignments;
    const hours = requirement();
    if (!scenario || !shifts || !hours) return;
    setRanWith(form());
    simulation.start(browserSpec(hours, shifts, form(), scenario.id, queueCaps()));
  };
  const rule = createMemo(() => {
    const f = ranWith();
    return f ? ruleOfThumbForSession(formSession(f)) : undefined;
  });

  return (
    <div class="card stack" data-testid="browser-simulation">
      <h2>{t('browserTitle')}</h2>
      <p class="muted">{t('browserHelp')}</p>
      <Show when={requirement.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={roster.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={roster() === null}>
        <p class="muted">{t('browserNeedsRoster')}</p>
      </Show>
      <BrowserSimulationFields
        form={form()}
        days={days()}
        capsText={capsText()}
        onCapsText={setCapsText}
        onEdit={edit}
        onRun={run}
        canRun={!!requirement() && !!roster() && !simulation.running()}
      />
      <Show when={simulation.run()}>{(r) => <JobProgress job={r()} running={simulation.running()} onCancel={simulation.cancel} testId="browser-progress" />}</Show>
      <Show when={simulation.run()?.error}>{(e) => <ErrorNotice error={withFieldLabels(e())} />}</Show>
      <Show when={simulation.run()?.sweep}>{(sweep) => <BrowserSweepResult sweep={sweep()} rule={rule()} queueCaps={queueCaps()} queue={queue()} onQueue={setQueue} />}</Show>
    </div>
  );
}
