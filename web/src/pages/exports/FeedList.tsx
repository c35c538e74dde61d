import { Show } from 'solid-js';
import { isQueueCode } from '../../../../shared/types.ts';
import type { AgentRecord, CalendarToken } from '../../api.ts';
import { dateTime, queueLabel } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';

/** The event's feeds, agents named by name as well as id, with rotate and revoke; presentational. */
export function FeedList(props: { tokens: CalendarToken[]; agents: AgentRecord[]; onRotate: (id: number) => void; onRevoke: (id: number) => void }) {
  const names = () => new Map(props.agents.map((a) => [a.id, a]));
  const subject = (token: CalendarToken) => {
    if (token.scope === 'queue' && isQueueCode(token.subject)) return queueLabel(token.subject);
    if (token.scope === 'event') return t('wholeEvent');
    const agent = token.scope === 'agent' ? names().get(token.subject) : undefined;
    return agent ? `${agent.id} ${agent.name} · ${agent.team}` : token.subject;
  };
  const columns: Column<CalendarToken>[] = [
    { header: 'scope', cell: (token) => t(`scope_${token.scope}`) },
    { header: 'subject', cell: subject, testId: 'feed-subject-name' },
    { header: 'createdAt', cell: (token) => dateTime(token.createdAt) },
    { header: 'state', cell: (token) => (token.revokedAt ? t('revokedAt', { time: dateTime(token.revokedAt) }) : t('active')) },
    {
      cell: (token) => (
        <Show when={!token.revokedAt}>
          <button class="link" onClick={() => props.onRotate(token.id)} title={t('rotateHelp')} data-testid="rotate-feed">{t('rotate')}</button>{' '}
          <button class="link danger" onClick={() => props.onRevoke(token.id)} data-testid="revoke-feed">{t('revoke')}</button>
        </Show>
      ),
    },
  ];
  return <DataTable columns={columns} rows={props.tokens} box="scroll feed-list" testId="feed-list" rowClassList={(token) => ({ revoked: token.revokedAt !== null })} />;
}
