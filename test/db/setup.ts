// One setup for every database suite, as Kysely's own tests do: each suite loops over DATABASES
// and gets a fresh, migrated database of each kind.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import postgres from 'postgres';
import { openDatabase, pgliteExecutor, type Database, type DatabaseKind } from '../../server/db/connect.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import type { DB } from '../../server/db/schema.ts';

export const DATABASE_URL = process.env.DATABASE_URL;
export const DATABASES: DatabaseKind[] = DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

let template: Promise<PGlite> | undefined;

/** A migrated PGlite built once per worker; each suite gets a clone (initdb costs seconds, a clone far less). */
function migratedTemplate(): Promise<PGlite> {
  template ??= (async () => {
    const pglite = await PGlite.create();
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
    await migrateToLatest({ db, kind: 'pglite', executeSql: pgliteExecutor(db, pglite), close: async () => {} });
    return pglite;
  })();
  return template;
}

/**
 * A fresh migrated database of the given kind; close() removes it (a PostgreSQL suite gets its own schema,
 * on DATABASE_URL's server or on `url`).
 */
export async function openTestDatabase(kind: DatabaseKind, url = DATABASE_URL): Promise<Database & { schema?: string }> {
  if (kind === 'pglite') {
    const clone = (await (await migratedTemplate()).clone()) as PGlite;
    const db = new Kysely<DB>({ dialect: new PGliteDialect(clone) });
    return { db, kind, executeSql: pgliteExecutor(db, clone), close: () => db.destroy() };
  }
  if (!url) throw new Error('DATABASE_URL is not set');
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const database = await openDatabase({ url, schema, maxConnections: 5 });
  await migrateToLatest(database);
  return {
    ...database,
    schema,
    async close() {
      await database.close();
      const admin = postgres(url, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop schema if exists ${schema} cascade`);
      await admin.unsafe(`drop schema if exists ${schema}_boss cascade`);
      await admin.end();
    },
  };
}
