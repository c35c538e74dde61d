import type { Database } from '../db/connect.ts';
import type { User } from '../auth/users.ts';
import type { JobService } from '../jobs/jobService.ts';

/** What every request handler can read from the context. */
export interface AppEnv {
  Variables: {
    database: Database;
    jobs: JobService;
    /** Whether forwarding headers of a reverse proxy are believed (TRUST_PROXY). */
    trustProxy: boolean;
    /** The signed-in user, when there is one. */
    user: User | undefined;
  };
}
