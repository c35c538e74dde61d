import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { QUEUE_CODES } from '../../../shared/types.ts';
import { api, type CalendarToken, type NewCalendarToken } from '../api.ts';
import { CopyButton } from '../components/CopyButton.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { dateTime, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { useEvent } from '../state/eventContext.ts';
import { createRosterResource } from '../state/roster.ts';

type Scope = CalendarToken['scope'];

/** Exports: roster downloads (xlsx, CSV) and calendar feed links: create, copy (shown once), rotate, revoke. */
export default function ExportsPage() {
  const ctx = useEvent();
  const [roster] = createRosterResource();
  const [tokens, { refetch }] = createResource(ctx.eventId, api.calendarTokens);
  const [agents] = createResource(ctx.eventId, api.agents);
  const [scope, setScope] = createSignal<Scope>('team');
  const [subject, setSubject] = createSignal('');
  const [created, setCreated] = createSignal<NewCalendarToken[]>([]);
  const [error, setError] = createSignal<unknown>();
  const subjects = createMemo(() => {
    const list = agents() ?? [];
    if (scope() === 'agent') return list.map((a) => ({ value: a.id, label: `${a.id} ${a.name}` }));
    if (scope() === 'team') return [...new Set(list.map((a) => a.team))].sort().map((team) => ({ value: team, label: team }));
    if (scope() === 'queue') return QUEUE_CODES.map((q) => ({ value: q, label: queueLabel(q) }));
    return [{ value: 'all', label: t('wholeEvent') }];
  });
  const feedUrl = (path: string) => `${location.origin}${path}`;
  const create = async () => {
    setError(undefined);
    try {
      const token = await api.createCalendarToken(ctx.eventId(), scope(), subject() || subjects()[0]?.value || 'all');
      setCreated((list) => [token, ...list]);
      void refetch();
    } catch (e) {
      setError(e);
    }
  };
  const rotate = async (id: number) => {
    setError(undefined);
    try {
      const token = await api.rotateCalendarToken(id);
      setCreated((list) => [token, ...list.filter((c) => c.id !== id)]);
      void refetch();
    } catch (e) {
      setError(e);
    }
  };
  const revoke = async (id: number) => {
    setError(undefined);
    try {
      await api.revokeCalendarToken(id);
      setCreated((list) => list.filter((c) => c.id !== id));
      void refetch();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section class="stack">
      <div class="card stack">
        <h2>{t('downloadsTitle')}</h2>
        <Show when={roster.error}>{(e) => <ErrorNotice error={e()} />}</Show>
        <Show when={roster()} fallback={<p class="muted">{roster() === null ? t('noRoster') : t('loading')}</p>}>
          {(r) => (
            <div class="actions">
              <a class="button" href={api.exportUrl(r().id, 'xlsx')} download="" data-testid="download-xlsx">{t('downloadXlsx')}</a>
              <a class="button secondary" href={api.exportUrl(r().id, 'csv')} download="" data-testid="download-csv">{t('downloadCsv')}</a>
              <span class="muted">{t('rosterOf', { id: r().id, status: t(`roster_${r().status}`) })}</span>
            </div>
          )}
        </Show>
      </div>
      <div class="card stack">
        <h2>{t('feedsTitle')}</h2>
        <p class="muted">{t('feedsHelp')}</p>
        <p class="note">{t('googleRefreshNote')}</p>
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
        <Show when={error()}>{(e) => <ErrorNotice error={e()} />}</Show>
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
        <table class="table" data-testid="feed-list">
          <thead>
            <tr>
              <th>{t('scope')}</th>
              <th>{t('subject')}</th>
              <th>{t('createdAt')}</th>
              <th>{t('state')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            <For each={tokens()}>
              {(token) => (
                <tr classList={{ revoked: token.revokedAt !== null }}>
                  <td>{t(`scope_${token.scope}`)}</td>
                  <td>{token.scope === 'queue' && (QUEUE_CODES as readonly string[]).includes(token.subject) ? queueLabel(token.subject as (typeof QUEUE_CODES)[number]) : token.subject}</td>
                  <td>{dateTime(token.createdAt)}</td>
                  <td>{token.revokedAt ? t('revokedAt', { time: dateTime(token.revokedAt) }) : t('active')}</td>
                  <td>
                    <Show when={!token.revokedAt}>
                      <button class="link" onClick={() => void rotate(token.id)} title={t('rotateHelp')} data-testid="rotate-feed">{t('rotate')}</button>{' '}
                      <button class="link danger" onClick={() => void revoke(token.id)} data-testid="revoke-feed">{t('revoke')}</button>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
