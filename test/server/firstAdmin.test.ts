// The first start without PEAK_ROSTER_ADMIN_PASSWORD: a real server process creates `admin` with a random
// password, prints it once (server/main.ts), and that password signs in; every fresh database gets its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../bench/loadHarness.ts';
import { DATABASE_URL, DATABASES } from '../db/setup.ts';
import { freshPostgresDatabase } from './reliability/freshDatabase.ts';

const PRINTED = /First admin created: username "admin", password "([^"]+)" \(shown once/;

const signIn = (port: number, password: string) =>
  fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });

for (const kind of DATABASES) {
  describe(`the first admin on ${kind}`, () => {
    it('gets a random password, printed once, that signs in; two fresh databases get different ones', async () => {
      const passwords: string[] = [];
      for (let i = 0; i < 2; i++) {
        const database = kind === 'postgres' ? await freshPostgresDatabase(DATABASE_URL!, 'first_admin') : undefined;
        const dataDir = join(mkdtempSync(join(tmpdir(), 'first-admin-')), 'data');
        let server: ServerProcess | undefined;
        try {
          const first = (server = await startServer({ databaseUrl: database?.url, dataDir, adminPassword: null }));
          const password = PRINTED.exec(first.output)?.[1];
          expect(password, first.output).toBeDefined();
          passwords.push(password!);
          const signedIn = await signIn(first.port, password!);
          expect(signedIn.status).toBe(200);
          expect(await signedIn.json()).toMatchObject({ username: 'admin', role: 'admin' });
          expect((await signIn(first.port, `${password}x`)).status).toBe(401);
          await first.close();
          server = undefined;
          // A second start on the same data neither creates another admin nor prints a password again.
          const again = (server = await startServer({ databaseUrl: database?.url, dataDir, adminPassword: password }));
          expect(again.output).not.toMatch(/First admin created/);
          expect((await again.call('/api/users')).map((u: { username: string }) => u.username)).toEqual(['admin']);
        } finally {
          await server?.close();
          await database?.drop();
        }
      }
      expect(passwords[0].length).toBeGreaterThanOrEqual(16);
      expect(passwords[0]).not.toBe(passwords[1]);
    }, 240_000);
  });
}
