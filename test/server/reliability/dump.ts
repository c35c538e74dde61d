import { sql } from 'kysely';
import type { Database } from '../../../server/db/connect.ts';

// Accounts, sessions and sign-in attempts too: a request must not create, change or end any of them by the
// way. Every column counts, since none changes on a plain request (sessions keep no last-seen time).
const TABLES = ['events', 'queues', 'agents', 'shift_templates', 'forecasts', 'scenarios', 'rosters', 'assignments', 'reassignments', 'simulations', 'calendar_tokens', 'users', 'sessions', 'login_attempts'];

/** A fingerprint of every user-data table (row count and an md5 of its rows in a fixed order), to compare before and after. */
export async function dumpFingerprint(database: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: string | number; digest: string | null }>`
      select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from ${sql.table(table)} t`.execute(database.db);
    out[table] = `${Number(rows[0].n)}:${rows[0].digest ?? ''}`;
  }
  return out;
}
