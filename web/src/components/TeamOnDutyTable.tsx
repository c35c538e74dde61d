import { Show } from 'solid-js';
import type { TeamDay } from '../../../shared/labour/teamOnDuty.ts';
import { dayLabel, number } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { DataTable, type Column } from './DataTable.tsx';

const COLUMNS: Column<TeamDay>[] = [
  { header: 'teamDayDate', cell: (row) => dayLabel(`${row.date}T12:00:00+08:00`) },
  { header: 'teamDayWorking', cell: (row) => number(row.working) },
  { header: 'teamDayOff', cell: (row) => number(row.off) },
  { header: 'teamDayOffWeekFull', cell: (row) => number(row.offWeekFull) },
];

/** The team on duty on each day of the event, and why those off are off (their legal week already worked); presentational. */
export function TeamOnDutyTable(props: { days: TeamDay[] }) {
  return (
    <Show when={props.days.length > 0}>
      <h3>{t('teamOnDutyTitle')}</h3>
      <p class="muted">{t('teamOnDutyHelp')}</p>
      <DataTable columns={COLUMNS} rows={props.days} compact testId="team-on-duty" />
    </Show>
  );
}
