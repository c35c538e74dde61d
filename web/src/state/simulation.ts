import { createResource, type Accessor } from 'solid-js';
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

/**
 * Whether the scenario being looked at has a roster of its current version, which is what a simulation runs
 * (the server answers 409 otherwise); undefined while the event's status loads. Refetch after a simulation, since
 * the scenario may have changed meanwhile.
 */
export function createSolvedResource(): [Accessor<boolean | undefined>, () => void] {
  const ctx = useEvent();
  const [status, { refetch }] = createResource(ctx.eventId, (eventId) => api.eventStatus(eventId));
  const solved = () => {
    const scenario = ctx.scenario();
    const current = status();
    if (!scenario || !current) return undefined;
    const entry = current.scenarios.find((s) => s.scenarioId === scenario.id);
    return !!entry?.roster && entry.roster.scenarioVersion === entry.version;
  };
  return [solved, () => void refetch()];
}
