import { createResource } from 'solid-js';
import { api, type Simulation } from '../api.ts';
import { useEvent } from './eventContext.ts';

/**
 * What the simulation page knows of the scenario being looked at, from one read of the event's status:
 * `simulation`, its newest simulation (null while it has never been simulated: no 404 is asked for), and
 * `solved`, whether it has a roster of its current version, which is what a simulation runs (the server answers
 * 409 otherwise; undefined while the status loads). `refetch` reads the status again, and the simulation with it.
 */
export function createScenarioSimulation() {
  const ctx = useEvent();
  const [status, { refetch }] = createResource(ctx.eventId, (eventId) => api.eventStatus(eventId));
  const entry = () => {
    const scenario = ctx.scenario();
    const current = status();
    return scenario && current ? { scenarioId: scenario.id, row: current.scenarios.find((s) => s.scenarioId === scenario.id) } : undefined;
  };
  const [simulation] = createResource(entry, ({ scenarioId, row }): Promise<Simulation | null> => (row?.simulation ? api.simulation(scenarioId) : Promise.resolve(null)));
  const solved = () => {
    const row = entry()?.row;
    return entry() === undefined ? undefined : !!row?.roster && row.roster.scenarioVersion === row.version;
  };
  return { simulation, solved, status, refetch: () => void refetch() };
}
