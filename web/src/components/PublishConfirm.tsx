import { For } from 'solid-js';
import type { RosterDetail } from '../api.ts';
import { dateTime, number, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

const WORST_SHOWN = 5;

/** Before a short roster is published: how short it is, its worst hours, and a confirm button that names the shortfall. */
export function PublishConfirm(props: { roster: RosterDetail; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const summary = () => props.roster.diagnostics.summary;
  const worst = () => [...summary().worst].sort((a, b) => b.required - b.scheduled - (a.required - a.scheduled)).slice(0, WORST_SHOWN);
  return (
    <div class="card warn-box stack" role="alertdialog" aria-labelledby="publish-confirm-title" data-testid="publish-confirm">
      <h3 id="publish-confirm-title">{t('publishShortTitle')}</h3>
      <p data-testid="publish-confirm-summary">{t('publishShortSummary', { total: number(summary().totalAgentHours), hours: number(summary().hoursShort) })}</p>
      <p class="muted">{t('publishShortWorst')}</p>
      <ul data-testid="publish-confirm-worst">
        <For each={worst()}>
          {(row) => <li>{t('publishShortCell', { time: dateTime(row.hourStart), queue: queueLabel(row.queue), scheduled: number(row.scheduled), required: number(row.required) })}</li>}
        </For>
      </ul>
      <p class="muted">{t('publishShortHelp')}</p>
      <div class="actions">
        <button class="danger" disabled={props.busy} onClick={() => props.onConfirm()} data-testid="publish-confirm-yes">
          {t('publishShortConfirm', { total: number(summary().totalAgentHours) })}
        </button>
        <button class="secondary" onClick={() => props.onCancel()} data-testid="publish-confirm-no">{t('cancel')}</button>
      </div>
    </div>
  );
}
