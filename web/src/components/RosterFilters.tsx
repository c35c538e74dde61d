import { For } from 'solid-js';
import { QUEUE_CODES, type QueueCode } from '../../../shared/types.ts';
import { queueLabel, templateLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import type { RosterFilter, RosterRowCounts } from '../state/rosterGrid.ts';
import type { TemplateStyle } from './RosterGrid.tsx';

/** "12 of 152 agents + 30 of 845 temps, 0 of 60 borrowed": the team first, then each lever's bookings when there are any. */
function rowCountText(shown: RosterRowCounts, total: RosterRowCounts): string {
  const team = t('agentsShown', { shown: shown.agents, total: total.agents });
  const booked = [
    ...(total.temps > 0 ? [t('tempsShown', { shown: shown.temps, total: total.temps })] : []),
    ...(total.borrowed > 0 ? [t('borrowedShown', { shown: shown.borrowed, total: total.borrowed })] : []),
  ];
  return booked.length === 0 ? team : t('teamAndBooked', { team, booked: booked.join(t('listSeparator')) });
}

/** The grid's filters by team, queue and shift template, and how many agents and booked placeholders they leave; presentational. */
export function RosterFilters(props: { filter: RosterFilter; onChange: (filter: RosterFilter) => void; teams: string[]; templates: TemplateStyle[]; shown: RosterRowCounts; total: RosterRowCounts }) {
  const set = (patch: Partial<RosterFilter>) => props.onChange({ ...props.filter, ...patch });
  return (
    <div class="filters">
      <label>
        {t('team')}
        <select value={props.filter.team} onChange={(e) => set({ team: e.currentTarget.value })} data-testid="filter-team">
          <option value="">{t('all')}</option>
          <For each={props.teams}>{(name) => <option value={name}>{name}</option>}</For>
        </select>
      </label>
      <label>
        {t('queue')}
        <select value={props.filter.queue} onChange={(e) => set({ queue: e.currentTarget.value as QueueCode | '' })} data-testid="filter-queue">
          <option value="">{t('all')}</option>
          <For each={QUEUE_CODES}>{(q) => <option value={q}>{queueLabel(q)}</option>}</For>
        </select>
      </label>
      <label>
        {t('template')}
        <select value={props.filter.template} onChange={(e) => set({ template: e.currentTarget.value })} data-testid="filter-template">
          <option value="">{t('all')}</option>
          <For each={props.templates}>{(tpl) => <option value={tpl.code}>{`${tpl.code} ${templateLabel(tpl)}`}</option>}</For>
        </select>
      </label>
      <span class="muted" data-testid="roster-row-count">{rowCountText(props.shown, props.total)}</span>
    </div>
  );
}
