import { Show } from 'solid-js';
import { api } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { t } from '../../i18n/i18n.ts';
import { createRosterResource } from '../../state/roster.ts';
import { WorkbookSheets } from './WorkbookSheets.tsx';

/** The roster as a workbook and as CSV, for the scenario being looked at, and what each of the workbook's sheets holds. */
export function RosterDownloads() {
  const [roster] = createRosterResource();
  return (
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
      <WorkbookSheets />
    </div>
  );
}
