import { For } from 'solid-js';
import type { AgentRecord, RosterDetail } from '../api.ts';
import { dayNumber, weekday } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { ShiftCell } from './ShiftCell.tsx';
import { VirtualRows } from './VirtualRows.tsx';

export type RosterShift = RosterDetail['assignments'][number];
export interface RosterRow {
  agent: AgentRecord;
  /** The agent's shift per day, by yyyy-MM-dd. */
  shifts: Map<string, RosterShift>;
}
export interface TemplateStyle {
  code: string;
  nameZh: string;
  nameEn: string;
  colour: string;
  /** Text colour readable on `colour`. */
  ink: string;
  /** Part-time templates are striped, so they never read as a full shift of a similar colour. */
  striped: boolean;
}
/** A day column: its date (yyyy-MM-dd), an instant within it, and whether it falls in the event window. */
export interface GridDay {
  date: string;
  iso: string;
  inWindow: boolean;
}

const ROW_HEIGHT = 30;

/** Agents × days: one coloured cell per shift, a badge where the agent serves another queue that day or the shift has a note; a click on a shift picks it. */
export function RosterGrid(props: {
  rows: RosterRow[];
  days: GridDay[];
  templates: Map<string, TemplateStyle>;
  height: number;
  onPick?: (row: RosterRow, date: string, shift: RosterShift) => void;
  /** The shift being edited, outlined so the supervisor sees which cell the note belongs to. */
  picked?: { agentId: string; date: string };
}) {
  const columns = () => `11rem repeat(${props.days.length}, minmax(3.6rem, 1fr))`;
  const header = (
    <div class="grid-row grid-head" style={{ 'grid-template-columns': columns() }}>
      <div class="cell agent">{t('agent')}</div>
      <For each={props.days}>
        {(day) => (
          <div class="cell day" classList={{ window: day.inWindow }}>
            <span>{dayNumber(day.iso)}</span>
            <small>{weekday(day.iso)}</small>
          </div>
        )}
      </For>
    </div>
  );
  return (
    <div data-testid="roster-grid">
      <VirtualRows items={props.rows} rowHeight={ROW_HEIGHT} height={props.height} header={header}>
        {(row) => (
          <div class="grid-row" style={{ 'grid-template-columns': columns(), height: `${ROW_HEIGHT}px` }} data-testid="roster-row">
            <div class="cell agent" title={`${row.agent.id} ${row.agent.name}`}>
              <span class="agent-id">{row.agent.id}</span> {row.agent.name} <span class="muted">{row.agent.team}</span>
            </div>
            <For each={props.days}>{(day) => <ShiftCell row={row} day={day} templates={props.templates} onPick={props.onPick} picked={props.picked} />}</For>
          </div>
        )}
      </VirtualRows>
    </div>
  );
}
