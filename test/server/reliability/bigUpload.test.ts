// Issue 18, point 6: a big CSV upload is refused by size or line count while it streams in (413 naming the
// limit, with or without Content-Length), is parsed off the event loop, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CSV_UPLOAD_BYTES, MAX_CSV_UPLOAD_LINES } from '../../../server/http/upload.ts';
import { DATABASES } from '../../db/setup.ts';
import { openTestApp, type TestApp } from '../harness.ts';
import { dumpFingerprint } from './dump.ts';

const ROW = '2026-11-08T00:00:00+08:00,pre_sale,1234\n';
const forecastOf = (bytes: number) => `hour_start,queue,inquiries\n${ROW.repeat(Math.ceil(bytes / ROW.length))}`;

/** A body without Content-Length: a stream sent in 64 kB chunks, as a chunked upload arrives. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += 65_536)));
    },
  });
}

for (const kind of DATABASES) {
  describe(`big uploads on ${kind}`, () => {
    let t: TestApp;
    let before: Record<string, string>;
    beforeAll(async () => {
      t = await openTestApp(kind);
      before = await dumpFingerprint(t.database);
    });
    afterAll(() => t.close());

    const upload = async (body: string | ReadableStream<Uint8Array>) => {
      const init: RequestInit & { duplex?: 'half' } = { method: 'POST', headers: { 'content-type': 'text/csv', cookie: t.cookies.get('sup')! }, body, duplex: 'half' };
      const response = await t.app.request(`/api/events/${t.eventId}/forecast/import`, init);
      return { status: response.status, json: await response.json() };
    };

    it('refuses a 15 MB file by its size, declared or streamed, naming the limit, and writes nothing', async () => {
      const big = forecastOf(15 * 1024 * 1024);
      for (const body of [big, chunked(big)]) {
        const response = await upload(body);
        expect(response.status).toBe(413);
        expect(response.json.error.message).toContain(`${MAX_CSV_UPLOAD_BYTES / 1024 / 1024} MB`);
        expect(response.json.error.details).toEqual([expect.objectContaining({ field: 'file' })]);
        expect(await dumpFingerprint(t.database)).toEqual(before);
      }
    });

    it('refuses a file of more lines than the limit although it is small', async () => {
      const response = await upload(chunked(`hour_start,queue,inquiries\n${'\n'.repeat(MAX_CSV_UPLOAD_LINES + 1)}`));
      expect(response.status).toBe(413);
      expect(response.json.error.message).toContain(`${MAX_CSV_UPLOAD_LINES} lines`);
      expect(await dumpFingerprint(t.database)).toEqual(before);
    });

    it('answers other requests while a file under the limit is parsed, and reports its bad rows by line', async () => {
      const parsing = upload(forecastOf(3 * 1024 * 1024));
      const order: string[] = [];
      void parsing.then(() => order.push('upload'));
      const health = await t.call('GET', '/api/health');
      order.push('health');
      expect(health.status).toBe(200);
      const response = await parsing;
      expect(order).toEqual(['health', 'upload']);
      expect(response.status).toBe(422);
      expect(response.json.error.details[0]).toMatchObject({ line: 3 });
      expect(await dumpFingerprint(t.database)).toEqual(before);
    });
  });
}
