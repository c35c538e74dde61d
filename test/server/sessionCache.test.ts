import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_CACHE_MS, sessionUser } from '../../server/auth/sessions.ts';
import { createUser, updateUser } from '../../server/auth/users.ts';
import { DATABASES, openTestDatabase } from '../db/setup.ts';

for (const kind of DATABASES) {
  describe(`recent session lookups on ${kind}`, () => {
    let database: Awaited<ReturnType<typeof openTestDatabase>>;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(() => database.close());

    it('answers a burst from one lookup, yet sees a session ended by another server within SESSION_CACHE_MS', async () => {
      const user = await createUser(database.db, { username: 'burst', password: 'a long enough password', role: 'supervisor' });
      const now = new Date('2026-11-11T09:00:00+08:00');
      const session = await createSession(database.db, user.id, now);
      expect((await sessionUser(database.db, session.id, now))?.username).toBe('burst');
      // Another server's logout: the row goes, this server has not been told.
      await sql`delete from sessions where user_id = ${user.id}`.execute(database.db);
      expect((await sessionUser(database.db, session.id, new Date(now.getTime() + 10)))?.username).toBe('burst');
      expect(await sessionUser(database.db, session.id, new Date(now.getTime() + SESSION_CACHE_MS))).toBeUndefined();
    });

    it('forgets a user at once when this server changes its rights', async () => {
      const user = await createUser(database.db, { username: 'demoted', password: 'a long enough password', role: 'supervisor' });
      const now = new Date('2026-11-11T09:00:00+08:00');
      const session = await createSession(database.db, user.id, now);
      expect((await sessionUser(database.db, session.id, now))?.role).toBe('supervisor');
      await updateUser(database.db, user.id, { disabled: true });
      expect(await sessionUser(database.db, session.id, new Date(now.getTime() + 10))).toBeUndefined();
    });
  });
}
