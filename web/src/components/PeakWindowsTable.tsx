import { Index } from 'solid-js';
import type { PeakWindow } from '../../../shared/forecast/hourlyProfile.ts';
import { t } from '../i18n/i18n.ts';

/** The editable peak-hour multipliers of the forecast generator; presentational. */
export function PeakWindowsTable(props: { peaks: PeakWindow[]; onPeaks: (peaks: PeakWindow[]) => void }) {
  const setPeak = (i: number, patch: Partial<PeakWindow>) => props.onPeaks(props.peaks.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);
  return (
    <table class="table compact" data-testid="peak-windows">
      <thead>
        <tr>
          <th>{t('fromHour')}</th>
          <th>{t('toHour')}</th>
          <th>{t('multiplier')}</th>
          <th>{t('appliesOn')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        <Index each={props.peaks}>
          {(w, i) => (
            <tr>
              <td><input type="number" min="0" max="23" value={w().startHour} onInput={(e) => setPeak(i, { startHour: num(e) })} /></td>
              <td><input type="number" min="1" max="24" value={w().endHour} onInput={(e) => setPeak(i, { endHour: num(e) })} /></td>
              <td><input type="number" min="0" step="0.1" value={w().multiplier} onInput={(e) => setPeak(i, { multiplier: num(e) })} /></td>
              <td>
                <select value={w().days} onChange={(e) => setPeak(i, { days: e.currentTarget.value as PeakWindow['days'] })}>
                  <option value="event_day">{t('eventDayOnly')}</option>
                  <option value="every_day">{t('everyDay')}</option>
                </select>
              </td>
              <td><button class="link" onClick={() => props.onPeaks(props.peaks.filter((_, j) => j !== i))}>{t('remove')}</button></td>
            </tr>
          )}
        </Index>
      </tbody>
    </table>
  );
}
