import { createSignal, Show } from 'solid-js';
import { feedListCsv } from '../../../../shared/export/feedListCsv.ts';
import { api, type IssuedAgentFeeds } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { number } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { createAction } from '../../state/action.ts';

/** Issues every agent's calendar feed at once and offers the new links as a CSV list (agent, name, team, link) to send out. */
export function BulkAgentFeeds(props: { eventId: number; onIssued: () => void }) {
  const action = createAction();
  const [result, setResult] = createSignal<IssuedAgentFeeds>();
  const [replace, setReplace] = createSignal(false);
  const [download, setDownload] = createSignal<string>();
  const issue = async () => {
    const issued = await action.run(() => api.issueAgentFeeds(props.eventId, replace()));
    if (!issued) return;
    setResult(issued);
    const csv = feedListCsv(issued.issued.flatMap((r) => (r.url ? [{ agentId: r.agentId, name: r.name, team: r.team, link: `${location.origin}${r.url}` }] : [])));
    const old = download();
    if (old) URL.revokeObjectURL(old);
    setDownload(URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })));
    props.onIssued();
  };
  return (
    <div class="stack bulk-feeds" data-testid="bulk-feeds">
      <h3>{t('bulkFeedsTitle')}</h3>
      <p class="muted">{t('bulkFeedsHelp')}</p>
      <div class="actions">
        <label class="inline">
          <input type="checkbox" checked={replace()} onChange={(e) => setReplace(e.currentTarget.checked)} data-testid="bulk-feeds-replace" />
          {t('bulkFeedsReplace')}
        </label>
        <button onClick={() => void issue()} disabled={action.busy()} data-testid="bulk-feeds-issue">{t('bulkFeedsIssue')}</button>
      </div>
      <Show when={action.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={result()}>
        {(r) => (
          <div class="actions">
            <span data-testid="bulk-feeds-result">{t('bulkFeedsResult', { issued: number(r().issued.length), kept: number(r().kept.length) })}</span>
            <Show when={r().issued.length > 0 && download()}>
              {(href) => (
                <a class="button" href={href()} download={t('bulkFeedsFileName')} data-testid="bulk-feeds-download">
                  {t('bulkFeedsDownload', { n: number(r().issued.length) })}
                </a>
              )}
            </Show>
            <span class="muted">{t('shownOnce')}</span>
          </div>
        )}
      </Show>
    </div>
  );
}
