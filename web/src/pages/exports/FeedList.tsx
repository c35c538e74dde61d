import { For, Show } from 'solid-js';
import { isQueueCode } from '../../../../shared/types.ts';
import type { AgentRecord, CalendarToken } from '../../api.ts';
import { dateTime, queueLabel } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';

/** The event's feeds, agents named by name as well as id, with rotate and revoke; presentational. */
export function FeedList(props: { tokens: CalendarToken[]; agents: AgentRecord[]; onRotate: (id: number) => void; onRevoke: (id: number) => void }) {
  const names = () => new Map(props.agents.map((a) => [a.id, a]));
  const subject = (token: CalendarToken) => {
    if (token.scope === 'queue' && isQueueCode(token.subject)) return queueLabel(token.subject);
    if (token.scope === 'event') return t('wholeEvent');
    const agent = token.scope === 'agent' ? names().get(token.subject) : undefined;
    return agent ? `${agent.id} ${agent.name} · ${agent.team}` : token.subject;
  };
  return (
    <div class="scroll feed-list">
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
          <For each={props.tokens}>
            {(token) => (
              <tr classList={{ revoked: token.revokedAt !== null }}>
                <td>{t(`scope_${token.scope}`)}</td>
                <td data-testid="feed-subject-name">{subject(token)}</td>
                <td>{dateTime(token.createdAt)}</td>
                <td>{token.revokedAt ? t('revokedAt', { time: dateTime(token.revokedAt) }) : t('active')}</td>
                <td>
                  <Show when={!token.revokedAt}>
                    <button class="link" onClick={() => props.onRotate(token.id)} title={t('rotateHelp')} data-testid="rotate-feed">{t('rotate')}</button>{' '}
                    <button class="link danger" onClick={() => props.onRevoke(token.id)} data-testid="revoke-feed">{t('revoke')}</button>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
