import { createMemo, createSignal, For, type JSX } from 'solid-js';

export interface VirtualRowsProps<T> {
  items: readonly T[];
  /** Every row has this height in pixels; that is what makes the window arithmetic exact. */
  rowHeight: number;
  /** Height of the scrolling viewport in pixels. */
  height: number;
  /** Rows rendered above and below the visible ones, so fast scrolling shows no gaps. */
  overscan?: number;
  header?: JSX.Element;
  children: (item: T, index: number) => JSX.Element;
}

/** The rows [first, last) to render for a scroll position. */
export function visibleRange(scrollTop: number, height: number, rowHeight: number, count: number, overscan: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return [first, Math.max(first, last)];
}

/**
 * A windowed list: only the rows in view (plus overscan) are in the DOM, placed by one translated block
 * inside a spacer as tall as all rows, so 300+ agents scroll as cheaply as 30.
 */
export function VirtualRows<T>(props: VirtualRowsProps<T>) {
  const [scrollTop, setScrollTop] = createSignal(0);
  const range = createMemo(() => visibleRange(scrollTop(), props.height, props.rowHeight, props.items.length, props.overscan ?? 6));
  const slice = createMemo(() => props.items.slice(range()[0], range()[1]));
  return (
    <div class="virtual" style={{ height: `${props.height}px` }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="virtual-rows">
      {props.header}
      <div style={{ height: `${props.items.length * props.rowHeight}px`, position: 'relative' }}>
        <div style={{ transform: `translateY(${range()[0] * props.rowHeight}px)` }}>
          <For each={slice()}>{(item, i) => props.children(item, range()[0] + i())}</For>
        </div>
      </div>
    </div>
  );
}
