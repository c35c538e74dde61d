import { For } from 'solid-js';
import { ROSTER_SHEET_NAMES, ROSTER_SHEETS } from '../../../../shared/export/rosterSheets.ts';
import { t } from '../../i18n/i18n.ts';

/** Every sheet the roster workbook can hold, by the name its tab carries in Excel, each with what it holds; presentational. */
export function WorkbookSheets() {
  return (
    <div data-testid="workbook-sheets">
      <h3>{t('workbookSheetsTitle')}</h3>
      <ul>
        <For each={ROSTER_SHEETS}>
          {(sheet) => (
            <li data-testid="workbook-sheet">
              <strong data-testid="workbook-sheet-name">{ROSTER_SHEET_NAMES[sheet]}</strong> — {t(`sheetHelp_${sheet}`)}
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
