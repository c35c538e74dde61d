import { createResource } from 'solid-js';
import { api, type RosterDetail } from '../api.ts';
import { useEvent } from './eventContext.ts';

/** The newest roster of the scenario being looked at; null while it has never been solved (the event's status says so, no 404 is asked for). */
export function createRosterResource() {
  const ctx = useEvent();
  return createResource(
    () => ctx.scenario()?.id,
    async (scenarioId): Promise<RosterDetail | null> => {
      const status = await api.eventStatus(ctx.eventId());
      return status.scenarios.find((s) => s.scenarioId === scenarioId)?.roster ? api.roster(scenarioId) : null;
    },
  );
}

/** The id of the event's published roster as this page last saw it: null when none is published, undefined while loading. */
export function createPublishedRosterIdResource() {
  const ctx = useEvent();
  return createResource(ctx.eventId, async (eventId): Promise<number | null> => (await api.eventStatus(eventId)).published?.id ?? null);
}
