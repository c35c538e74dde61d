import { For, Show, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { t, type MessageKey } from '../i18n/i18n.ts';

/** One column: its header (a message, a text of its own, or none) and what each row shows in it. */
export interface Column<Row> {
  header?: MessageKey | (() => string);
  cell: (row: Row) => JSX.Element;
  /** Classes of the column's cell in a row, e.g. `short` where that figure falls short. */
  classList?: (row: Row) => Record<string, boolean>;
  /** A data-testid on each of the column's cells, or per row (none where it gives undefined). */
  testId?: string | ((row: Row) => string | undefined);
  /** The cell's spans in a row; 'covered' leaves the cell out where a span from above or the left reaches it. */
  span?: (row: Row) => { rowSpan?: number; colSpan?: number } | 'covered';
  /** The column names its rows (a `th` in each row), as the first column of a table read across. */
  rowHeader?: boolean;
}

export interface DataTableProps<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** Said instead of the table when there are no rows; without it an empty table stays. */
  empty?: { message: MessageKey; testId?: string };
  testId?: string;
  compact?: boolean;
  /** The class of the scrolling box around the table (`scroll` unless told); false for no box. */
  box?: string | false;
  rowTestId?: (row: Row) => string;
  rowClassList?: (row: Row) => Record<string, boolean>;
}

/** A header row and a row per item, in a scrolling box, or a muted line when there is nothing to list; presentational. */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const header = (column: Column<Row>) => (typeof column.header === 'function' ? column.header() : column.header ? t(column.header) : '');
  const cell = (column: Column<Row>, row: Row) => {
    const span = column.span?.(row);
    if (span === 'covered') return null;
    return (
      <Dynamic
        component={column.rowHeader ? 'th' : 'td'}
        rowSpan={span?.rowSpan}
        colSpan={span?.colSpan}
        classList={column.classList?.(row)}
        data-testid={typeof column.testId === 'function' ? column.testId(row) : column.testId}
      >
        {column.cell(row)}
      </Dynamic>
    );
  };
  const table = () => (
    <table class="table" classList={{ compact: !!props.compact }} data-testid={props.testId}>
      <thead>
        <tr>
          <For each={props.columns}>{(column) => <th>{header(column)}</th>}</For>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr classList={props.rowClassList?.(row)} data-testid={props.rowTestId?.(row)}>
              <For each={props.columns}>{(column) => cell(column, row)}</For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
  return (
    <Show
      when={props.rows.length > 0 || !props.empty}
      fallback={
        <p class="muted" data-testid={props.empty?.testId}>
          {props.empty && t(props.empty.message)}
        </p>
      }
    >
      <Show when={props.box !== false} fallback={table()}>
        <div class={props.box || 'scroll'}>{table()}</div>
      </Show>
    </Show>
  );
}
