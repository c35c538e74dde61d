// Suites and tenants share one PostgreSQL server, each in its own schema; one dropping its schema must not break
// another's migration. Kysely's introspector scanned every schema and looked each up by name, so a drop during the
// scan failed the migration ("schema ... does not exist", seen in CI). A repeatable-read transaction makes the race
// certain: its catalog snapshot still lists the dropped schema, while lookups by name see it gone.
import { sql } from 'kysely';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { DATABASE_URL, openTestDatabase } from './setup.ts';

describe.skipIf(!DATABASE_URL)('migrating while another schema is dropped, on postgres', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let admin: postgres.Sql;
  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    admin = postgres(DATABASE_URL!, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await admin.end();
    await database.close();
  });

  it('introspects the current schema only, so a schema dropped mid-scan is not looked up', async () => {
    const other = `${database.schema}_other`;
    await admin.unsafe(`create schema ${other}; create table ${other}.t (id serial primary key)`);
    const tables = await database.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        await sql`select count(*) from pg_catalog.pg_namespace`.execute(trx);
        await admin.unsafe(`drop schema ${other} cascade`);
        return trx.introspection.getTables({ withInternalKyselyTables: true });
      });
    expect(new Set(tables.map((t) => t.schema))).toEqual(new Set([database.schema]));
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['events', 'kysely_migration']));
    const events = tables.find((t) => t.name === 'events')!;
    expect(events.columns.find((c) => c.name === 'id')).toMatchObject({ isAutoIncrementing: true, isNullable: false });
    expect(await migrateToLatest(database)).toEqual([]);
  });
});
