import { Migrator } from 'kysely';
import { migrationProvider } from '../../migrations/index.ts';
import type { Database } from './connect.ts';
import { currentSchema } from './repositories/health.ts';

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  // Kysely looks for its migration tables in every schema unless told which one: with several schemas on one
  // server (test suites, tenants) it would find another schema's lock table and skip creating its own.
  const migrator = new Migrator({ db: database.db, provider: migrationProvider, migrationTableSchema: await currentSchema(database.db) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
