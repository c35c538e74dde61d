import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_init.ts';
import * as m0003 from './0003_template_contracts.ts';
import * as m0004 from './0004_assignment_agent_key.ts';
import * as m0005 from './0005_sessions.ts';
import * as m0006 from './0006_job_runs.ts';
import * as m0007 from './0007_event_content_version.ts';
import * as m0008 from './0008_roster_revision.ts';
import * as m0009 from './0009_calendar_token_owner.ts';
import * as m0010 from './0010_login_device_and_job_heartbeat.ts';
import * as m0012 from './0012_actual_counts.ts';
import * as m0013 from './0013_assignment_overtime.ts';
import * as m0014 from './0014_assignment_coverage.ts';

/** Every migration in order; a static list so bundlers and tsx need no directory scan. */
export const migrationProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    return { '0001_init': m0001, '0003_template_contracts': m0003, '0004_assignment_agent_key': m0004, '0005_sessions': m0005, '0006_job_runs': m0006, '0007_event_content_version': m0007, '0008_roster_revision': m0008, '0009_calendar_token_owner': m0009, '0010_login_device_and_job_heartbeat': m0010, '0012_actual_counts': m0012, '0013_assignment_overtime': m0013, '0014_assignment_coverage': m0014 };
  },
};
