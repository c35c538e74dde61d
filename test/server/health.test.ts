import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Database } from '../../server/db/connect.ts';
import { DATABASES, openTestDatabase } from '../db/setup.ts';

for (const kind of DATABASES) {
  describe(`HTTP basics on ${kind}`, () => {
    let database: Database;
    let app: ReturnType<typeof createApp>["app"];
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      app = createApp({ database }).app;
    });
    afterAll(() => database.close());

    it('GET /api/health names the database', async () => {
      const response = await app.request('/api/health');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', database: kind });
    });

    it('an unknown /api path is a JSON 404, not the SPA page', async () => {
      const response = await app.request('/api/no-such-thing');
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('NOT_FOUND');
      expect(body.error.message).toContain('/api/no-such-thing');
    });

    it('sets security headers', async () => {
      const response = await app.request('/api/health');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    });
  });
}
