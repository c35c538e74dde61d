import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PostgresJSDialect } from 'kysely-postgres-js';
import { currentSchemaIntrospection } from './currentSchemaIntrospector.ts';
import { SparseResultGuard } from './sparseResultGuard.ts';
import postgres from 'postgres';
import type { DB } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** Raw SQL for libraries that bring their own (pg-boss): same database, same connection discipline. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
  close(): Promise<void>;
}

// Text with more than one statement (pg-boss's installs and locked maintenance run BEGIN ... COMMIT).
const MULTI_STATEMENT = /;\s*\S/;

export interface OpenDatabaseOptions {
  /** postgres:// URL; when absent, embedded PGlite is used. */
  url?: string;
  /** PGlite data directory, or ':memory:'. */
  dataDir?: string;
  /** Schema to use on PostgreSQL (created if missing): lets test suites run side by side. */
  schema?: string;
  /** Pool size on PostgreSQL. */
  maxConnections?: number;
}

/** Raised for configuration the user must fix; the message is meant to be printed as is. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Opens the database: PostgreSQL through postgres.js when a URL is given, else embedded PGlite. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options) : openPglite(options.dataDir ?? ':memory:');
}

async function openPglite(dataDir: string): Promise<Database> {
  if (dataDir !== ':memory:') mkdirSync(dataDir, { recursive: true });
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir === ':memory:' ? undefined : dataDir);
  } catch (error) {
    throw new ConfigError(`Cannot open the embedded database in ${dataDir}: ${(error as Error).message}`);
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', executeSql: pgliteExecutor(db, pglite), close: () => db.destroy() };
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const host = describeHost(url);
  if (options.schema) await createSchema(url, options.schema, host);
  const client = postgres(url, {
    max: options.maxConnections ?? 10,
    connect_timeout: 5,
    onnotice: () => {},
    // postgres.js has no client-side query timeout: let the server end stuck statements and idle transactions.
    connection: {
      // Per schema, so a test (or an operator) can tell one app's backends from another's on a shared server.
      application_name: options.schema ? `peak-roster/${options.schema}` : 'peak-roster',
      statement_timeout: 30_000,
      lock_timeout: 5_000,
      idle_in_transaction_session_timeout: 60_000,
      ...(options.schema ? { search_path: options.schema } : {}),
    },
  });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw new ConfigError(`Cannot reach PostgreSQL at ${host} (from DATABASE_URL): ${(error as Error).message}`);
  }
  const db = new Kysely<DB>({
    dialect: currentSchemaIntrospection(new PostgresJSDialect({ postgres: client })),
    plugins: [new SparseResultGuard()],
  });
  const close = async () => {
    // end() without a timeout waits for every connection forever, even one whose backend was killed.
    await client.end({ timeout: 5 });
    await db.destroy();
  };
  return { db, kind: 'postgres', executeSql: postgresExecutor(client), close };
}

/**
 * PGlite has one connection and kysely-pglite-dialect serialises access to it; raw SQL holds that same lock,
 * so it never lands inside a Kysely transaction. Multi-statement text needs exec (simple protocol).
 */
export function pgliteExecutor(db: Kysely<DB>, pglite: PGlite): Database['executeSql'] {
  return (text, values = []) =>
    db.connection().execute(async () => {
      if (values.length === 0 && MULTI_STATEMENT.test(text)) {
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      return { rows: (await pglite.query(text, values)).rows };
    });
}

/** postgres.js refuses BEGIN on a pooled connection, so multi-statement text runs on a reserved one; undefined binds as NULL like pg. */
export function postgresExecutor(client: postgres.Sql): Database['executeSql'] {
  return async (text, values = []) => {
    if (values.length === 0 && MULTI_STATEMENT.test(text)) {
      const reserved = await client.reserve();
      try {
        const result = (await reserved.unsafe(text)) as unknown as any[];
        const last = Array.isArray(result.at(-1)) ? (result.at(-1) as any[]) : result;
        return { rows: [...last] };
      } finally {
        reserved.release();
      }
    }
    const rows = await client.unsafe(text, values.map((v) => (v === undefined ? null : v)) as postgres.ParameterOrJSON<never>[]);
    return { rows: [...rows] };
  };
}

async function createSchema(url: string, schema: string, host: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new ConfigError(`Invalid schema name "${schema}"`);
  const admin = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await admin.unsafe(`create schema if not exists ${schema}`);
  } catch (error) {
    throw new ConfigError(`Cannot reach PostgreSQL at ${host} (from DATABASE_URL): ${(error as Error).message}`);
  } finally {
    await admin.end({ timeout: 1 }).catch(() => {});
  }
}

/** host:port/database of a URL, without the password, for error messages. */
export function describeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL (expected postgres://user@host:port/database)');
  }
}
