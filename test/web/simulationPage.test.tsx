// @vitest-environment happy-dom
// The simulation page offers its run only when the scenario has a roster of its current version, which is what the
// server simulates (it answers 409 otherwise): no red error box for a step the supervisor has not reached.
import { cleanup, render } from '@solidjs/testing-library';
import { createResource, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventInfo, Scenario } from '../../web/src/api.ts';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { EventContext, type EventContextValue } from '../../web/src/state/eventContext.ts';

const data = vi.hoisted(() => ({ version: 2, rosterVersion: 1 as number | null }));
vi.mock('../../web/src/api.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../web/src/api.ts')>();
  return {
    ...actual,
    api: {
      ...actual.api,
      eventStatus: async () => ({
        scenarios: [{ scenarioId: 7, version: data.version, roster: data.rosterVersion === null ? null : { id: 3, scenarioVersion: data.rosterVersion }, simulation: null }],
        published: null,
      }),
      queues: async () => [],
    },
  };
});
vi.mock('../../web/src/pages/BrowserSimulation.tsx', () => ({ BrowserSimulation: () => null }));

const { default: SimulationPage } = await import('../../web/src/pages/SimulationPage.tsx');

const EVENT = { id: 1, slug: 'd11', name: 'Double 11', timeZone: 'Asia/Shanghai', version: 1, postEventDays: 14, rules: {}, horizonStart: '2026-11-10T00:00:00+08:00', horizonEnd: '2026-11-12T00:00:00+08:00', windowStart: '2026-11-10T10:00:00+08:00', windowEnd: '2026-11-12T00:00:00+08:00' } as EventInfo;

function renderPage() {
  return render(() => {
    const [eventId] = createSignal(1);
    const [event] = createResource(async () => EVENT);
    const [scenarios] = createResource(async () => [] as Scenario[]);
    const context: EventContextValue = { eventId, event, scenarios, scenario: () => ({ id: 7, version: data.version }) as Scenario, selectScenario: () => {}, refetchScenarios: () => {} };
    return (
      <EventContext.Provider value={context}>
        <SimulationPage />
      </EventContext.Provider>
    );
  });
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
    const page = renderPage();
    await vi.waitFor(() => expect((page.getByTestId('simulate') as HTMLButtonElement).disabled).toBe(false));
    expect(page.queryByTestId('simulate-unsolved')).toBeNull();
    expect(page.getByText('Not simulated yet: press "Run simulation".')).toBeTruthy();
  });
});
