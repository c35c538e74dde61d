// Every read and write of the web app goes through this one typed client; the session cookie rides along (same origin).
import { hc, type ClientResponse, type InferResponseType } from 'hono/client';
// Type-only imports: no server code reaches the bundle, but a renamed field breaks the build.
import type { ApiType } from '../../server/app.ts';
import type { RosterDetail as StoredRosterDetail } from '../../shared/roster/storedRoster.ts';
import type { ScenarioComparison } from '../../shared/scenario/compareScenarios.ts';
import type { ScenarioParamsInput } from '../../shared/scenario/params.ts';
import type { SimulationSummary } from '../../shared/scenario/outcome.ts';
import type { SweepResult } from '../../shared/simulate/sweep.ts';
import type { RequirementParams } from '../../shared/staffing/params.ts';
import type { Agent, Interval, QueueCode } from '../../shared/types.ts';

export interface ErrorDetail {
  line?: number;
  field?: string;
  message: string;
}
export interface ApiErrorBody {
  error: { code: string; message: string; details?: ErrorDetail[] };
}

/** A failed API call, carrying the server's code, message and per-row details. */
export class ApiError extends Error {
  readonly code: string;
  readonly details: ErrorDetail[];
  constructor(
    readonly status: number,
    body: ApiErrorBody | null,
  ) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.code = body?.error?.code ?? 'HTTP_ERROR';
    this.details = body?.error?.details ?? [];
  }
}

const client = hc<ApiType>('/api');

type SuccessBody<R> = R extends ClientResponse<infer T, infer S, infer _F> ? (S extends 200 | 201 | 202 ? T : never) : never;

/** The JSON body of a successful response; anything else becomes an ApiError with the server's message. */
async function body<R extends ClientResponse<unknown, number, string>>(pending: Promise<R>): Promise<SuccessBody<R>> {
  const response = await pending;
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page: report the status rather than a JSON syntax error.
    throw new ApiError(response.status, { error: { code: 'BAD_RESPONSE', message: `HTTP ${response.status}: ${text.slice(0, 120)}` } });
  }
  if (!response.ok) throw new ApiError(response.status, json as ApiErrorBody);
  return json as SuccessBody<R>;
}

const id = (n: number) => String(n);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An upload's body: a workbook goes as .xlsx (by its type or name), anything else as CSV. */
const csvInit = (file: Blob) => {
  const isXlsx = file.type === XLSX_TYPE || (file instanceof File && /\.xlsx$/i.test(file.name));
  return { init: { body: file, headers: { 'content-type': isXlsx ? XLSX_TYPE : 'text/csv' } } };
};

export type User = InferResponseType<typeof client.auth.me.$get, 200>;
export type EventInfo = InferResponseType<typeof client.events.$get, 200>[number];
export type NewEvent = Parameters<typeof client.events.$post>[0]['json'];
export type AgentRecord = Agent & { dbId: number; active: boolean };
export type AgentPatch = Partial<Pick<Agent, 'name' | 'crossTrainedFor' | 'contract' | 'team' | 'unavailable'>>;
export type Scenario = Omit<InferResponseType<(typeof client.events)[':eventId']['scenarios']['$get'], 200>[number], 'params'> & { params: ScenarioParamsInput };
export type ForecastGenerator = Parameters<(typeof client.events)[':eventId']['forecast']['generate']['$post']>[0]['json'];
export type Job = InferResponseType<(typeof client.jobs)[':jobId']['$get'], 200>;
export type CalendarToken = InferResponseType<(typeof client.events)[':eventId']['calendar-tokens']['$get'], 200>[number];
export type NewCalendarToken = InferResponseType<(typeof client.events)[':eventId']['calendar-tokens']['$post'], 201>;
export type IssuedAgentFeeds = InferResponseType<(typeof client.events)[':eventId']['calendar-tokens']['agents']['$post'], 201>;
export type QueueInfo = InferResponseType<(typeof client.events)[':eventId']['queues']['$get'], 200>[number];
export type RosterDetail = StoredRosterDetail;
export type RosterLegalExcess = InferResponseType<(typeof client.rosters)[':rosterId']['legal-excess']['$get'], 200>;
export interface Simulation {
  id: number;
  /** Null once the roster it ran on has been deleted (the column is ON DELETE SET NULL). */
  rosterId: number | null;
  createdAt: string;
  result: { scenarioVersion: number; rosterId: number; summary: Omit<SimulationSummary, 'p90FirstResponseSeconds'> & { p90FirstResponseSeconds: number | null }; sweep: SweepResult };
}
export type { Interval, QueueCode, ScenarioComparison, RequirementParams };

