// @vitest-environment happy-dom
// The simulation page offers its run only when the scenario has a roster of its current version, which is what the
// server simulates (it answers 409 otherwise): no red error box for a step the supervisor has not reached.
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../web/src/api.ts';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { InEvent } from './inEvent.tsx';

const data = vi.hoisted(() => ({ version: 2, rosterVersion: 1 as number | null, statusReads: 0 }));
vi.mock('../../web/src/api.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../web/src/api.ts')>();
  return {
    ...actual,
    api: {
      ...actual.api,
      eventStatus: async () => (data.statusReads++, {
        scenarios: [{ scenarioId: 7, version: data.version, roster: data.rosterVersion === null ? null : { id: 3, scenarioVersion: data.rosterVersion }, simulation: null }],
        published: null,
      }),
      queues: async () => [],
    },
  };
});
vi.mock('../../web/src/pages/BrowserSimulation.tsx', () => ({ BrowserSimulation: () => null }));

const { default: SimulationPage } = await import('../../web/src/pages/SimulationPage.tsx');

function renderPage() {
  return render(() => (
    <InEvent scenario={() => ({ id: 7, version: data.version }) as Scenario}>
      <SimulationPage />
    </InEvent>
  ));
}

describe('SimulationPage', () => {
  beforeEach(() => setLocale('en'));
  afterEach(cleanup);

  it('says to solve first, and offers no run, when the roster is of an older version or there is none', async () => {
    for (const rosterVersion of [1, null]) {
      data.rosterVersion = rosterVersion;
      const page = renderPage();
      expect((await page.findByTestId('simulate-unsolved')).textContent).toContain('solve it on the Roster page first');
      expect((page.getByTestId('simulate') as HTMLButtonElement).disabled).toBe(true);
      cleanup();
    }
  });

  it('offers the run once the scenario as it stands is solved', async () => {
    data.rosterVersion = 2;
    data.statusReads = 0;
    const page = renderPage();
    await vi.waitFor(() => expect((page.getByTestId('simulate') as HTMLButtonElement).disabled).toBe(false));
    expect(page.queryByTestId('simulate-unsolved')).toBeNull();
    expect(page.getByText('Not simulated yet: press "Run simulation".')).toBeTruthy();
    // One read of the event's status serves both the run's availability and the simulation shown.
    expect(data.statusReads).toBe(1);
  });
});
