import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../db/setup.ts';
import { openTestApp, type TestApp } from './harness.ts';

for (const kind of DATABASES) {
  describe(`HTTP basics on ${kind}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(kind);
    });
    afterAll(() => t.close());

    it('GET /api/health names the database, without signing in', async () => {
      const response = await t.call('GET', '/api/health', undefined, { as: null });
      expect(response.status).toBe(200);
      expect(response.json).toEqual({ status: 'ok', database: kind });
    });

    it('an unknown /api path is a JSON 404, not the SPA page', async () => {
      const response = await t.call('GET', '/api/no-such-thing', undefined, { as: null });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.json.error.code).toBe('NOT_FOUND');
      expect(response.json.error.message).toContain('/api/no-such-thing');
    });

    it('sets security headers and opens no CORS', async () => {
      const response = await t.call('GET', '/api/health', undefined, { as: null, headers: { origin: 'https://elsewhere.example' } });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
    });
  });
}
