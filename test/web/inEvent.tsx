// The event context every page test renders in: one two-day event and, when the test gives one, a scenario.
import { createResource, createSignal, type JSX } from 'solid-js';
import type { EventInfo, Scenario } from '../../web/src/api.ts';
import { EventContext, type EventContextValue } from '../../web/src/state/eventContext.ts';

export const TEST_EVENT: EventInfo = {
  id: 1, slug: 'd11', name: 'Double 11', timeZone: 'Asia/Shanghai', version: 1, postEventDays: 14, rules: {},
  horizonStart: '2026-11-10T00:00:00+08:00', horizonEnd: '2026-11-12T00:00:00+08:00',
  windowStart: '2026-11-10T10:00:00+08:00', windowEnd: '2026-11-12T00:00:00+08:00',
};

/** Renders `children` inside TEST_EVENT with the scenario `scenario` returns (none by default). */
export function InEvent(props: { scenario?: () => Scenario | undefined; children: JSX.Element }) {
  const [eventId] = createSignal(TEST_EVENT.id);
  const [event] = createResource(async () => TEST_EVENT);
  const [scenarios] = createResource(async () => [] as Scenario[]);
  const context: EventContextValue = { eventId, event, scenarios, scenario: props.scenario ?? (() => undefined), selectScenario: () => {}, refetchScenarios: () => {} };
  return <EventContext.Provider value={context}>{props.children}</EventContext.Provider>;
}
