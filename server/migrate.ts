import { readConfig } from './config.ts';
import { ConfigError, openDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';

/** `npm run migrate`: applies pending migrations to the configured database. */
export async function runMigrateCli(): Promise<number> {
  try {
    const config = readConfig();
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    try {
      const applied = await migrateToLatest(database);
      console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
      return 0;
    } finally {
      await database.close();
    }
  } catch (error) {
    console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await runMigrateCli();
