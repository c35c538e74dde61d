import { sql, type Kysely } from 'kysely';
import { DomainError } from '../../../shared/errors.ts';
import type { QueueCode, RequirementRow } from '../../../shared/types.ts';
import { jsonb } from '../jsonb.ts';
import type { DB, ScenarioRow } from '../schema.ts';

export interface Scenario {
  id: number;
  eventId: number;
  parentId: number | null;
  name: string;
  isBaseline: boolean;
  params: unknown;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The event's scenarios, baseline first. */
export async function listScenarios(db: Kysely<DB>, eventId: number): Promise<Scenario[]> {
  // Every column but the stored requirement, which is large and not part of the list.
  const rows = await db.selectFrom('scenarios').select(['id', 'event_id', 'parent_id', 'name', 'is_baseline', 'params', 'version', 'created_at', 'updated_at']).where('event_id', '=', eventId).orderBy('is_baseline', 'desc').orderBy('id').execute();
  return rows.map(toScenario);
}

/** One scenario, or NOT_FOUND. */
export async function getScenario(db: Kysely<DB>, id: number): Promise<Scenario> {
  const row = await db.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `Scenario ${id} does not exist`);
  return toScenario(row);
}

/** The event's baseline scenario. */
export async function getBaseline(db: Kysely<DB>, eventId: number): Promise<Scenario> {
  const row = await db.selectFrom('scenarios').selectAll().where('event_id', '=', eventId).where('is_baseline', '=', true).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `Event ${eventId} has no baseline scenario`);
  return toScenario(row);
}

/** Creates a scenario (a clone when parentId is given). */
export async function createScenario(db: Kysely<DB>, input: { eventId: number; name: string; params: unknown; parentId: number | null }): Promise<Scenario> {
  const row = await db
    .insertInto('scenarios')
    .values({ event_id: input.eventId, name: input.name, params: jsonb(input.params), parent_id: input.parentId })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toScenario(row);
}

/**
 * Optimistic locking: the update applies only if the stored version is still `baseVersion`;
 * otherwise VERSION_CONFLICT carries the current version and nothing is written.
 */
export async function updateScenario(db: Kysely<DB>, id: number, baseVersion: number, patch: { name?: string; params?: unknown }): Promise<Scenario> {
  const row = await db
    .updateTable('scenarios')
    .set((eb) => ({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.params !== undefined ? { params: jsonb(patch.params), requirement: null } : {}),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('version', '=', baseVersion)
    .returningAll()
    .executeTakeFirst();
  if (row) return toScenario(row);
  const current = await getScenario(db, id);
  throw new DomainError('VERSION_CONFLICT', `Scenario ${id} was changed by someone else: you edited version ${baseVersion}, the current version is ${current.version}. Reload and apply your change again.`, [
    { field: 'version', message: `current version is ${current.version}` },
  ]);
}

/** Deletes a what-if scenario; the baseline cannot be deleted. */
export async function deleteScenario(db: Kysely<DB>, id: number): Promise<void> {
  const scenario = await getScenario(db, id);
  if (scenario.isBaseline) throw new DomainError('CONFLICT', `Scenario ${id} is the event's baseline and cannot be deleted`);
  await db.deleteFrom('scenarios').where('id', '=', id).execute();
}

/** A scenario's cached requirement: its rows, and the per-agent caps the cap lever chose when a solve stored them. */
export interface CachedRequirement {
  rows: RequirementRow[];
  caps?: Partial<Record<QueueCode, number>>;
}

/** Caches the requirement computed for the scenario's current version (with the caps chosen, when a solve chose them). */
export async function storeRequirement(db: Kysely<DB>, id: number, version: number, rows: RequirementRow[], caps?: CachedRequirement['caps']): Promise<void> {
  await db.updateTable('scenarios').set({ requirement: jsonb({ version, rows, ...(caps ? { caps } : {}) }) }).where('id', '=', id).where('version', '=', version).execute();
}

/** The cached requirement when it was computed for `version`, else undefined. */
export async function cachedRequirement(db: Kysely<DB>, id: number, version: number): Promise<CachedRequirement | undefined> {
  const row = await db.selectFrom('scenarios').select('requirement').where('id', '=', id).executeTakeFirst();
  const cached = row?.requirement as ({ version: number } & CachedRequirement) | null | undefined;
  return cached && cached.version === version ? { rows: cached.rows, ...(cached.caps ? { caps: cached.caps } : {}) } : undefined;
}

/** The caps the cap lever chose for `version`, without reading the rows; undefined when none were chosen for it. */
export async function chosenCaps(db: Kysely<DB>, id: number, version: number): Promise<CachedRequirement['caps']> {
  const row = await db
    .selectFrom('scenarios')
    .select([sql<number | null>`(requirement->>'version')::int`.as('version'), sql<CachedRequirement['caps'] | null>`requirement->'caps'`.as('caps')])
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.version === version && row.caps ? row.caps : undefined;
}

function toScenario(row: Omit<ScenarioRow, 'requirement'>): Scenario {
  return {
    id: row.id,
    eventId: row.event_id,
    parentId: row.parent_id,
    name: row.name,
    isBaseline: row.is_baseline,
    params: row.params,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
