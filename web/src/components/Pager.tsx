import { Show } from 'solid-js';
import { number } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';

/** Previous / next over `total` rows shown `size` at a time; `page` counts from 0. */
export function Pager(props: { page: number; size: number; total: number; onPage: (page: number) => void; testId?: string }) {
  const pages = () => Math.max(1, Math.ceil(props.total / props.size));
  return (
    <Show when={props.total > props.size}>
      <div class="actions pager" data-testid={props.testId}>
        <button class="secondary" disabled={props.page === 0} onClick={() => props.onPage(props.page - 1)}>{t('pagePrevious')}</button>
        <span class="muted">
          {t('pageOf', { page: number(props.page + 1), pages: number(pages()), from: number(props.page * props.size + 1), to: number(Math.min(props.total, (props.page + 1) * props.size)), total: number(props.total) })}
        </span>
        <button class="secondary" disabled={props.page >= pages() - 1} onClick={() => props.onPage(props.page + 1)} data-testid={props.testId && `${props.testId}-next`}>{t('pageNext')}</button>
      </div>
    </Show>
  );
}
