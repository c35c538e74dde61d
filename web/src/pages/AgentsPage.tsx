import { createMemo, createResource, createSignal, Show } from 'solid-js';
import { api } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ImportCard } from '../components/ImportCard.tsx';
import { VirtualRows } from '../components/VirtualRows.tsx';
import { number, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { AgentEditor } from './AgentEditor.tsx';

const COLUMNS = '6rem 1fr 6rem 10rem 7rem 5rem 5rem';

/** Agents: CSV import with row errors, the staff list, and editing one agent. */
export default function AgentsPage() {
  const ctx = useEvent();
  const [agents, { refetch, mutate }] = createResource(ctx.eventId, api.agents);
  const [selectedId, setSelectedId] = createSignal<string>();
  const [filter, setFilter] = createSignal('');
  const shown = createMemo(() => {
    const needle = filter().trim().toLowerCase();
    return (agents() ?? []).filter((a) => !needle || `${a.id} ${a.name} ${a.team}`.toLowerCase().includes(needle));
  });
  const selected = createMemo(() => agents()?.find((a) => a.id === selectedId()));
  const header = (
    <div class="grid-row grid-head" style={{ 'grid-template-columns': COLUMNS }}>
      <div class="cell">{t('agentId')}</div>
      <div class="cell">{t('name')}</div>
      <div class="cell">{t('primaryQueue')}</div>
      <div class="cell">{t('crossTrainedFor')}</div>
      <div class="cell">{t('contract')}</div>
      <div class="cell">{t('team')}</div>
      <div class="cell">{t('unavailabilityShort')}</div>
    </div>
  );
  return (
    <section class="stack">
      <ImportCard
        heading="importAgents"
        help="importAgentsHelp"
        testId="agents-file"
        onUpload={async (file) => {
          const r = await api.importAgents(ctx.eventId(), file);
          void refetch();
          return t('agentsImported', { inserted: number(r.inserted), updated: number(r.updated), deactivated: number(r.deactivated) });
        }}
      />
      <div class="split">
        <div class="card">
          <div class="filters">
            <input placeholder={t('searchAgents')} value={filter()} onInput={(e) => setFilter(e.currentTarget.value)} />
            <span class="muted">{t('agentsShown', { shown: shown().length, total: agents()?.length ?? 0 })}</span>
          </div>
          <Show when={agents.error}>{(e) => <ErrorNotice error={e()} />}</Show>
          <VirtualRows items={shown()} rowHeight={32} height={480} header={header}>
            {(a) => (
              <div class="grid-row clickable" classList={{ selected: a.id === selectedId() }} style={{ 'grid-template-columns': COLUMNS, height: '32px' }} onClick={() => setSelectedId(a.id)}>
                <div class="cell agent-id">{a.id}</div>
                <div class="cell">{a.name}</div>
                <div class="cell">{queueLabel(a.primaryQueue)}</div>
                <div class="cell">{a.crossTrainedFor.map(queueLabel).join('、') || '—'}</div>
                <div class="cell">{t(`contract_${a.contract}`)}</div>
                <div class="cell">{a.team}</div>
                <div class="cell">{a.unavailable.length || ''}</div>
              </div>
            )}
          </VirtualRows>
        </div>
        <Show when={selected()} fallback={<p class="card muted">{t('pickAgent')}</p>}>
          {(a) => <AgentEditor eventId={ctx.eventId()} agent={a()} onSaved={(updated) => mutate((list) => list?.map((x) => (x.id === updated.id ? updated : x)))} />}
        </Show>
      </div>
    </section>
  );
}
