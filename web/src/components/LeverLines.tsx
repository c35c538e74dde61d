import { For, Show } from 'solid-js';
import type { LeverLine } from '../../../shared/levers/leverLines.ts';
import { dateTime, dayLabel, hourLabel, number, queueLabel } from '../i18n/format.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';

/** One lever line in the event's own words: "Book 212 temps Nov 10, 20:00–02:00 for pre-sale", "46 agents work +2 h on 11/11". */
function lineText(line: LeverLine): string {
  // One person reads "Book 1 temp", not "Book 1 temps": each message has a singular form (the same words in Chinese).
  const key = (base: 'planLineOvertime' | 'planLineTemps' | 'planLineBorrowed' | 'planLinePeak'): MessageKey => (line.count === 1 ? `${base}_one` : base);
  if (line.kind === 'overtime') return t(key('planLineOvertime'), { count: number(line.count), hours: number(line.hours), date: dayLabel(`${line.date}T12:00:00+08:00`) });
  const args = { count: number(line.count), start: dateTime(line.start), end: hourLabel(line.end), queue: queueLabel(line.queue) };
  return t(key(line.kind === 'temps' ? 'planLineTemps' : line.kind === 'borrowed' ? 'planLineBorrowed' : 'planLinePeak'), args);
}

/** The levers the roster pulls, booking by booking, as the supervisor hands them to the agency and the team. */
export function LeverLines(props: { lines: LeverLine[] }) {
  return (
    <Show when={props.lines.length > 0}>
      <h3>{t('planLinesTitle')}</h3>
      <ul class="scroll" data-testid="lever-lines">
        <For each={props.lines}>{(line) => <li data-testid={`lever-line-${line.kind}`}>{lineText(line)}</li>}</For>
      </ul>
    </Show>
  );
}
