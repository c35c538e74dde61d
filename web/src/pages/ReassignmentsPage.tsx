import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { QUEUE_CODES, type QueueCode } from '../../../shared/types.ts';
import { api, type RosterDetail } from '../api.ts';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { dateTime, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { createRosterResource } from '../state/roster.ts';

type Move = RosterDetail['reassignments'][number];

/** Reassignments: who moves to which queue when, and when they return to their own. */
export default function ReassignmentsPage() {
  const ctx = useEvent();
  const [roster] = createRosterResource();
  const [agents] = createResource(ctx.eventId, api.agents);
  const [toQueue, setToQueue] = createSignal<QueueCode | ''>('');
  const names = createMemo(() => new Map((agents() ?? []).map((a) => [a.id, a.name])));
  const columns: Column<Move>[] = [
    {
      header: 'agent',
      cell: (m) => (
        <>
          <span class="agent-id">{m.agentId}</span> {names().get(m.agentId) ?? ''}
        </>
      ),
    },
    { header: 'fromQueue', cell: (m) => queueLabel(m.fromQueue) },
    { header: 'toQueue', cell: (m) => <span class="badge move">→{queueLabel(m.toQueue)}</span> },
    { header: 'movesAt', cell: (m) => dateTime(m.start) },
    { header: 'returnsAt', cell: (m) => t('returnsTo', { time: dateTime(m.end), queue: queueLabel(m.fromQueue) }) },
  ];
  const moves = createMemo(() => [...(roster()?.reassignments ?? [])].filter((m) => !toQueue() || m.toQueue === toQueue()).sort((a, b) => a.start.localeCompare(b.start) || a.agentId.localeCompare(b.agentId)));
  return (
    <section class="card stack">
      <h2>{t('reassignmentsTitle')}</h2>
      <p class="muted">{t('reassignmentsHelp')}</p>
      <Show when={roster.error}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={roster() === null}>
        <p class="muted">{t('noRoster')}</p>
      </Show>
      <div class="filters">
        <label>
          {t('movesTo')}
          <select value={toQueue()} onChange={(e) => setToQueue(e.currentTarget.value as QueueCode | '')}>
            <option value="">{t('all')}</option>
            <For each={QUEUE_CODES}>{(q) => <option value={q}>{queueLabel(q)}</option>}</For>
          </select>
        </label>
        <span class="muted">{t('movesShown', { n: moves().length })}</span>
      </div>
      <DataTable columns={columns} rows={moves()} box="scroll tall" testId="reassignments" />
    </section>
  );
}
