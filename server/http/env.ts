import type { Database } from '../db/connect.ts';
import type { User } from '../auth/users.ts';
import type { JobService } from '../jobs/jobService.ts';

/** What every request handler can read from the context. */
export interface AppEnv {
  Variables: {
    database: Database;
    jobs: JobService;
    /** The signed-in user, when there is one. */
    user: User | undefined;
  };
}
