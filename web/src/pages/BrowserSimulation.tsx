import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { requirementDays } from '../../../shared/simulate/dayWindow.ts';
import { capLeads } from '../../../shared/simulate/capLeads.ts';
import { ruleOfThumbForSession, type RuleOfThumb } from '../../../shared/simulate/ruleOfThumb.ts';
import { QUEUE_CODES, type QueueCode } from '../../../shared/types.ts';
import { api, ApiError } from '../api.ts';
import { CapChart } from '../charts/CapChart.tsx';
import { CapLeadTable } from '../components/CapLeadTable.tsx';
import { CapTable } from '../components/CapTable.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { JobProgress } from '../components/JobProgress.tsx';
import { RuleOfThumbNote } from '../components/RuleOfThumbNote.tsx';
import { dayLabel, queueLabel, zonedDay } from '../i18n/format.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { createBrowserSimulation } from '../state/browserSimulation.ts';
import { browserSpec, defaultForm, formSession, parseCaps, type BrowserSimulationForm } from '../state/browserSpec.ts';
import { useEvent } from '../state/eventContext.ts';
import { createRosterResource } from '../state/roster.ts';

type NumberField = 'patienceSeconds' | 'slaSeconds' | 'messages' | 'replySeconds' | 'thinkSeconds';
const NUMBER_FIELDS: { field: NumberField; label: MessageKey; step: string }[] = [
  { field: 'patienceSeconds', label: 'patienceSeconds', step: '1' },
  { field: 'slaSeconds', label: 'slaSecondsLabel', step: '1' },
  { field: 'messages', label: 'messagesPerSession', step: '0.5' },
  { field: 'replySeconds', label: 'replySecondsLabel', step: '1' },
  { field: 'thinkSeconds', label: 'thinkSecondsLabel', step: '1' },
];
// The spec's fields under the form's own labels, so a rejected value is named as the supervisor sees it.
const FIELD_LABELS: Record<string, MessageKey> = {
  caps: 'capsList',
  patienceSeconds: 'patienceSeconds',
  slaSeconds: 'slaSecondsLabel',
  'session.messages.mean': 'messagesPerSession',
  'session.replySeconds.mean': 'replySecondsLabel',
  'session.thinkSeconds.mean': 'thinkSecondsLabel',
};
function fieldLabel(field: string | undefined): string | undefined {
  const cap = field && /^caps\.(\d+)$/.exec(field);
  if (cap) return t('capsItem', { n: Number(cap[1]) + 1 });
  return field && FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : field;
}
function withFieldLabels(error: unknown): unknown {
  return error instanceof ApiError ? new ApiError(error.status, { error: { code: error.code, message: error.message, details: error.details.map((d) => ({ ...d, field: fieldLabel(d.field) })) } }) : error;
}

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
  const numberValue = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

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
  // The form's session is every queue's, so one rule of thumb stands beside each queue's recommended cap.
  const rules = createMemo(() => Object.fromEntries(QUEUE_CODES.map((q) => [q, rule()])) as Partial<Record<QueueCode, RuleOfThumb>>);

  return (
    <div class="card stack" data-testid="browser-simulation">
      <h2>{t('browserTitle')}</h2>
      <p class="muted">{t('browserHelp')}</p>
      <Show when={requirement.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={roster.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={roster() === null}>
        <p class="muted">{t('browserNeedsRoster')}</p>
      </Show>
      <div class="filters">
        <label>
          {t('simDay')}
          <select value={form().day ?? ''} onChange={(e) => edit({ day: e.currentTarget.value || null })} data-testid="browser-day">
            <option value="">{t('wholeHorizon', { days: days().length })}</option>
            <For each={days()}>{(day) => <option value={day}>{dayLabel(`${day}T12:00:00+08:00`)}</option>}</For>
          </select>
        </label>
        <label>
          {t('capsList')}
          <input type="text" class="caps" value={capsText() ?? form().caps.join(', ')} onChange={(e) => setCapsText(e.currentTarget.value)} data-testid="browser-caps" />
        </label>
        <For each={NUMBER_FIELDS}>
          {(f) => (
            <label>
              {t(f.label)}
              <input type="number" min="0" step={f.step} value={Number.isNaN(form()[f.field]) ? '' : form()[f.field]} onChange={(e) => edit({ [f.field]: numberValue(e.currentTarget.value) })} data-testid={`browser-${f.field}`} />
            </label>
          )}
        </For>
        <button onClick={run} disabled={!requirement() || !roster() || simulation.running()} data-testid="browser-run">
          {t('runInBrowser')}
        </button>
      </div>
      <Show when={simulation.run()}>{(r) => <JobProgress job={r()} running={simulation.running()} onCancel={simulation.cancel} testId="browser-progress" />}</Show>
      <Show when={simulation.run()?.error}>{(e) => <ErrorNotice error={withFieldLabels(e())} />}</Show>
      <Show when={simulation.run()?.sweep}>
        {(sweep) => (
          <>
            <h3>{t('browserResultTitle')}</h3>
            <CapLeadTable leads={capLeads(sweep().recommended, sweep().planned?.caps ?? {})} rules={rules()} testId="browser-leads" />
            <dl class="figures" data-testid="browser-summary">
              <dt>{t('ruleOfThumbCap')}</dt>
              <dd data-testid="browser-rule-cap">{rule()?.cap}</dd>
            </dl>
            <Show when={rule()}>{(r) => <RuleOfThumbNote rule={r()} testId="browser-rule" />}</Show>
            <div class="filters">
              <label>
                {t('queue')}
                <select value={queue()} onChange={(e) => setQueue(e.currentTarget.value as QueueCode)} data-testid="browser-queue">
                  <For each={sweep().caps[0]?.byQueue ? QUEUE_CODES.filter((q) => sweep().caps[0].byQueue[q]) : []}>{(q) => <option value={q}>{queueLabel(q)}</option>}</For>
                </select>
              </label>
            </div>
            <p class="muted">{t('capChartLegend')}</p>
            <CapChart caps={sweep().caps} queue={queue()} recommendedCap={sweep().recommended?.[queue()]?.cap} currentCap={queueCaps()[queue()] ?? null} testId="browser-cap-chart" />
            <CapTable caps={sweep().caps} queue={queue()} recommendation={sweep().recommended?.[queue()]} currentCap={queueCaps()[queue()] ?? null} testId="browser-cap-table" />
            <p class="muted">{t('unansweredNote')}</p>
          </>
        )}
      </Show>
    </div>
  );
}
