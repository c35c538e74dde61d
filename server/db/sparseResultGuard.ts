/**
 * postgres.js can resolve a query with a sparse row array ([{...}, undefined, ...]) when an earlier query on the
 * same connection failed while streaming rows, as when the server restarts (porsager/postgres#1119, #1181, open).
 * The rows are wrong, not merely incomplete, so this plugin turns such a result into an "unavailable" error: the
 * request answers 503 and the client tries again, instead of a 500 from code reading `undefined`.
 */
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

/** The error code a sparse result is reported with; server/db/unavailable.ts counts it as unavailable. */
export const SPARSE_RESULT = 'SPARSE_RESULT';

/** Whether a row array has a hole: an index that holds no row. */
export function hasMissingRow(rows: readonly unknown[]): boolean {
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined || rows[i] === null) return true;
  return false;
}

export class SparseResultGuard implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (hasMissingRow(args.result.rows)) {
      throw Object.assign(new Error('the database driver returned a result with missing rows (its connection was broken); try again'), { code: SPARSE_RESULT });
    }
    return args.result;
  }
}
