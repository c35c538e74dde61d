// The browser's simulation run without a browser: the worker's answer is a plain function, and the page's side
// talks to a stand-in worker that answers through that same function (happy-dom and node have no Worker).
import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { specFromRoster } from '../../shared/simulate/fromRoster.ts';
import { parseSimulationSpec, simulationSpecSchema, type SimulationSpecInput } from '../../shared/simulate/spec.ts';
import { sweepCaps } from '../../shared/simulate/sweep.ts';
import { ApiError } from '../../web/src/api.ts';
import { applySimulationReply, createBrowserSimulation, type BrowserRun } from '../../web/src/state/browserSimulation.ts';
import { MIN_RECOMMENDATION_SEEDS } from '../../shared/simulate/recommendCap.ts';
import { browserSpec, defaultForm, parseCaps } from '../../web/src/state/browserSpec.ts';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';
import { answerSimulationRequest, type SimulationReply, type SimulationRequest } from '../../web/src/workers/simulationRequest.ts';

const START = '2026-11-11T00:00:00+08:00';
const spec = (caps: number[]): SimulationSpecInput => ({
  horizonStart: START,
  caps,
  seed: 5,
  queues: [{ queue: 'pre_sale', arrivalsPerHour: [120, 240], agentsOnDuty: [3, 4] }],
});
const answer = (request: SimulationRequest) => {
  const replies: SimulationReply[] = [];
  answerSimulationRequest(request, (reply) => replies.push(reply));
  return replies;
};

