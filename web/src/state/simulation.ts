import { createResource } from 'solid-js';
import { api, ApiError, type Simulation } from '../api.ts';
import { useEvent } from './eventContext.ts';

/** The newest simulation of the scenario being looked at; null while it has never been simulated (the API's 404). */
export function createSimulationResource() {
  const ctx = useEvent();
  return createResource(
    () => ctx.scenario()?.id,
    (scenarioId): Promise<Simulation | null> => api.simulation(scenarioId).catch((e) => (e instanceof ApiError && e.status === 404 && e.code === 'NOT_FOUND' ? null : Promise.reject(e))),
  );
}
