import { For } from 'solid-js';

export interface HeatRow {
  label: string;
  /** One value per column; null is drawn as "no data", Infinity as the worst colour. */
  values: (number | null)[];
}

/** White → amber → red by value / max; presentational. */
export function heatColour(value: number | null, max: number): string {
  if (value === null) return '#f3f4f6';
  const share = Math.min(1, max > 0 ? value / max : 0);
  const hue = 45 - 45 * share;
  return `hsl(${hue}, 90%, ${96 - share * 46}%)`;
}

/** A grid of coloured cells (rows × columns) with a hover title per cell. */
export function HeatMap(props: { columns: string[]; rows: HeatRow[]; max: number; format: (value: number | null) => string; testId?: string }) {
  return (
    <div class="heatmap scroll" data-testid={props.testId}>
      <table>
        <thead>
          <tr>
            <th />
            <For each={props.columns}>{(c) => <th>{c}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <th>{row.label}</th>
                <For each={row.values}>{(v, i) => <td style={{ background: heatColour(v, props.max) }} title={`${row.label} ${props.columns[i()]}: ${props.format(v)}`} />}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
