import type { PeakWindow } from '../../../shared/forecast/hourlyProfile.ts';
import { t } from '../i18n/i18n.ts';
import { type Column, DataTable } from './DataTable.tsx';

const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);

/** The editable peak-hour multipliers of the forecast generator; presentational. */
export function PeakWindowsTable(props: { peaks: PeakWindow[]; onPeaks: (peaks: PeakWindow[]) => void }) {
  const setPeak = (i: number, patch: Partial<PeakWindow>) => props.onPeaks(props.peaks.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  const peak = (i: number) => props.peaks[i];
  // Rows are the windows' positions, not the windows: an edit replaces its window, and a row keyed by the window
  // would be drawn anew, taking the input being typed in (and its focus) with it.
  const columns: Column<number>[] = [
    { header: 'fromHour', cell: (i) => <input type="number" min="0" max="23" value={peak(i).startHour} onInput={(e) => setPeak(i, { startHour: num(e) })} /> },
    { header: 'toHour', cell: (i) => <input type="number" min="1" max="24" value={peak(i).endHour} onInput={(e) => setPeak(i, { endHour: num(e) })} /> },
    { header: 'multiplier', cell: (i) => <input type="number" min="0" step="0.1" value={peak(i).multiplier} onInput={(e) => setPeak(i, { multiplier: num(e) })} /> },
    {
      header: 'appliesOn',
      cell: (i) => (
        <select value={peak(i).days} onChange={(e) => setPeak(i, { days: e.currentTarget.value as PeakWindow['days'] })}>
          <option value="event_day">{t('eventDayOnly')}</option>
          <option value="every_day">{t('everyDay')}</option>
        </select>
      ),
    },
    { cell: (i) => <button class="link" onClick={() => props.onPeaks(props.peaks.filter((_, j) => j !== i))}>{t('remove')}</button> },
  ];
  return <DataTable columns={columns} rows={props.peaks.map((_, i) => i)} compact box={false} testId="peak-windows" />;
}
