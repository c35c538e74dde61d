import { For, Show } from 'solid-js';
import type { RosterDetail } from '../api.ts';
import { hourLabel, monthDay, number, queueLabel } from '../i18n/format.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';

type Exhausted = NonNullable<RosterDetail['diagnostics']['exhausted']>[number];

/** Short hours listed in a lever's line; the rest are counted ("and 4 more"), the table below lists them all. */
const LISTED_HOURS = 8;

/** The short hours grouped by day, "Nov 11 00:00, 09:00; Nov 12 07:00": the team's line spans several days and has no date of its own. */
function shortHoursText(hours: readonly string[]): string {
  const byDay = new Map<string, string[]>();
  for (const hour of [...hours].sort((a, b) => Date.parse(a) - Date.parse(b)).slice(0, LISTED_HOURS)) {
    const day = monthDay(hour);
    byDay.set(day, [...(byDay.get(day) ?? []), hourLabel(hour)]);
  }
  const listed = [...byDay].map(([day, times]) => `${day} ${times.join(t('listSeparator'))}`).join(t('listGroupSeparator'));
  return hours.length > LISTED_HOURS ? t('listAndMore', { listed, more: number(hours.length - LISTED_HOURS) }) : listed;
}

/** A lever that ran out, in the reader's language: which, where and when, why, and what one more unit of it would buy. */
function exhaustedText(e: Exhausted): string {
  const lever = t(`exhaustedLever_${e.lever}` as MessageKey);
  const causes = e.causes.map((c) => t(`exhaustedCause_${c}` as MessageKey)).join(t('listSeparator'));
  const what = { lever, hours: number(e.hours.length), causes, when: shortHoursText(e.hours) };
  const ran = e.queue ? t('exhaustedRanOut', { ...what, queue: queueLabel(e.queue) }) : t('exhaustedRanOutAnyQueue', what);
  const unit = e.oneMore;
  if (!unit) return ran;
  // The floor's wall is the model's price for an hour below the floor, not cash: say how many agent-hours go
  // back up to the floor, and count only lost GMV and the unit's cost as money (rosters stored before the
  // field existed have no floorAgentHours).
  const floorHours = unit.floorAgentHours ?? 0;
  const buys = t(floorHours > 0 ? 'exhaustedOneMoreFloor' : 'exhaustedOneMore', {
    unit: t(`exhaustedUnit_${unit.unit}` as MessageKey),
    agentHours: number(unit.agentHours),
    floorHours: number(floorHours),
    lostGmv: number(Math.round(unit.lostGmvCny)),
    cost: number(Math.round(unit.costCny)),
    net: number(Math.round(unit.lostGmvCny - unit.costCny)),
  });
  return t('exhaustedLine', { ran, buys });
}

/**
 * The levers the plan used up where a gap remains, each with what one more unit would buy. A roster an applied
 * re-plan stored (`replannedFrom`) has no such report: the solve worked it out for the earlier roster's gaps, and
 * a supervisor reading "temps ran out at 20:00, one more would save..." beside a roster whose re-plan already
 * booked for 20:00 would act on a gap that is closed. The note says so and where a fresh report comes from.
 */
export function ExhaustedLevers(props: { exhausted?: Exhausted[]; replannedFrom?: number }) {
  return (
    <Show
      when={props.replannedFrom === undefined}
      fallback={
        <>
          <h3>{t('exhaustedTitle')}</h3>
          <p class="muted" data-testid="replanned-note">{t('exhaustedReplanned', { id: props.replannedFrom ?? '' })}</p>
        </>
      }
    >
      <Show when={props.exhausted?.length}>
        <h3>{t('exhaustedTitle')}</h3>
        <ul data-testid="plan-exhausted">
          <For each={props.exhausted}>{(e) => <li data-lever={e.lever}>{exhaustedText(e)}</li>}</For>
        </ul>
      </Show>
    </Show>
  );
}
