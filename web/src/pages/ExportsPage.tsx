import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { QUEUE_CODES } from '../../../shared/types.ts';
import { api, type CalendarToken, type NewCalendarToken } from '../api.ts';
import { CopyButton } from '../components/CopyButton.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { createAction } from '../state/action.ts';
import { useEvent } from '../state/eventContext.ts';
import { BulkAgentFeeds } from './exports/BulkAgentFeeds.tsx';
import { FeedList } from './exports/FeedList.tsx';
import { RosterDownloads } from './exports/RosterDownloads.tsx';

type Scope = CalendarToken['scope'];

/** Exports: roster downloads (xlsx, CSV) and calendar feed links: every agent's at once, or one feed; copy (shown once), rotate, revoke. */
export default function ExportsPage() {
  const ctx = useEvent();
  const [tokens, { refetch }] = createResource(ctx.eventId, api.calendarTokens);
  const [agents] = createResource(ctx.eventId, api.agents);
  const [scope, setScope] = createSignal<Scope>('team');
  const [subject, setSubject] = createSignal('');
  const [created, setCreated] = createSignal<NewCalendarToken[]>([]);
  const action = createAction();
  const subjects = createMemo(() => {
    const list = agents() ?? [];
    if (scope() === 'agent') return list.map((a) => ({ value: a.id, label: `${a.id} ${a.name}` }));
    if (scope() === 'team') return [...new Set(list.map((a) => a.team))].sort().map((team) => ({ value: team, label: team }));
    if (scope() === 'queue') return QUEUE_CODES.map((q) => ({ value: q, label: queueLabel(q) }));
    return [{ value: 'all', label: t('wholeEvent') }];
  });
  const feedUrl = (path: string) => `${location.origin}${path}`;
  const create = () =>
    action.run(async () => {
      const token = await api.createCalendarToken(ctx.eventId(), scope(), subject() || subjects()[0]?.value || 'all');
      setCreated((list) => [token, ...list]);
      void refetch();
    });
  const rotate = (id: number) =>
    action.run(async () => {
      const token = await api.rotateCalendarToken(id);
      setCreated((list) => [token, ...list.filter((c) => c.id !== id)]);
      void refetch();
    });
  const revoke = (id: number) =>
    action.run(async () => {
      await api.revokeCalendarToken(id);
      setCreated((list) => list.filter((c) => c.id !== id));
      void refetch();
    });
  return (
    <section class="stack">
      <RosterDownloads />
      <div class="card stack">
        <h2>{t('feedsTitle')}</h2>
        <p class="muted">{t('feedsHelp')}</p>
        <p class="note">{t('googleRefreshNote')}</p>
        <BulkAgentFeeds eventId={ctx.eventId()} onIssued={() => void refetch()} />
        <h3>{t('singleFeedTitle')}</h3>
        <div class="actions">
          <select value={scope()} onChange={(e) => { setScope(e.currentTarget.value as Scope); setSubject(''); }} data-testid="feed-scope">
            <option value="agent">{t('scopeAgent')}</option>
            <option value="team">{t('scopeTeam')}</option>
            <option value="queue">{t('scopeQueue')}</option>
            <option value="event">{t('scopeEvent')}</option>
          </select>
          <select value={subject()} onChange={(e) => setSubject(e.currentTarget.value)} data-testid="feed-subject">
            <For each={subjects()}>{(s) => <option value={s.value}>{s.label}</option>}</For>
          </select>
          <button onClick={() => void create()} data-testid="create-feed">{t('createFeed')}</button>
        </div>
        <Show when={action.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
        <For each={created()}>
          {(c) => (
            <div class="feed-link" data-testid="new-feed">
              <code data-testid="feed-url">{feedUrl(c.url)}</code>
              <CopyButton text={feedUrl(c.url)} testId="copy-feed" />
              <span class="muted">{t('shownOnce')}</span>
            </div>
          )}
        </For>
        <Show when={tokens.error}>{(e) => <ErrorNotice error={e()} />}</Show>
        <FeedList tokens={tokens() ?? []} agents={agents() ?? []} onRotate={(id) => void rotate(id)} onRevoke={(id) => void revoke(id)} />
      </div>
    </section>
  );
}