/** A stand-in for `new Worker(...)`: answers on a later task, as a real worker does, unless terminated first. */
class FakeWorker {
  onmessage: ((event: MessageEvent<SimulationReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: SimulationRequest[] = [];
  postMessage(request: SimulationRequest) {
    this.requests.push(request);
    for (const reply of answer(request)) setTimeout(() => this.terminated || this.onmessage?.({ data: reply } as MessageEvent<SimulationReply>));
  }
  terminate() {
    this.terminated = true;
  }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the simulation worker', () => {
  it('posts progress before each cap, then exactly the sweep the shared engine gives', () => {
    const replies = answer({ spec: spec([3, 1]) });
    expect(replies.slice(0, 3)).toEqual([
      { type: 'progress', percent: 0, phase: 'cap 1' },
      { type: 'progress', percent: 50, phase: 'cap 3' },
      { type: 'progress', percent: 100, phase: 'done' },
    ]);
    expect(replies).toHaveLength(4);
    expect(replies[3]).toEqual({ type: 'result', sweep: sweepCaps(spec([3, 1])) });
  });

  it('answers a bad spec with the field that is wrong, as the server would', () => {
    const [reply] = answer({ spec: { ...spec([3]), caps: [Number.NaN], slaSeconds: -1 } });
    expect(reply).toMatchObject({ type: 'failed', code: 'INVALID_INPUT' });
    expect(reply.type === 'failed' && reply.details.map((d) => d.field)).toEqual(['caps.0', 'slaSeconds']);
  });
});

describe('the page side of a browser run', () => {
  const running: BrowserRun = { status: 'running', progress: 0, phase: 'starting' };

  it('follows progress, keeps the result, and turns a failure into an error listing its fields', () => {
    const moved = applySimulationReply(running, { type: 'progress', percent: 50, phase: 'cap 3' });
    expect(moved).toEqual({ status: 'running', progress: 50, phase: 'cap 3' });
    const sweep = sweepCaps(spec([2]));
    expect(applySimulationReply(moved, { type: 'result', sweep })).toEqual({ status: 'succeeded', progress: 100, phase: 'done', sweep });
    const failed = applySimulationReply(moved, { type: 'failed', code: 'INVALID_INPUT', message: 'invalid simulation spec: field caps.0', details: [{ field: 'caps.0', message: 'expected number' }] });
    expect(failed.status).toBe('failed');
    expect(failed.error).toBeInstanceOf(ApiError);
    expect((failed.error as ApiError).details).toEqual([{ field: 'caps.0', message: 'expected number' }]);
  });

  it('ignores replies that arrive after the run ended', () => {
    const cancelled: BrowserRun = { ...running, status: 'cancelled', phase: 'cancelled' };
    expect(applySimulationReply(cancelled, { type: 'progress', percent: 80, phase: 'cap 8' })).toBe(cancelled);
  });

  it('runs a sweep in a worker and ends it when the result is in', async () => {
    const workers: FakeWorker[] = [];
    await createRoot(async (dispose) => {
      const simulation = createBrowserSimulation(() => workers[workers.push(new FakeWorker()) - 1] as unknown as Worker);
      simulation.start(spec([1, 2]));
      expect(simulation.run()).toEqual({ status: 'running', progress: 0, phase: 'starting' });
      expect(workers[0].requests).toEqual([{ spec: spec([1, 2]) }]);
      await settle();
      expect(simulation.run()?.status).toBe('succeeded');
      expect(simulation.run()?.sweep?.caps.map((c) => c.cap)).toEqual([1, 2]);
      expect(workers[0].terminated).toBe(true);
      dispose();
    });
  });

  it('reports a worker that fails to start, in the chosen language, and stops it', async () => {
    setLocale('zh-CN');
    const workers: FakeWorker[] = [];
    await createRoot(async (dispose) => {
      const simulation = createBrowserSimulation(() => workers[workers.push(new FakeWorker()) - 1] as unknown as Worker);
      simulation.start(spec([1]));
      workers[0].onerror?.({ message: '', preventDefault: () => {} } as unknown as ErrorEvent);
      expect(simulation.run()?.status).toBe('failed');
      expect((simulation.run()?.error as Error).message).toBe(zhCN.simulationWorkerFailed);
      expect(workers[0].terminated).toBe(true);
      dispose();
    });
    setLocale('en');
  });

  it('cancels by terminating the worker; the run stays cancelled and a new run gets a new worker', async () => {
    const workers: FakeWorker[] = [];
    await createRoot(async (dispose) => {
      const simulation = createBrowserSimulation(() => workers[workers.push(new FakeWorker()) - 1] as unknown as Worker);
      simulation.start(spec([1, 2]));
      simulation.cancel();
      expect(workers[0].terminated).toBe(true);
      expect(simulation.running()).toBe(false);
      await settle();
      expect(simulation.run()).toEqual({ status: 'cancelled', progress: 0, phase: 'cancelled' });
      simulation.start(spec([3]));
      expect(workers).toHaveLength(2);
      dispose();
      // Leaving the page ends a run still going.
      expect(workers[1].terminated).toBe(true);
    });
  });
});

describe('the browser run form', () => {
  it('reads caps however they are typed, keeping what is not a number for the check to name', () => {
    expect(parseCaps(' 3, 5，8、10 ;x ')).toEqual([3, 5, 8, 10, Number.NaN]);
    expect(parseCaps('')).toEqual([]);
  });

  it('starts from the spec the server simulates: its caps plus the scenario cap, default session, the scenario as seed, confirmed shifts only', () => {
    const requirement = [
      { hourStart: '2026-11-10T23:00:00+08:00', queue: 'pre_sale' as const, humanInquiries: 40 },
      { hourStart: '2026-11-11T00:00:00+08:00', queue: 'pre_sale' as const, humanInquiries: 90 },
    ];
    const shifts = [
      { queue: 'pre_sale' as const, start: '2026-11-10T22:00:00+08:00', end: '2026-11-11T06:00:00+08:00', status: 'confirmed' },
      { queue: 'pre_sale' as const, start: '2026-11-10T23:00:00+08:00', end: '2026-11-11T07:00:00+08:00', status: 'cancelled' },
    ];
    const form = defaultForm(null, undefined, 7);
    expect(form.caps).toEqual([3, 4, 5, 6, 7, 8, 10, 15]);
    // What server/services/simulateScenario.ts builds for the same roster.
    const server = specFromRoster(requirement, shifts.filter((s) => s.status === 'confirmed'), { caps: form.caps, seed: 12, seeds: MIN_RECOMMENDATION_SEEDS });
    expect(parseSimulationSpec(browserSpec(requirement, shifts, form, 12))).toEqual(parseSimulationSpec(server));
    // Each queue also runs at its own cap, so its figures stand beside the recommended cap's.
    expect(parseSimulationSpec(browserSpec(requirement, shifts, form, 12, { pre_sale: 7, logistics: 2 })).queues.map((q) => q.cap)).toEqual([7]);
    expect(defaultForm('2026-11-11', [4, 50], 4).caps).toEqual([4, 50]);
  });

  it('passes the supervisor’s session, patience and SLA, and an empty patience as nobody leaving', () => {
    const requirement = [{ hourStart: START, queue: 'pre_sale' as const, humanInquiries: 90 }];
    const form = { ...defaultForm(null, [2], undefined), patienceSeconds: Number.NaN, slaSeconds: 30, messages: 2, replySeconds: 20, thinkSeconds: 60 };
    const built = parseSimulationSpec(browserSpec(requirement, [], form, 1));
    expect(built.patienceSeconds).toBeNull();
    expect(built.slaSeconds).toBe(30);
    const defaults = simulationSpecSchema.shape.session.parse(undefined);
    expect(built.session).toEqual({ messages: { ...defaults.messages, mean: 2 }, replySeconds: { ...defaults.replySeconds, mean: 20 }, thinkSeconds: { ...defaults.thinkSeconds, mean: 60 } });
  });
});
