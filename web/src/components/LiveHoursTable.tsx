import { dateTime, number, queueLabel } from '../i18n/format.ts';
import type { LiveRow } from '../state/live.ts';
import { DataTable, type Column } from './DataTable.tsx';

const maybe = (n: number | undefined, digits = 0) => (n === undefined ? '–' : number(n, digits));

const COLUMNS: Column<LiveRow>[] = [
  { header: 'hour', cell: (r) => dateTime(r.hourStart) },
  { header: 'queue', cell: (r) => queueLabel(r.queue) },
  { header: 'liveForecast', cell: (r) => number(r.forecast) },
  { header: 'liveActual', cell: (r) => maybe(r.actual) },
  { header: 'liveReforecast', cell: (r) => number(r.expected) },
  { header: 'liveRequired', cell: (r) => maybe(r.required) },
  { header: 'liveStaffed', cell: (r) => maybe(r.staffedBefore) },
  { header: 'liveStaffedAfter', cell: (r) => maybe(r.staffedAfter, 1) },
];

/** Per hour and queue: forecast, actual, re-forecast, and the agents staffed before and after the re-plan. */
export function LiveHoursTable(props: { rows: LiveRow[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={props.rows}
      box="scroll tall"
      testId="live-hours"
      rowClassList={(r) => ({ short: r.staffedAfter !== undefined && r.required !== undefined && r.staffedAfter < r.required })}
    />
  );
}
