// @vitest-environment happy-dom
// The Live page before the event's first counts and before any roster is published: plain guidance, no error box,
// and no re-plan asked of the server (it would answer 409: nothing to re-plan).
import { MemoryRouter, Route, createMemoryHistory } from '@solidjs/router';
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { InEvent } from './inEvent.tsx';

const data = vi.hoisted(() => ({ published: null as null | { id: number }, replans: 0, applied: 0, actual: undefined as number | undefined }));
vi.mock('../../web/src/api.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../web/src/api.ts')>();
  return {
    ...actual,
    api: {
      ...actual.api,
      eventStatus: async () => ({ published: data.published, scenarios: [] }),
      reforecast: async () => ({
        now: '2026-11-10T08:00:00+08:00',
        factors: [{ queue: 'pre_sale', factor: 1, measured: 1, source: 'tooLittleData' }],
        rows: [{ hourStart: '2026-11-10T08:00:00+08:00', queue: 'pre_sale', forecast: 686, observed: data.actual === undefined ? 0 : 1, expected: data.actual ?? 686, ...(data.actual === undefined ? {} : { actual: data.actual }) }],
      }),
      replan: async (_eventId: number, body: { apply?: boolean }) => {
        if (body.apply) {
          data.applied++;
          // Applying publishes the re-planned roster.
          data.published = { id: (data.published?.id ?? 0) + 1 };
        } else data.replans++;
        return { rosterId: data.published?.id, changes: [{ kind: 'overtime' }], service: [], staffed: [], factors: [] };
      },
    },
  };
});
vi.mock('../../web/src/components/ReplanChanges.tsx', () => ({ ReplanChanges: () => <p data-testid="replan-changes" /> }));
vi.mock('../../web/src/components/ServiceAheadTable.tsx', () => ({ ServiceAheadTable: () => null }));

const { default: LivePage } = await import('../../web/src/pages/LivePage.tsx');

function renderPage() {
  const history = createMemoryHistory();
  history.set({ value: '/events/1/live' });
  return render(() => (
    <InEvent>
      <MemoryRouter history={history}>
        <Route path="/events/:eventId/live" component={LivePage} />
      </MemoryRouter>
    </InEvent>
  ));
}

describe('LivePage', () => {
  beforeEach(() => {
    setLocale('en');
    data.replans = 0;
    data.applied = 0;
  });
  afterEach(cleanup);

  it('asks for a published roster instead of showing a conflict, and says no counts have come in', async () => {
    data.published = null;
    data.actual = undefined;
    const page = renderPage();
    const note = await page.findByTestId('replan-unpublished');
    expect(note.textContent).toContain('publish one first');
    expect(note.querySelector('a')?.getAttribute('href')).toBe('/events/1/roster');
    expect((await page.findByTestId('live-now')).textContent).toContain('No actual counts yet');
    expect(page.queryByTestId('error')).toBeNull();
    expect(data.replans).toBe(0);
  });

  it('re-plans once a roster is published and dates the counts', async () => {
    data.published = { id: 3 };
    data.actual = 700;
    const page = renderPage();
    await page.findByTestId('replan-changes');
    expect(data.replans).toBe(1);
    expect(page.queryByTestId('replan-unpublished')).toBeNull();
    expect((await page.findByTestId('live-now')).textContent).toContain('As of Nov 10, 08:00');
  });

  it('asks for the next re-plan against the roster an apply published', async () => {
    data.published = { id: 3 };
    data.actual = 700;
    const page = renderPage();
    await page.findByTestId('replan-changes');
    (page.getByTestId('replan-apply') as HTMLButtonElement).click();
    await page.findByTestId('replan-applied');
    await vi.waitFor(() => expect(data.replans).toBe(2));
    // Once, as the status names the new roster: not once more for the apply itself.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(data.replans).toBe(2);
    expect(data.applied).toBe(1);
    expect(data.published).toEqual({ id: 4 });
  });
});
