import { describe, expect, it } from 'vitest';
import { paramInForce } from '../../shared/scenario/paramInForce.ts';

describe('paramInForce', () => {
  it('gives the event default when the scenario sets nothing', () => {
    expect(paramInForce({}, 'concurrencyCap')).toEqual({ value: 4, source: 'event', byQueue: {} });
    expect(paramInForce(undefined, 'botShare')).toEqual({ value: 0.35, source: 'event', byQueue: {} });
  });

  it('gives the scenario value for every queue when it sets one', () => {
    expect(paramInForce({ defaults: { concurrencyCap: 6 } }, 'concurrencyCap')).toEqual({ value: 6, source: 'scenario', byQueue: {} });
  });

  it('names per-queue overrides instead of hiding them behind one number', () => {
    expect(paramInForce({ defaults: { ahtSeconds: 400 }, queues: { logistics: { ahtSeconds: 240 }, pre_sale: { botShare: 0.5 } } }, 'ahtSeconds')).toEqual({ value: 400, source: 'queues', byQueue: { logistics: 240 } });
  });
});
