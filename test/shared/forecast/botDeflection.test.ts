import { describe, it, expect } from 'vitest';
import { deflectBots, humanInquiries, DEFAULT_BOT_SHARE } from '../../../shared/forecast/botDeflection.ts';
import type { ForecastRow } from '../../../shared/types.ts';

const forecast: ForecastRow[] = [
  { hourStart: '2026-11-11T00:00:00+08:00', queue: 'pre_sale', inquiries: 1000 },
  { hourStart: '2026-11-11T00:00:00+08:00', queue: 'logistics', inquiries: 200 },
];

describe('bot deflection', () => {
  it('leaves the rest of the inquiries for people', () => {
    expect(humanInquiries(1000, 0.4)).toBeCloseTo(600, 12);
    expect(humanInquiries(1000, 0)).toBe(1000);
    expect(humanInquiries(1000, 1)).toBe(0);
  });

  it('uses the default share, 30-40 % in practice, for queues not named', () => {
    expect(DEFAULT_BOT_SHARE).toBeGreaterThanOrEqual(0.3);
    expect(DEFAULT_BOT_SHARE).toBeLessThanOrEqual(0.4);
    const rows = deflectBots(forecast, { botShare: { logistics: 0.6 } });
    expect(rows[0].humanInquiries).toBeCloseTo(1000 * (1 - DEFAULT_BOT_SHARE), 12);
    expect(rows[1].humanInquiries).toBeCloseTo(80, 12);
    expect(rows[1]).toMatchObject(forecast[1]);
  });

  it('rejects a share outside [0, 1]', () => {
    expect(() => humanInquiries(10, 1.2)).toThrow(/botShare/);
    expect(() => deflectBots(forecast, { defaultShare: Number.NaN })).toThrow(/botShare/);
  });
});
