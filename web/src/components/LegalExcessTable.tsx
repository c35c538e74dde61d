import { For, Show } from 'solid-js';
import type { LegalExcessKind } from '../../../shared/labour/legalExcessKinds.ts';
import type { RosterLegalExcess } from '../api.ts';
import { dayNumber, number, percent } from '../i18n/format.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';

type Row = RosterLegalExcess['rows'][number];

/** The message of each kind; a kind added in shared/labour without one fails the build. */
const KIND_MESSAGE: Record<LegalExcessKind, MessageKey> = {
  dayHours: 'legalKind_dayHours',
  dailyOvertime: 'legalKind_dailyOvertime',
  dailyOvertimeSpecial: 'legalKind_dailyOvertimeSpecial',
  holidayWork: 'legalKind_holidayWork',
  weekHours: 'legalKind_weekHours',
  monthlyOvertime: 'legalKind_monthlyOvertime',
  noRestDay: 'legalKind_noRestDay',
  partTimeDayAverage: 'legalKind_partTimeDayAverage',
  partTimeWeek: 'legalKind_partTimeWeek',
};

/** A date of the event zone (yyyy-MM-dd) as a day label; noon keeps it on that day in any zone offset. */
const day = (date: string) => dayNumber(`${date}T12:00:00+08:00`);
const period = (row: Row) => (row.from === row.to ? day(row.from) : `${day(row.from)}–${day(row.to)}`);

/** Each agent's working time beyond the legal figures, with the note that the event's ceilings are the supervisor's decision; presentational. */
export function LegalExcessTable(props: { excess: RosterLegalExcess }) {
  const figures = () => props.excess.legalFigures;
  const kind = (row: Row) => t(KIND_MESSAGE[row.kind], figures());
  return (
    <div class="card">
      <h2>{t('legalExcessTitle')}</h2>
      <p class="muted" data-testid="legal-excess-note">
        {t('legalExcessNote', figures())}
      </p>
      <Show when={props.excess.rows.length > 0} fallback={<p data-testid="legal-excess-none">{t('legalExcessNone')}</p>}>
        <div class="scroll">
          <table class="table compact" data-testid="legal-excess-table">
            <thead>
              <tr>
                <th>{t('agent')}</th>
                <th>{t('legalExcessKind')}</th>
                <th>{t('legalExcessPeriod')}</th>
                <th>{t('legalExcessHours')}</th>
                <th>{t('legalExcessLimit')}</th>
                <th>{t('legalExcessOvertime')}</th>
                <th>{t('legalExcessPayRate')}</th>
                <th>{t('legalExcessPay')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.excess.rows}>
                {(row) => (
                  <tr>
                    <td>{row.agentId}</td>
                    <td>{kind(row)}</td>
                    <td>{period(row)}</td>
                    <td>{number(row.hours, 1)}</td>
                    <td>{number(row.limit)}</td>
                    <td>{number(row.overtimeHours, 1)}</td>
                    <td>{row.payRatePercent > 0 ? percent(row.payRatePercent / 100) : '—'}</td>
                    <td>{number(row.overtimePayHours, 1)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </div>
  );
}
