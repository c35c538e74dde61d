import { describe, expect, it } from 'vitest';
import { SparseResultGuard } from '../../server/db/sparseResultGuard.ts';
import { isDatabaseUnavailable } from '../../server/db/unavailable.ts';

const guard = new SparseResultGuard();
const transform = (rows: unknown[]) => guard.transformResult({ queryId: { queryId: 'q' }, result: { rows: rows as Record<string, unknown>[] } });

describe('the sparse result guard', () => {
  it('passes whole results through untouched', async () => {
    const result = await transform([{ id: 1 }, { id: 2 }]);
    expect(result.rows).toEqual([{ id: 1 }, { id: 2 }]);
    expect((await transform([])).rows).toEqual([]);
  });

  it('turns a result with a missing row, as postgres.js gives after a broken stream, into an unavailable error', async () => {
    // A hole, as in the driver's bug: the rows land at a stale offset.
    const sparse: unknown[] = [];
    sparse[2] = { id: 3 };
    for (const rows of [sparse, [{ id: 1 }, undefined]]) {
      const error = await transform(rows).then(() => null, (e: unknown) => e);
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
  });
});
