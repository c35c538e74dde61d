/** The supervisor's one-paragraph view of the shortfall: how much, and the worst hours. */
import type { ShortfallRow } from '../../types.ts';
import type { ShortfallSummary } from '../types.ts';

/** Totals and the `top` worst (hour, queue) rows by agents missing. */
export function summarizeShortfall(rows: ShortfallRow[], top = 5): ShortfallSummary {
  const missing = (r: ShortfallRow) => r.required - r.scheduled;
  const totalAgentHours = rows.reduce((s, r) => s + missing(r), 0);
  const worst = [...rows].sort((a, b) => missing(b) - missing(a) || a.hourStart.localeCompare(b.hourStart)).slice(0, top);
  const message =
    rows.length === 0
      ? 'Every hour and queue is covered.'
      : `${rows.length} hour(s) short by ${totalAgentHours} agent-hours in total; worst: ` +
        worst.map((r) => `${r.hourStart} ${r.queue} ${r.scheduled}/${r.required}`).join('; ');
  return { totalAgentHours, hoursShort: rows.length, worst, message };
}
