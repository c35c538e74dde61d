// Issue 18, points 1 and 8: a guesser sharing the admin's address (NAT, proxy) cannot lock the admin out; the
// session cookie is Secure, and HSTS is sent, exactly when the request came over TLS, and forwarding headers
// count only with TRUST_PROXY.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import { FREE_FAILURES_PER_IP, MAX_FAILURES_PER_DEVICE, MAX_FAILURES_PER_USERNAME, MAX_FAILURES_PER_USERNAME_AND_IP, throttleDecision } from '../../../server/auth/loginThrottle.ts';
import { DATABASES } from '../../db/setup.ts';
import { openTestApp, PASSWORD, type TestApp } from '../harness.ts';
import { dumpFingerprint } from './dump.ts';

const NONE = { fromIp: 0, forUserAndIp: 0, oldestForUserAndIp: null, forUser: 0, oldestForUser: null, forDevice: 0, oldestForDevice: null };

describe('the sign-in throttle decision', () => {
  const now = new Date('2026-11-11T00:00:00Z');
  it('slows an address with many failures instead of refusing it', () => {
    expect(throttleDecision({ ...NONE, fromIp: FREE_FAILURES_PER_IP - 1 }, false, now)).toEqual({ blockedSince: null, delayMs: 0 });
    const slowed = throttleDecision({ ...NONE, fromIp: FREE_FAILURES_PER_IP + 5 }, false, now);
    expect(slowed.blockedSince).toBeNull();
    expect(slowed.delayMs).toBeGreaterThan(0);
    expect(throttleDecision({ ...NONE, fromIp: 100_000 }, false, now).blockedSince).toBeNull();
  });
  it('blocks a name per address and everywhere, except for a known device with few failures of its own', () => {
    const oldest = new Date('2026-11-10T23:50:00Z');
    expect(throttleDecision({ ...NONE, forUserAndIp: MAX_FAILURES_PER_USERNAME_AND_IP, oldestForUserAndIp: oldest }, false, now).blockedSince).toEqual(oldest);
    expect(throttleDecision({ ...NONE, forUser: MAX_FAILURES_PER_USERNAME, oldestForUser: oldest }, false, now).blockedSince).toEqual(oldest);
    const everything = { ...NONE, fromIp: 500, forUserAndIp: 50, oldestForUserAndIp: oldest, forUser: 500, oldestForUser: oldest };
    expect(throttleDecision(everything, true, now)).toEqual({ blockedSince: null, delayMs: 0 });
    expect(throttleDecision({ ...everything, forDevice: MAX_FAILURES_PER_DEVICE }, true, now).blockedSince).toEqual(oldest);
  });
});

