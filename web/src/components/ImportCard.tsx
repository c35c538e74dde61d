import { t, type MessageKey } from '../i18n/i18n.ts';
import { CsvImport } from './CsvImport.tsx';

/** A page's import card: its title, the file's expected columns, and the upload with its row errors or success text. */
export function ImportCard(props: { heading: MessageKey; help: MessageKey; testId: string; onUpload: (file: File) => Promise<string> }) {
  return (
    <div class="card">
      <h2>{t(props.heading)}</h2>
      <p class="muted">{t(props.help)}</p>
      <CsvImport label={t('chooseCsv')} testId={props.testId} onUpload={props.onUpload} />
    </div>
  );
}
