import { createResource } from 'solid-js';
import { api, ApiError, type RosterDetail } from '../api.ts';
import { useEvent } from './eventContext.ts';

/** The newest roster of the scenario being looked at; null while the scenario has never been solved (the API's 404). */
export function createRosterResource() {
  const ctx = useEvent();
  return createResource(
    () => ctx.scenario()?.id,
    (scenarioId): Promise<RosterDetail | null> => api.roster(scenarioId).catch((e) => (e instanceof ApiError && e.status === 404 && e.code === 'NOT_FOUND' ? null : Promise.reject(e))),
  );
}

/** The id of the event's published roster as this page last saw it: null when none is published, undefined while loading. */
export function createPublishedRosterIdResource() {
  const ctx = useEvent();
  return createResource(ctx.eventId, async (eventId): Promise<number | null> => (await api.publishedRoster(eventId))?.id ?? null);
}
