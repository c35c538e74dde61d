import type { LegalExcessKind } from '../../../shared/labour/legalExcessKinds.ts';
import type { RosterLegalExcess } from '../api.ts';
import { dayNumber, number, percent } from '../i18n/format.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { DataTable, type Column } from './DataTable.tsx';

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

/** The columns; a kind's message names the legal figures in force. */
const columns = (figures: () => RosterLegalExcess['legalFigures']): Column<Row>[] => [
  { header: 'agent', cell: (row) => row.agentId },
  { header: 'legalExcessKind', cell: (row) => t(KIND_MESSAGE[row.kind], figures()) },
  { header: 'legalExcessPeriod', cell: (row) => period(row) },
  { header: 'legalExcessHours', cell: (row) => number(row.hours, 1) },
  { header: 'legalExcessLimit', cell: (row) => number(row.limit) },
  { header: 'legalExcessOvertime', cell: (row) => number(row.overtimeHours, 1) },
  { header: 'legalExcessPayRate', cell: (row) => (row.payRatePercent > 0 ? percent(row.payRatePercent / 100) : '—') },
  { header: 'legalExcessPay', cell: (row) => number(row.overtimePayHours, 1) },
];

/** Each agent's working time beyond the legal figures, with the note that the event's ceilings are the supervisor's decision; presentational. */
export function LegalExcessTable(props: { excess: RosterLegalExcess }) {
  const figures = () => props.excess.legalFigures;
  const tableColumns = columns(figures);
  return (
    <div class="card">
      <h2>{t('legalExcessTitle')}</h2>
      <p class="muted" data-testid="legal-excess-note">
        {t('legalExcessNote', figures())}
      </p>
      <DataTable columns={tableColumns} rows={props.excess.rows} compact testId="legal-excess-table" empty={{ message: 'legalExcessNone', testId: 'legal-excess-none' }} />
    </div>
  );
}
