// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { visibleRange, VirtualRows } from '../../web/src/components/VirtualRows.tsx';

const agents = Array.from({ length: 300 }, (_, i) => ({ id: `A${String(i + 1).padStart(3, '0')}` }));

describe('VirtualRows', () => {
  afterEach(cleanup);

  it('computes the window with overscan, clipped to the list', () => {
    expect(visibleRange(0, 300, 30, 300, 5)).toEqual([0, 15]);
    expect(visibleRange(3000, 300, 30, 300, 5)).toEqual([95, 115]);
    expect(visibleRange(8990, 300, 30, 300, 5)).toEqual([294, 300]);
    expect(visibleRange(0, 300, 30, 0, 5)).toEqual([0, 0]);
  });

  it('renders only the rows in view of 300 agents, and follows the scroll', async () => {
    const { container, getAllByTestId } = render(() => (
      <VirtualRows items={agents} rowHeight={30} height={300} overscan={5}>
        {(agent) => <div data-testid="row">{agent.id}</div>}
      </VirtualRows>
    ));
    let rows = getAllByTestId('row');
    expect(rows.length).toBe(15);
    expect(rows[0].textContent).toBe('A001');
    const viewport = container.querySelector('[data-testid=virtual-rows]') as HTMLDivElement;
    // The spacer keeps the scrollbar the height of all 300 rows.
    expect((viewport.firstElementChild as HTMLElement).style.height).toBe('9000px');
    viewport.scrollTop = 3000;
    await fireEvent.scroll(viewport);
    rows = getAllByTestId('row');
    expect(rows.length).toBe(20);
    expect(rows[0].textContent).toBe('A096');
    expect(rows.at(-1)!.textContent).toBe('A115');
  });
});
