// Load on a real server process over loopback (autocannon, bounded rate and duration): roster reads alone,
// then a mix of reads. Reports figures; never fails on timing.
import { runLoad, startLoadTarget } from './loadHarness.ts';

export default async function bench(): Promise<void> {
  const target = await startLoadTarget();
  try {
    const { port, cookie, eventId, rosterId } = target;
    const show = (label: string, r: Awaited<ReturnType<typeof runLoad>>) =>
      console.log(`${label}: ${r.requests} requests, ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`);
    show('roster reads at 200 req/s for 20 s', await runLoad({ port, cookie, rate: 200, seconds: 20, paths: [`/api/rosters/${rosterId}`] }));
    show(
      'mixed reads at 200 req/s for 30 s',
      await runLoad({ port, cookie, rate: 200, seconds: 30, paths: ['/api/health', `/api/rosters/${rosterId}`, `/api/events/${eventId}/scenarios`, `/api/events/${eventId}/forecast`, `/api/events/${eventId}/agents`] }),
    );
  } finally {
    await target.close();
  }
}
