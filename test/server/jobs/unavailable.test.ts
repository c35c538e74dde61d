import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, retryWhileUnavailable } from '../../../server/db/unavailable.ts';

const killed = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
const closed = () => Object.assign(new Error('write CONNECTION_CLOSED 127.0.0.1:5432'), { code: 'CONNECTION_CLOSED' });

describe('retryWhileUnavailable', () => {
  it('tells a lost or busy database from a wrong statement', () => {
    expect(isDatabaseUnavailable(killed())).toBe(true);
    expect(isDatabaseUnavailable(closed())).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('no code'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('runs a write again after a killed backend and returns its result', async () => {
    const failures = [killed(), closed()];
    let calls = 0;
    const result = await retryWhileUnavailable(
      async () => {
        calls++;
        const failure = failures.shift();
        if (failure) throw failure;
        return 'written';
      },
      { delayMs: 1 },
    );
    expect(result).toBe('written');
    expect(calls).toBe(3);
  });

  it('throws a wrong statement at once, and the last failure after the attempts run out', async () => {
    let calls = 0;
    const wrong = Object.assign(new Error('duplicate key'), { code: '23505' });
    await expect(retryWhileUnavailable(async () => (calls++, Promise.reject(wrong)), { delayMs: 1 })).rejects.toBe(wrong);
    expect(calls).toBe(1);
    calls = 0;
    await expect(retryWhileUnavailable(async () => (calls++, Promise.reject(killed())), { attempts: 3, delayMs: 1 })).rejects.toMatchObject({ code: '57P01' });
    expect(calls).toBe(3);
  });
});
