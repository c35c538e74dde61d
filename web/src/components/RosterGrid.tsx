import { For, Show } from 'solid-js';
import type { AgentRecord, RosterDetail } from '../api.ts';
import { dayNumber, queueLabel, queueShort, templateLabel, weekday } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
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

/** The cell's background: the template's colour, striped for part-time templates. */
const cellBackground = (style: TemplateStyle | undefined) =>
  !style ? '#e5e7eb' : style.striped ? `repeating-linear-gradient(135deg, ${style.colour} 0 5px, color-mix(in srgb, ${style.colour} 55%, white) 5px 8px)` : style.colour;

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
            <For each={props.days}>
              {(day) => {
                const shift = row.shifts.get(day.date);
                const style = shift ? props.templates.get(shift.template) : undefined;
                return (
                  <div
                    class="cell shift"
                    classList={{ pickable: !!shift && !!props.onPick, window: day.inWindow, picked: props.picked?.agentId === row.agent.id && props.picked?.date === day.date }}
                    style={shift ? { background: cellBackground(style), color: style?.ink ?? '#1f2937' } : undefined}
                    title={shift ? `${style ? templateLabel(style) : shift.template} · ${queueLabel(shift.queue)}${shift.note ? `\n${t('shiftNote')}: ${shift.note}` : ''}` : ''}
                    onClick={shift && props.onPick ? () => props.onPick!(row, day.date, shift) : undefined}
                  >
                    <Show when={shift}>
                      {(s) => (
                        <>
                          <span class="code">{s().template}</span>
                          <Show when={s().reassignedFrom}>
                            <span class="badge move" title={t('movedTo', { queue: queueLabel(s().queue) })} data-testid="move-badge">
                              →{queueShort(s().queue)}
                            </span>
                          </Show>
                          <Show when={s().note}>
                            <span class="badge note" data-testid="shift-note-mark">✎</span>
                          </Show>
                          <Show when={s().overtimeHours}>
                            {(hours) => (
                              <span class="badge overtime" title={t('overtimeBadge', { hours: hours() })} data-testid="overtime-badge">
                                {t('overtimePlus', { hours: hours() })}
                              </span>
                            )}
                          </Show>
                        </>
                      )}
                    </Show>
                  </div>
                );
              }}
            </For>
          </div>
        )}
      </VirtualRows>
    </div>
  );
}

/** The colour key: template code, name and hours. */
export function TemplateLegend(props: { templates: TemplateStyle[] }) {
  return (
    <p class="legend">
      <For each={props.templates}>
        {(tpl) => (
          <span>
            <i style={{ background: cellBackground(tpl) }} />
            {tpl.code} {templateLabel(tpl)}
          </span>
        )}
      </For>
      <span>
        <i class="badge move">→</i>
        {t('legendMove')}
      </span>
      <span>
        <i class="window-key" />
        {t('eventWindow')}
      </span>
    </p>
  );
}
