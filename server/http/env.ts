import type { Database } from '../db/connect.ts';

/** What every request handler can read from the context. */
export interface AppEnv {
  Variables: {
    database: Database;
  };
}