for (const kind of DATABASES) {
  describe(`sign-in through a shared address on ${kind}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(kind);
    });
    afterAll(() => t.close());

    const login = (app: TestApp['app'], address: string, username: string, password: string, headers: Record<string, string> = {}, url = '/api/auth/login', encrypted = false) =>
      app.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username, password }) }, { incoming: { socket: { remoteAddress: address, encrypted } } });
    const deviceCookieOf = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith('pr_device='))!.split(';')[0];
    const sessionCookieOf = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith('pr_session='))!;

    it('lets the admin in after 60 failures for made-up names from the same address', async () => {
      const guesses = await Promise.all(Array.from({ length: 60 }, (_, i) => login(t.app, '198.51.100.1', `nobody${i}`, 'wrong password')));
      expect(guesses.map((r) => r.status)).toEqual(Array(60).fill(401));
      expect((await login(t.app, '198.51.100.1', 'boss', PASSWORD)).status).toBe(200);
    });

    it('lets a browser that signed in before through when a guesser at its address locked the name', async () => {
      const earlier = await login(t.app, '198.51.100.2', 'sup', PASSWORD);
      expect(earlier.status).toBe(200);
      const device = deviceCookieOf(earlier);
      for (let i = 0; i < MAX_FAILURES_PER_USERNAME_AND_IP; i++) await login(t.app, '198.51.100.2', 'sup', 'wrong password');
      const before = await dumpFingerprint(t.database);
      const guesser = await login(t.app, '198.51.100.2', 'sup', PASSWORD);
      expect(guesser.status).toBe(429);
      expect(await dumpFingerprint(t.database)).toEqual(before);
      expect((await login(t.app, '198.51.100.2', 'sup', PASSWORD, { cookie: device })).status).toBe(200);
      // The cookie is bound to the name it was earned for, and to its signature.
      expect((await login(t.app, '198.51.100.2', 'sup', PASSWORD, { cookie: device.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A')) })).status).toBe(429);
    });

    it('stops skipping the limits for a device that guesses wrong itself', async () => {
      const first = await login(t.app, '198.51.100.3', 'agent1', PASSWORD);
      const device = deviceCookieOf(first);
      for (let i = 0; i < MAX_FAILURES_PER_USERNAME_AND_IP; i++) await login(t.app, '198.51.100.3', 'agent1', 'wrong password', { cookie: device });
      // Ten failures of its own: the device is now treated like any other client of that address.
      expect((await login(t.app, '198.51.100.3', 'agent1', PASSWORD, { cookie: device })).status).toBe(429);
      // A device earned for another name does not open this one.
      const other = deviceCookieOf(await login(t.app, '198.51.100.9', 'boss', PASSWORD));
      expect((await login(t.app, '198.51.100.3', 'agent1', PASSWORD, { cookie: other })).status).toBe(429);
    });

    it(`blocks a name guessed from ${MAX_FAILURES_PER_USERNAME} addresses, except for a known device`, async () => {
      await t.call('POST', '/api/users', { username: 'target', password: PASSWORD, role: 'supervisor' }, { as: 'boss' });
      const device = deviceCookieOf(await login(t.app, '203.0.113.250', 'target', PASSWORD));
      // The failures are stored as sign-ins would store them: a hundred scrypt checks would only cost time here.
      await t.database.db.insertInto('login_attempts').values(Array.from({ length: MAX_FAILURES_PER_USERNAME }, (_, i) => ({ username: 'target', ip: `203.0.113.${i}`, succeeded: false }))).execute();
      expect((await login(t.app, '203.0.113.199', 'target', 'wrong password')).status).toBe(429);
      expect((await login(t.app, '203.0.113.200', 'target', PASSWORD)).status).toBe(429);
      expect((await login(t.app, '203.0.113.201', 'target', PASSWORD, { cookie: device })).status).toBe(200);
    });

    it('marks the session cookie Secure and sends HSTS only over TLS', async () => {
      const plain = await login(t.app, '192.0.2.50', 'boss', PASSWORD);
      expect(sessionCookieOf(plain)).not.toMatch(/Secure/i);
      expect(plain.headers.get('strict-transport-security')).toBeNull();
      const direct = await login(t.app, '192.0.2.50', 'boss', PASSWORD, {}, 'https://localhost/api/auth/login', true);
      expect(sessionCookieOf(direct)).toMatch(/Secure/);
      expect(direct.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      // A proxy's word counts only when TRUST_PROXY says so.
      const forged = await login(t.app, '192.0.2.50', 'boss', PASSWORD, { 'x-forwarded-proto': 'https' });
      expect(sessionCookieOf(forged)).not.toMatch(/Secure/i);
      expect(forged.headers.get('strict-transport-security')).toBeNull();
      const proxied = createApp({ database: t.database, jobs: t.jobs, sessionSecret: 'test-secret-test-secret', trustProxy: true }).app;
      const viaProxy = await login(proxied, '10.0.0.1', 'boss', PASSWORD, { 'x-forwarded-proto': 'https' });
      expect(sessionCookieOf(viaProxy)).toMatch(/Secure/);
      expect(viaProxy.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect((await proxied.request('/api/health', {}, { incoming: { socket: { remoteAddress: '10.0.0.1' } } })).headers.get('strict-transport-security')).toBeNull();
    });

    it('counts X-Forwarded-For as the client address only behind a trusted proxy', async () => {
      const proxied = createApp({ database: t.database, jobs: t.jobs, sessionSecret: 'test-secret-test-secret', trustProxy: true }).app;
      for (let i = 0; i < MAX_FAILURES_PER_USERNAME_AND_IP; i++) await login(proxied, '10.0.0.2', 'boss', 'wrong password', { 'x-forwarded-for': `spoofed, 198.51.100.${i + 20}` });
      // Each failure came from another client behind the proxy: the proxy's own address is not locked.
      expect((await login(proxied, '10.0.0.2', 'boss', PASSWORD, { 'x-forwarded-for': '198.51.100.99' })).status).toBe(200);
      // Without TRUST_PROXY the header is ignored: ten failures from one socket address lock that pair.
      for (let i = 0; i < MAX_FAILURES_PER_USERNAME_AND_IP; i++) await login(t.app, '10.0.0.3', 'boss', 'wrong password', { 'x-forwarded-for': `198.51.100.${i + 40}` });
      expect((await login(t.app, '10.0.0.3', 'boss', PASSWORD, { 'x-forwarded-for': '198.51.100.98' })).status).toBe(429);
      const rows = await t.database.db.selectFrom('login_attempts').select('ip').where('ip', 'like', '198.51.100.%').where('username', '=', 'boss').execute();
      expect(rows.length).toBeGreaterThanOrEqual(MAX_FAILURES_PER_USERNAME_AND_IP);
    });
  });
}
