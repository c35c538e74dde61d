import { createMemo, createResource, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { SHIFT_NOTE_MAX_LENGTH } from '../../../shared/roster/publish/shiftNote.ts';
import { api } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LegalExcessTable } from '../components/LegalExcessTable.tsx';
import { RosterFilters } from '../components/RosterFilters.tsx';
import { RosterGrid, type RosterRow, type RosterShift } from '../components/RosterGrid.tsx';
import { TemplateLegend } from '../components/TemplateLegend.tsx';
import { ShiftNoteEditor } from '../components/ShiftNoteEditor.tsx';
import { SolvePanel } from '../components/SolvePanel.tsx';
import { dayLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { createPublishedRosterIdResource, createRosterResource } from '../state/roster.ts';
import { filterRows, horizonDays, rosterRowCounts, rosterRows, rosterTemplates, templateStyles, type RosterFilter } from '../state/rosterGrid.ts';

/** Room the page keeps above and below the grid, so the grid fills the rest of the window. */
const CHROME_PX = 150;
const MIN_GRID_PX = 420;

/** Roster: solve and publish, then the agents × days grid with filters by team, queue and shift template (a click on a shift edits its note), then the working time beyond the legal figures. */
export default function RosterPage() {
  const ctx = useEvent();
  const [roster, { refetch }] = createRosterResource();
  const [publishedRosterId, { refetch: refetchPublished }] = createPublishedRosterIdResource();
  const [agents] = createResource(ctx.eventId, api.agents);
  const [templates] = createResource(ctx.eventId, api.templates);
  const [filter, setFilter] = createSignal<RosterFilter>({ team: '', queue: '', template: '' });
  const [picked, setPicked] = createSignal<{ row: RosterRow; date: string; shift: RosterShift }>();
  const [gridHeight, setGridHeight] = createSignal(MIN_GRID_PX);
  onMount(() => {
    const fit = () => setGridHeight(Math.max(MIN_GRID_PX, window.innerHeight - CHROME_PX));
    fit();
    window.addEventListener('resize', fit);
    onCleanup(() => window.removeEventListener('resize', fit));
  });
  const saveNote = async (note: string | null) => {
    const p = picked();
    const r = roster();
    if (!p || !r) return;
    await api.setShiftNote(r.id, p.shift.id, note);
    setPicked(undefined);
    void refetch();
  };
  const styles = createMemo(() => templateStyles(rosterTemplates(templates() ?? [], roster())));
  const days = createMemo(() => (ctx.event() ? horizonDays(ctx.event()!) : []));
  const rows = createMemo(() => rosterRows(roster(), agents() ?? []));
  const filtered = createMemo(() => filterRows(rows(), filter()));
  const shownCounts = createMemo(() => rosterRowCounts(filtered()));
  const totalCounts = createMemo(() => rosterRowCounts(rows()));
  const teams = createMemo(() => [...new Set((agents() ?? []).map((a) => a.team))].sort());
  const [legalExcess] = createResource(() => roster()?.id, api.legalExcess);

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
          <RosterFilters filter={filter()} onChange={setFilter} teams={teams()} templates={[...styles().values()]} shown={shownCounts()} total={totalCounts()} />
          <TemplateLegend templates={[...styles().values()]} />
          <p class="muted">{t('shiftNotePick')}</p>
          <RosterGrid
            rows={filtered()}
            days={days()}
            templates={styles()}
            height={gridHeight()}
            picked={picked() && { agentId: picked()!.row.agent.id, date: picked()!.date }}
            onPick={(row, date, shift) => setPicked({ row, date, shift })}
          />
        </div>
      </Show>
      <Show when={legalExcess.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={roster() && legalExcess()}>{(excess) => <LegalExcessTable excess={excess()} />}</Show>
      <Show when={picked()} keyed>
        {(p) => (
          <div class="side-panel">
            <ShiftNoteEditor
              title={t('shiftNoteFor', { agent: `${p.row.agent.id} ${p.row.agent.name}`, day: dayLabel(p.shift.start) })}
              note={p.shift.note}
              maxLength={SHIFT_NOTE_MAX_LENGTH}
              onSave={saveNote}
              onClose={() => setPicked(undefined)}
            />
          </div>
        )}
      </Show>
    </section>
  );
}
