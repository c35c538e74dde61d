import { sql, type Kysely } from 'kysely';

/**
 * login_attempts.device: the hash of the known-device cookie a sign-in presented, so failures are counted per
 * device and a device that signed in before is not locked out by someone guessing from its address.
 * job_runs.heartbeat_at: written every few seconds by the process running a job, so a job whose process died
 * is found within seconds instead of at pg-boss's expiry.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('login_attempts').addColumn('device', 'text').execute();
  await db.schema.createIndex('login_attempts_device_at').on('login_attempts').columns(['device', 'at']).where(sql.ref('device'), 'is not', null).execute();
  await db.schema.alterTable('job_runs').addColumn('heartbeat_at', 'timestamptz').execute();
  await db.schema.createIndex('job_runs_running_heartbeat').on('job_runs').column('heartbeat_at').where(sql.ref('status'), '=', 'running').execute();
}

/** Forward-only: there is no down migration. */
export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
