import { For } from 'solid-js';
import { QUEUE_CODES, type QueueCode } from '../../../shared/types.ts';
import { queueLabel, templateLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import type { RosterFilter } from '../state/rosterGrid.ts';
import type { TemplateStyle } from './RosterGrid.tsx';

/** The grid's filters by team, queue and shift template, and how many agents they leave; presentational. */
export function RosterFilters(props: { filter: RosterFilter; onChange: (filter: RosterFilter) => void; teams: string[]; templates: TemplateStyle[]; shown: number; total: number }) {
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
      <span class="muted">{t('agentsShown', { shown: props.shown, total: props.total })}</span>
    </div>
  );
}
