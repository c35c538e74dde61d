import { createResource } from 'solid-js';
import { api, type Simulation } from '../api.ts';
import { useEvent } from './eventContext.ts';

/** The newest simulation of the scenario being looked at; null while it has never been simulated (the event's status says so, no 404 is asked for). */
export function createSimulationResource() {
  const ctx = useEvent();
  return createResource(
    () => ctx.scenario()?.id,
    async (scenarioId): Promise<Simulation | null> => {
      const status = await api.eventStatus(ctx.eventId());
      return status.scenarios.find((s) => s.scenarioId === scenarioId)?.simulation ? api.simulation(scenarioId) : null;
    },
  );
}
