import { For } from 'solid-js';
import { templateLabel } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { cellBackground } from './cellBackground.ts';
import type { TemplateStyle } from './RosterGrid.tsx';

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
