// Forecast uploads of 15 MB (under the 16 MB body limit, over the CSV limit) and 3.9 MB (under it) against a real server process, while /api/health is
// asked every 20 ms: how long the upload takes to be answered, and the health latencies meanwhile. Figures only.
import { startServer } from './loadHarness.ts';

export default async function bench(): Promise<void> {
  const server = await startServer();
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const eventId = (await server.call('/api/events'))[0].id;
    const row = '2026-11-08T00:00:00+08:00,pre_sale,1234\n';
    // Three 15 MB files (over the CSV limit), then one of 3 MB (under both limits: decoded and parsed, here to a 422 for its repeated hours).
    for (const [run, megabytes] of [15, 15, 15, 3].entries()) {
      const body = `hour_start,queue,inquiries\n${row.repeat(Math.ceil((megabytes * 1024 * 1024) / row.length))}`;
      const latencies: number[] = [];
      let uploading = true;
      const probe = (async () => {
        while (uploading) {
          const started = performance.now();
          await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
          latencies.push(performance.now() - started);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const started = performance.now();
      const response = await fetch(`${base}/api/events/${eventId}/forecast/import`, { method: 'POST', headers: { cookie: server.cookie, 'content-type': 'text/csv' }, body });
      await response.arrayBuffer();
      const took = performance.now() - started;
      uploading = false;
      await probe;
      latencies.sort((a, b) => a - b);
      const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)].toFixed(1);
      console.log(
        `run ${run + 1}: ${(body.length / 1024 / 1024).toFixed(1)} MB upload answered ${response.status} in ${took.toFixed(0)} ms; /api/health during it: ${latencies.length} probes, p50 ${at(0.5)} ms, max ${at(1)} ms`,
      );
    }
  } finally {
    await server.close();
  }
}
