import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_USERNAME_AND_IP } from '../../server/auth/loginThrottle.ts';
import { hashPassword, verifyPassword } from '../../server/auth/password.ts';
import { ensureFirstAdmin } from '../../server/auth/users.ts';
import { DATABASES } from '../db/setup.ts';
import { openTestApp, PASSWORD, type TestApp } from './harness.ts';

describe('password hashing', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const [a, b] = [await hashPassword('s3cret-passw0rd'), await hashPassword('s3cret-passw0rd')];
    expect(a).not.toBe(b);
    expect(a.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('s3cret-passw0rd', a)).toBe(true);
    expect(await verifyPassword('s3cret-passw0rd!', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

for (const kind of DATABASES) {
  describe(`sign-in and sessions on ${kind}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(kind);
    });
    afterAll(() => t.close());

    it('sets a signed, HttpOnly, SameSite=Strict cookie and a new session id at each login', async () => {
      const first = await t.login('sup');
      const cookie = first.headers.get('set-cookie')!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      const second = await t.login('sup');
      expect(second.headers.get('set-cookie')!.split(';')[0]).not.toBe(cookie.split(';')[0]);
      expect((await t.call('GET', '/api/auth/me')).json).toMatchObject({ username: 'sup', role: 'supervisor' });
    });

    it('rejects a wrong password and a tampered cookie', async () => {
      expect((await t.login('sup', 'wrong password!!')).status).toBe(401);
      const tampered = await t.call('GET', '/api/auth/me', undefined, { as: null, headers: { cookie: `${t.cookies.get('sup')!.slice(0, -3)}abc` } });
      expect(tampered.status).toBe(401);
    });

    it('ends the session at logout', async () => {
      await t.login('agent1');
      const before = t.cookies.get('agent1')!;
      await t.call('POST', '/api/auth/logout', undefined, { as: 'agent1' });
      expect((await t.call('GET', '/api/auth/me', undefined, { headers: { cookie: before }, as: null })).status).toBe(401);
      await t.login('agent1');
    });

    it('ends a disabled user\'s sessions at once', async () => {
      await t.call('POST', '/api/users', { username: 'temp', password: PASSWORD, role: 'supervisor' }, { as: 'boss' });
      await t.login('temp');
      expect((await t.call('GET', '/api/events', undefined, { as: 'temp' })).status).toBe(200);
      const users = (await t.call('GET', '/api/users', undefined, { as: 'boss' })).json;
      const temp = users.find((u: { username: string }) => u.username === 'temp');
      await t.call('PATCH', `/api/users/${temp.id}`, { disabled: true }, { as: 'boss' });
      expect((await t.call('GET', '/api/events', undefined, { as: 'temp' })).status).toBe(401);
      expect((await t.login('temp')).status).toBe(401);
    });

    /** A sign-in from the given client address (the app reads it off the socket). */
    const loginFrom = (remoteAddress: string, username: string, password = PASSWORD) =>
      t.app.request(
        '/api/auth/login',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) },
        { incoming: { socket: { remoteAddress } } },
      );

    it('rate-limits repeated failures for one username from one address, and not the account elsewhere', async () => {
      for (let i = 0; i < MAX_FAILURES_PER_USERNAME_AND_IP; i++) await loginFrom('192.0.2.1', 'boss', 'not the password');
      const blocked = await loginFrom('192.0.2.1', 'boss');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
      // Someone guessing the admin's password locks out only themselves.
      expect((await loginFrom('192.0.2.2', 'boss')).status).toBe(200);
    });

    it('counts parallel wrong guesses atomically: at most the limit are evaluated, the rest get 429', async () => {
      const statuses = (await Promise.all(Array.from({ length: 30 }, () => loginFrom('192.0.2.3', 'sup', 'wrong password!!')))).map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_FAILURES_PER_USERNAME_AND_IP);
      expect(statuses.filter((s) => s === 429)).toHaveLength(30 - MAX_FAILURES_PER_USERNAME_AND_IP);
      const counted = await t.database.db.selectFrom('login_attempts').select('id').where('ip', '=', '192.0.2.3').execute();
      expect(counted).toHaveLength(MAX_FAILURES_PER_USERNAME_AND_IP);
    });

    it('refuses cross-site and form posts even with a valid session', async () => {
      const crossSite = await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'x' }, { headers: { origin: 'https://evil.example' } });
      expect(crossSite.status).toBe(403);
      const fetchSite = await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'x' }, { headers: { 'sec-fetch-site': 'cross-site' } });
      expect(fetchSite.status).toBe(403);
      const form = await t.call('POST', `/api/events/${t.eventId}/scenarios`, 'name=x', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(form.status).toBe(403);
      const sameOrigin = await t.call('POST', `/api/events/${t.eventId}/scenarios`, { name: 'ok' }, { headers: { origin: 'http://localhost' } });
      expect(sameOrigin.status).toBe(201);
    });

    it('shows an agent only its own schedule', async () => {
      const mine = await t.call('GET', '/api/me/roster', undefined, { as: 'agent1' });
      expect(mine.status).toBe(200);
      expect(mine.json).toMatchObject({ agentId: 'A001', assignments: [] });
      expect((await t.call('GET', `/api/events/${t.eventId}/agents`, undefined, { as: 'agent1' })).status).toBe(403);
    });

    it('creates a first admin once, with a printed random password or the given one', async () => {
      expect(await ensureFirstAdmin(t.database.db, undefined)).toBeUndefined();
    });
  });
}
