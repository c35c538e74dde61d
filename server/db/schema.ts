import type { ColumnType, Generated, Insertable, RawBuilder, Selectable } from 'kysely';

// Table interfaces for Kysely. jsonb columns are typed as unknown: repositories validate with zod on the way out.

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
// Writes go through jsonb() (server/db/jsonb.ts): the type forbids passing a bare string.
type Json = ColumnType<unknown, RawBuilder<unknown>, RawBuilder<unknown>>;
type JsonWithDefault = ColumnType<unknown, RawBuilder<unknown> | undefined, RawBuilder<unknown>>;

export interface EventsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  time_zone: Generated<string>;
  horizon_start: Timestamp;
  horizon_end: Timestamp;
  window_start: Timestamp;
  window_end: Timestamp;
  post_event_days: Generated<number>;
  rules: JsonWithDefault;
  version: Generated<number>;
  /** Bumped by triggers on every change to the event's forecast or agents. */
  content_version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface QueuesTable {
  id: Generated<number>;
  event_id: number;
  code: string;
  name_zh: string;
  name_en: string;
  params: JsonWithDefault;
}

export interface AgentsTable {
  id: Generated<number>;
  event_id: number;
  external_id: string;
  name: string;
  primary_queue: string;
  cross_trained_for: ColumnType<string[], string[] | undefined, string[]>;
  contract: string;
  team: string;
  unavailable: JsonWithDefault;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface ShiftTemplatesTable {
  id: Generated<number>;
  event_id: number;
  code: string;
  name_zh: string;
  name_en: string;
  start_hour: number;
  duration_hours: number;
  active_from: ColumnType<string | null, string | null | undefined, string | null>;
  active_to: ColumnType<string | null, string | null | undefined, string | null>;
  contracts: ColumnType<string[] | null, string[] | null | undefined, string[] | null>;
}

export interface ForecastsTable {
  event_id: number;
  queue: string;
  hour_start: Timestamp;
  inquiries: number;
  aht_seconds: number | null;
}

export interface ActualCountsTable {
  event_id: number;
  queue: string;
  interval_start: Timestamp;
  minutes: number;
  inquiries: number;
  received_at: Generated<Date>;
}

export interface ScenariosTable {
  id: Generated<number>;
  event_id: number;
  parent_id: number | null;
  name: string;
  is_baseline: Generated<boolean>;
  params: JsonWithDefault;
  version: Generated<number>;
  requirement: ColumnType<unknown | null, RawBuilder<unknown> | null | undefined, RawBuilder<unknown> | null>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export type { RosterStatus } from '../../shared/roster/storedRoster.ts';
import type { RosterStatus } from '../../shared/roster/storedRoster.ts';

export interface RostersTable {
  id: Generated<number>;
  event_id: number;
  scenario_id: number;
  scenario_version: number;
  status: ColumnType<RosterStatus, RosterStatus | undefined, RosterStatus>;
  solver_stats: JsonWithDefault;
  shortfall: JsonWithDefault;
  diagnostics: JsonWithDefault;
  created_at: CreatedAt;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Raised by every in-place edit of the roster's shifts (notes); see migration 0008. */
  revision: Generated<number>;
}

export interface AssignmentsTable {
  id: Generated<string>;
  roster_id: number;
  agent_id: number | null;
  agent_key: string;
  queue: string;
  template: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  reassigned_from: string | null;
  /** Whole hours past the template's end (migration 0013). */
  overtime_hours: Generated<number>;
  /** Agents' worth of cover: 1, or 1/proficiency for a booked temp or borrowed agent (migration 0014). */
  coverage: Generated<number>;
  shift_uid: string;
  sequence: Generated<number>;
  status: ColumnType<'confirmed' | 'cancelled', 'confirmed' | 'cancelled' | undefined, 'confirmed' | 'cancelled'>;
  note: string | null;
}

export interface ReassignmentsTable {
  id: Generated<string>;
  roster_id: number;
  agent_id: number | null;
  agent_key: string;
  from_queue: string;
  to_queue: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
}

export interface SimulationsTable {
  id: Generated<number>;
  scenario_id: number;
  roster_id: number | null;
  spec: Json;
  result: Json;
  created_at: CreatedAt;
}

export type UserRole = 'admin' | 'supervisor' | 'agent';

export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  role: UserRole;
  agent_id: number | null;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
}

export type CalendarScope = 'agent' | 'team' | 'queue' | 'event';

export interface CalendarTokensTable {
  id: Generated<number>;
  event_id: number;
  token_hash: string;
  scope: CalendarScope;
  subject: string;
  created_at: CreatedAt;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The user who issued this token for their own feed (/me/calendar-token); null when a supervisor issued it. */
  owner_user_id: number | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface LoginAttemptsTable {
  id: Generated<string>;
  username: string;
  ip: string;
  succeeded: boolean;
  at: Generated<Date>;
  /** Hash of the known-device cookie presented, if any. */
  device: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export type JobKind = 'solve' | 'simulate';
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface JobRunsTable {
  id: string;
  kind: JobKind;
  event_id: number | null;
  scenario_id: number | null;
  status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>;
  progress: Generated<number>;
  phase: Generated<string>;
  payload: Json;
  result: ColumnType<unknown | null, RawBuilder<unknown> | null | undefined, RawBuilder<unknown> | null>;
  error: ColumnType<unknown | null, RawBuilder<unknown> | null | undefined, RawBuilder<unknown> | null>;
  cancel_requested: Generated<boolean>;
  attempts: Generated<number>;
  created_at: CreatedAt;
  started_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  updated_at: Generated<Date>;
  /** Last sign of life from the process running the job; stale means that process is gone. */
  heartbeat_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface DB {
  events: EventsTable;
  queues: QueuesTable;
  agents: AgentsTable;
  shift_templates: ShiftTemplatesTable;
  forecasts: ForecastsTable;
  actual_counts: ActualCountsTable;
  scenarios: ScenariosTable;
  rosters: RostersTable;
  assignments: AssignmentsTable;
  reassignments: ReassignmentsTable;
  simulations: SimulationsTable;
  users: UsersTable;
  calendar_tokens: CalendarTokensTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  settings: SettingsTable;
  job_runs: JobRunsTable;
}

export type EventRow = Selectable<EventsTable>;
export type NewEvent = Insertable<EventsTable>;
export type AgentRow = Selectable<AgentsTable>;
export type ScenarioRow = Selectable<ScenariosTable>;
export type RosterRow = Selectable<RostersTable>;
