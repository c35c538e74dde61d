import { createContext, useContext, type Accessor, type Resource } from 'solid-js';
import type { EventInfo, Scenario } from '../api.ts';

/** What every page of one event shares: the event, its scenarios and the scenario being looked at. */
export interface EventContextValue {
  eventId: Accessor<number>;
  event: Resource<EventInfo>;
  scenarios: Resource<Scenario[]>;
  scenario: Accessor<Scenario | undefined>;
  selectScenario: (id: number) => void;
  refetchScenarios: () => void;
}

export const EventContext = createContext<EventContextValue>();

export function useEvent(): EventContextValue {
  const value = useContext(EventContext);
  if (!value) throw new Error('useEvent() outside an event page');
  return value;
}
