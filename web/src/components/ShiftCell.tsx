import { Show } from 'solid-js';
import { queueLabel, queueShort, templateLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { cellBackground } from './cellBackground.ts';
import type { GridDay, RosterRow, RosterShift, TemplateStyle } from './RosterGrid.tsx';

/** One agent's day in the grid: the shift's code in its template's colour with its badges (moved, note, overtime), or an empty cell. */
export function ShiftCell(props: {
  row: RosterRow;
  day: GridDay;
  templates: Map<string, TemplateStyle>;
  onPick?: (row: RosterRow, date: string, shift: RosterShift) => void;
  picked?: { agentId: string; date: string };
}) {
  // A row's shifts are fixed for its lifetime in the virtual list, so the cell reads them once.
  const shift = props.row.shifts.get(props.day.date);
  const style = shift ? props.templates.get(shift.template) : undefined;
  return (
    <div
      class="cell shift"
      classList={{ pickable: !!shift && !!props.onPick, window: props.day.inWindow, picked: props.picked?.agentId === props.row.agent.id && props.picked?.date === props.day.date }}
      style={shift ? { background: cellBackground(style), color: style?.ink ?? '#1f2937' } : undefined}
      title={shift ? `${style ? templateLabel(style) : shift.template} · ${queueLabel(shift.queue)}${shift.note ? `\n${t('shiftNote')}: ${shift.note}` : ''}` : ''}
      onClick={shift && props.onPick ? () => props.onPick!(props.row, props.day.date, shift) : undefined}
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
}
