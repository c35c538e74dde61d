import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { SHIFT_NOTE_MAX_LENGTH } from '../../../shared/roster/publish/shiftNote.ts';
import { QUEUE_CODES, type QueueCode } from '../../../shared/types.ts';
import { api } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { RosterGrid, TemplateLegend, type RosterRow, type RosterShift, type TemplateStyle } from '../components/RosterGrid.tsx';
import { ShiftNoteEditor } from '../components/ShiftNoteEditor.tsx';
import { SolvePanel } from '../components/SolvePanel.tsx';
import { queueLabel, templateLabel, zonedDay } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { createPublishedRosterIdResource, createRosterResource } from '../state/roster.ts';

const PALETTE = ['#bfdbfe', '#fde68a', '#c7d2fe', '#bbf7d0', '#fbcfe8', '#fed7aa', '#99f6e4', '#e9d5ff'];
const DAY_MS = 86_400_000;

/** Roster: solve and publish, then the agents × days grid with filters by team, queue and shift template; a click on a shift edits its note. */
export default function RosterPage() {
  const ctx = useEvent();
  const [roster, { refetch }] = createRosterResource();
  const [publishedRosterId, { refetch: refetchPublished }] = createPublishedRosterIdResource();
  const [agents] = createResource(ctx.eventId, api.agents);
  const [templates] = createResource(ctx.eventId, api.templates);
  const [team, setTeam] = createSignal('');
  const [queue, setQueue] = createSignal<QueueCode | ''>('');
  const [template, setTemplate] = createSignal('');
  const [picked, setPicked] = createSignal<{ row: RosterRow; date: string; shift: RosterShift }>();
  const saveNote = async (note: string | null) => {
    const p = picked();
    const r = roster();
    if (!p || !r) return;
    await api.setShiftNote(r.id, p.shift.id, note);
    setPicked(undefined);
    void refetch();
  };

  const templateStyles = createMemo(() => new Map<string, TemplateStyle>((templates() ?? []).map((tpl, i) => [tpl.code, { ...tpl, colour: PALETTE[i % PALETTE.length] }])));
  const days = createMemo(() => {
    const e = ctx.event();
    if (!e) return [];
    const count = Math.round((Date.parse(e.horizonEnd) - Date.parse(e.horizonStart)) / DAY_MS);
    return Array.from({ length: count }, (_, d) => {
      const iso = new Date(Date.parse(e.horizonStart) + d * DAY_MS + 12 * 3_600_000).toISOString();
      return { iso, date: zonedDay(iso) };
    });
  });
  const rows = createMemo<RosterRow[]>(() => {
    const byAgent = new Map<string, Map<string, RosterShift>>();
    for (const a of roster()?.assignments ?? []) {
      if (a.status !== 'confirmed') continue;
      let shifts = byAgent.get(a.agentId);
      if (!shifts) byAgent.set(a.agentId, (shifts = new Map()));
      shifts.set(zonedDay(a.start), a);
    }
    return (agents() ?? []).map((agent) => ({ agent, shifts: byAgent.get(agent.id) ?? new Map() }));
  });
  const filtered = createMemo(() =>
    rows().filter((row) => {
      if (team() && row.agent.team !== team()) return false;
      const shifts = [...row.shifts.values()];
      if (queue() && row.agent.primaryQueue !== queue() && !shifts.some((s) => s.queue === queue())) return false;
      if (template() && !shifts.some((s) => s.template === template())) return false;
      return true;
    }),
  );
  const teams = createMemo(() => [...new Set((agents() ?? []).map((a) => a.team))].sort());

  return (
    <section class="stack">
      <SolvePanel
        roster={roster()}
        publishedRosterId={publishedRosterId.error ? undefined : publishedRosterId()}
        onChanged={() => {
          void refetch();
          void refetchPublished();
        }}
      />
      <Show when={publishedRosterId.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={roster.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={agents.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={roster()}>
        <div class="card">
          <div class="filters">
            <label>
              {t('team')}
              <select value={team()} onChange={(e) => setTeam(e.currentTarget.value)} data-testid="filter-team">
                <option value="">{t('all')}</option>
                <For each={teams()}>{(name) => <option value={name}>{name}</option>}</For>
              </select>
            </label>
            <label>
              {t('queue')}
              <select value={queue()} onChange={(e) => setQueue(e.currentTarget.value as QueueCode | '')} data-testid="filter-queue">
                <option value="">{t('all')}</option>
                <For each={QUEUE_CODES}>{(q) => <option value={q}>{queueLabel(q)}</option>}</For>
              </select>
            </label>
            <label>
              {t('template')}
              <select value={template()} onChange={(e) => setTemplate(e.currentTarget.value)} data-testid="filter-template">
                <option value="">{t('all')}</option>
                <For each={templates()}>{(tpl) => <option value={tpl.code}>{`${tpl.code} ${templateLabel(tpl)}`}</option>}</For>
              </select>
            </label>
            <span class="muted">{t('agentsShown', { shown: filtered().length, total: rows().length })}</span>
          </div>
          <TemplateLegend templates={[...templateStyles().values()]} />
          <p class="muted">{t('shiftNotePick')}</p>
          <RosterGrid rows={filtered()} days={days()} templates={templateStyles()} height={560} onPick={(row, date, shift) => setPicked({ row, date, shift })} />
        </div>
      </Show>
      <Show when={picked()} keyed>
        {(p) => (
          <ShiftNoteEditor
            title={t('shiftNoteFor', { agent: `${p.row.agent.id} ${p.row.agent.name}`, day: p.date })}
            note={p.shift.note}
            maxLength={SHIFT_NOTE_MAX_LENGTH}
            onSave={saveNote}
            onClose={() => setPicked(undefined)}
          />
        )}
      </Show>
    </section>
  );
}
