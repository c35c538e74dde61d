import { CompiledQuery, type DatabaseConnection, type Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import { splitSqlStatements } from './splitSql.ts';

type Rows = { rows: unknown[] };

/**
 * pg-boss's database adapter over our own Kysely instance, so pg-boss opens no `pg` pool and, on PGlite,
 * waits for the dialect's connection mutex like every other query instead of interleaving with an open
 * Kysely transaction.
 */
export function createBossDb<T>(db: Kysely<T>): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]): Promise<Rows> {
      // node-postgres (pg-boss's usual driver) sends undefined as NULL; postgres.js rejects undefined.
      const params = (values ?? []).map((value) => (value === undefined ? null : value));
      if (params.length === 0) {
        const statements = splitSqlStatements(text);
        if (statements.length > 1) return runScript(db, statements);
      }
      const result = await db.executeQuery(CompiledQuery.raw(text, params));
      return { rows: result.rows };
    },
  };
}

/**
 * Runs pg-boss's parameterless multi-statement scripts (schema install, migrations, locked maintenance)
 * statement by statement on one connection. PGlite's extended-protocol query rejects several statements in
 * one string; postgres.js would run them through the simple protocol, but a failure between the script's
 * own BEGIN and COMMIT then leaves the pooled connection in an aborted transaction (25P02 on its next query,
 * measured), so both drivers take this path and roll back on failure.
 */
async function runScript<T>(db: Kysely<T>, statements: string[]): Promise<Rows> {
  return db.getExecutor().provideConnection(async (connection) => {
    let rows: unknown[] = [];
    try {
      for (const statement of statements) rows = (await connection.executeQuery(CompiledQuery.raw(statement, []))).rows;
    } catch (error) {
      await rollback(connection, error);
      throw error;
    }
    return { rows };
  });
}

async function rollback(connection: DatabaseConnection, cause: unknown): Promise<void> {
  try {
    // Outside a transaction ROLLBACK only warns, so it is safe whether or not the script had begun one.
    await connection.executeQuery(CompiledQuery.raw('rollback', []));
  } catch (rollbackError) {
    throw new AggregateError([cause, rollbackError], 'A pg-boss script failed and could not be rolled back');
  }
}
