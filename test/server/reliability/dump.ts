import { sql } from 'kysely';
import type { Database } from '../../../server/db/connect.ts';

const TABLES = ['events', 'queues', 'agents', 'shift_templates', 'forecasts', 'scenarios', 'rosters', 'assignments', 'reassignments', 'simulations', 'calendar_tokens'];

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