export type Reforecast = InferResponseType<(typeof client.events)[':eventId']['reforecast']['$get'], 200>;
export type Replan = InferResponseType<(typeof client.events)[':eventId']['replan']['$post'], 200>;
export type ReplanBody = Parameters<(typeof client.events)[':eventId']['replan']['$post']>[0]['json'];
export type FactorOverrides = Partial<Record<QueueCode, number>>;

export type EventStatus = InferResponseType<(typeof client.events)[':eventId']['status']['$get'], 200>;
export type RosterState = NonNullable<EventStatus['published']>;

export const api = {
  /** Who is signed in, null for nobody: a 200 either way, so the sign-in page logs no error. */
  session: async () => (await body(client.auth.session.$get())).user,
  login: (username: string, password: string) => body(client.auth.login.$post({ json: { username, password } })),
  logout: async () => {
    await client.auth.logout.$post();
  },

  events: () => body(client.events.$get()),
  event: (eventId: number) => body(client.events[':eventId'].$get({ param: { eventId: id(eventId) } })),
  /** What exists yet (rosters, simulations, publication, feeds): asked before reading what may be absent. */
  eventStatus: (eventId: number) => body(client.events[':eventId'].status.$get({ param: { eventId: id(eventId) } })),
  createEvent: (input: NewEvent) => body(client.events.$post({ json: input })),
  templates: (eventId: number) => body(client.events[':eventId'].templates.$get({ param: { eventId: id(eventId) } })),
  queues: (eventId: number, scenarioId?: number) =>
    body(client.events[':eventId'].queues.$get({ param: { eventId: id(eventId) }, query: scenarioId ? { scenarioId: id(scenarioId) } : {} })),

  agents: (eventId: number) => body(client.events[':eventId'].agents.$get({ param: { eventId: id(eventId) }, query: {} })) as Promise<AgentRecord[]>,
  importAgents: (eventId: number, file: Blob) => body(client.events[':eventId'].agents.import.$post({ param: { eventId: id(eventId) } }, csvInit(file))),
  updateAgent: (eventId: number, agentId: string, patch: AgentPatch) =>
    body(client.events[':eventId'].agents[':agentId'].$patch({ param: { eventId: id(eventId), agentId }, json: patch })) as Promise<AgentRecord>,

  forecast: (eventId: number) => body(client.events[':eventId'].forecast.$get({ param: { eventId: id(eventId) } })),
  importForecast: (eventId: number, file: Blob) => body(client.events[':eventId'].forecast.import.$post({ param: { eventId: id(eventId) } }, csvInit(file))),
  generateForecast: (eventId: number, input: ForecastGenerator, store: boolean) =>
    body(client.events[':eventId'].forecast.generate.$post({ param: { eventId: id(eventId) }, query: { store: String(store) as 'true' | 'false' }, json: input })),

  /** Actual vs forecast and the re-forecast of the rest of the event, with the supervisor's factors when given. */
  reforecast: (eventId: number, overrides: FactorOverrides = {}) =>
    body(client.events[':eventId'].reforecast.$get({ param: { eventId: id(eventId) }, query: Object.fromEntries(Object.entries(overrides).map(([q, x]) => [q, String(x)])) })),
  /** The re-plan of the published roster; with `apply: true` it is published as a new version (409 when `expectedPublishedRosterId` is stale). */
  replan: (eventId: number, json: ReplanBody) => body(client.events[':eventId'].replan.$post({ param: { eventId: id(eventId) }, json })),

  scenarios: (eventId: number) => body(client.events[':eventId'].scenarios.$get({ param: { eventId: id(eventId) } })) as Promise<Scenario[]>,
  cloneScenario: (eventId: number, name: string, fromScenarioId?: number) =>
    body(client.events[':eventId'].scenarios.$post({ param: { eventId: id(eventId) }, json: { name, fromScenarioId } })) as Promise<Scenario>,
  updateScenario: (scenarioId: number, version: number, patch: { name?: string; params?: ScenarioParamsInput }) =>
    body(client.scenarios[':scenarioId'].$patch({ param: { scenarioId: id(scenarioId) }, json: { version, ...patch } as never })) as Promise<Scenario>,
  deleteScenario: async (scenarioId: number) => {
    const response = await client.scenarios[':scenarioId'].$delete({ param: { scenarioId: id(scenarioId) } });
    if (!response.ok) await body(Promise.resolve(response));
  },
  requirement: (scenarioId: number) => body(client.scenarios[':scenarioId'].requirement.$get({ param: { scenarioId: id(scenarioId) } })),
  compare: (scenarioIds: number[]) => body(client.scenarios.compare.$get({ query: { ids: scenarioIds.join(',') } })),

  solve: (scenarioId: number) => body(client.scenarios[':scenarioId'].solve.$post({ param: { scenarioId: id(scenarioId) } })),
  simulate: (scenarioId: number) => body(client.scenarios[':scenarioId'].simulate.$post({ param: { scenarioId: id(scenarioId) } })),
  job: (jobId: string) => body(client.jobs[':jobId'].$get({ param: { jobId } })),
  cancelJob: (jobId: string) => body(client.jobs[':jobId'].cancel.$post({ param: { jobId } })),

  roster: (scenarioId: number) => body(client.scenarios[':scenarioId'].roster.$get({ param: { scenarioId: id(scenarioId) } })),
  setShiftNote: (rosterId: number, assignmentId: number, note: string | null) =>
    body(client.rosters[':rosterId'].assignments[':assignmentId'].$patch({ param: { rosterId: id(rosterId), assignmentId: id(assignmentId) }, json: { note } })),
  /** The roster's working time beyond the legal figures, per agent, with overtime hours and pay rate. */
  legalExcess: (rosterId: number) => body(client.rosters[':rosterId']['legal-excess'].$get({ param: { rosterId: id(rosterId) } })),
  /** The event's published roster (GET /events/{id}/roster answers 404 when none: ask eventStatus first). */
  publishedRoster: (eventId: number) => body(client.events[':eventId'].roster.$get({ param: { eventId: id(eventId) } })),
  /** Publishes a draft in place of `expectedPublishedRosterId`, the published roster the page showed (null: none); 409 if another was published meanwhile. */
  publish: (rosterId: number, expectedPublishedRosterId: number | null) =>
    body(client.rosters[':rosterId'].publish.$post({ param: { rosterId: id(rosterId) }, json: { expectedPublishedRosterId } })),
  simulation: (scenarioId: number) => body(client.scenarios[':scenarioId'].simulation.$get({ param: { scenarioId: id(scenarioId) } })),
  /** Download links; the browser sends the session cookie with them. */
  exportUrl: (rosterId: number, format: 'xlsx' | 'csv') => `/api/rosters/${rosterId}/export.${format}`,

  calendarTokens: (eventId: number) => body(client.events[':eventId']['calendar-tokens'].$get({ param: { eventId: id(eventId) } })),
  createCalendarToken: (eventId: number, scope: CalendarToken['scope'], subject: string) =>
    body(client.events[':eventId']['calendar-tokens'].$post({ param: { eventId: id(eventId) }, json: { scope, subject } })),
  /** Every active agent's feed at once; new links come only in this answer. */
  issueAgentFeeds: (eventId: number, replaceExisting: boolean) =>
    body(client.events[':eventId']['calendar-tokens'].agents.$post({ param: { eventId: id(eventId) }, json: { replaceExisting } })),
  revokeCalendarToken: (tokenId: number) => body(client['calendar-tokens'][':tokenId'].$delete({ param: { tokenId: id(tokenId) } })),
  rotateCalendarToken: (tokenId: number) => body(client['calendar-tokens'][':tokenId'].rotate.$post({ param: { tokenId: id(tokenId) } })),
};
