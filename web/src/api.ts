// All reads and writes of the web app go through here; the server's session cookie rides along (same origin).
import type { ShortfallRow, SolverStats } from '../../shared/types.ts';

export interface ApiErrorBody {
  error: { code: string; message: string; details?: { line?: number; field?: string; message: string }[] };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.error.message);
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, json as ApiErrorBody);
  return json as T;
}

export interface User {
  id: number;
  username: string;
  role: 'admin' | 'supervisor' | 'agent';
}
export interface EventSummary {
  id: number;
  name: string;
  horizonStart: string;
  horizonEnd: string;
  windowStart: string;
  windowEnd: string;
}
export interface Scenario {
  id: number;
  name: string;
  isBaseline: boolean;
  version: number;
}
export interface Job {
  id: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  progress: number;
  phase: string;
  error: { code: string; message: string } | null;
}
export interface RosterView {
  id: number;
  status: 'draft' | 'published' | 'superseded';
  stats: SolverStats;
  shortfall: ShortfallRow[];
  assignments: { status: string }[];
  reassignments: unknown[];
  diagnostics: { summary: { message: string; worst: ShortfallRow[] }; suggestions: { message: string }[]; violations: unknown[] };
}

export const api = {
  me: () => request<User>('GET', '/api/auth/me'),
  login: (username: string, password: string) => request<User>('POST', '/api/auth/login', { username, password }),
  logout: () => request<void>('POST', '/api/auth/logout'),
  events: () => request<EventSummary[]>('GET', '/api/events'),
  scenarios: (eventId: number) => request<Scenario[]>('GET', `/api/events/${eventId}/scenarios`),
  solve: (scenarioId: number) => request<Job>('POST', `/api/scenarios/${scenarioId}/solve`),
  job: (jobId: string) => request<Job>('GET', `/api/jobs/${jobId}`),
  cancelJob: (jobId: string) => request<Job>('POST', `/api/jobs/${jobId}/cancel`),
  roster: (scenarioId: number) => request<RosterView>('GET', `/api/scenarios/${scenarioId}/roster`),
  publish: (rosterId: number) => request<RosterView>('POST', `/api/rosters/${rosterId}/publish`),
};
