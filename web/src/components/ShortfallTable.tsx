import type { RosterDetail } from '../api.ts';
import { dateTime, number, queueLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { DataTable, type Column } from './DataTable.tsx';

type Shortfall = RosterDetail['shortfall'][number];

const COLUMNS: Column<Shortfall>[] = [
  { header: 'hour', cell: (row) => dateTime(row.hourStart) },
  { header: 'queue', cell: (row) => queueLabel(row.queue) },
  { header: 'required', cell: (row) => row.required },
  // Booked temps count 1 / proficiency of an agent, so on-duty figures carry hundredths; the difference is shown as they are.
  { header: 'scheduled', cell: (row) => number(row.scheduled, 2) },
  { header: 'short', cell: (row) => number(row.required - row.scheduled, 2), classList: () => ({ short: true }) },
];

/** The hours that fall short, largest gap first; presentational. */
export function ShortfallTable(props: { rows: RosterDetail['shortfall'] }) {
  const sorted = () => [...props.rows].sort((a, b) => b.required - b.scheduled - (a.required - a.scheduled));
  return (
    <div class="card">
      <h2>{t('shortHoursTitle')}</h2>
      <DataTable columns={COLUMNS} rows={sorted()} compact testId="shortfall-table" rowClassList={() => ({ 'short-row': true })} />
    </div>
  );
}
