import { describe, it, expect } from 'vitest';
import { erlangB, erlangC, erlangCServiceLevel } from '../../../shared/staffing/erlang.ts';

describe('Erlang formulas', () => {
  it('gives the textbook P(wait) of 0.4494 for 10 Erlangs on 12 agents', () => {
    expect(erlangC(12, 10)).toBeCloseTo(0.4494, 4);
  });

  it('matches the closed forms for one and two servers', () => {
    // M/M/1: P(wait) = rho. M/M/2: C = A^2 / (2 + A), 1/3 for A = 1. Erlang B: A/(1+A) and A^2/2 / (1 + A + A^2/2).
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
  });

  it('matches a published Erlang B table value (20 Erlangs, 30 trunks: 0.0085)', () => {
    expect(erlangB(30, 20)).toBeCloseTo(0.00846, 5);
  });

  it('stays finite for thousands of servers where factorials would overflow', () => {
    const c = erlangC(5000, 4900);
    expect(Number.isFinite(c)).toBe(true);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });

  it('is 1 when the queue is unstable and 0 with no load', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangC(10, 0)).toBe(0);
  });

  it('computes the service level as 1 - C·exp(-(N - A)·T / AHT)', () => {
    // 10 Erlangs, 12 agents, AHT 180 s, 20 s target: 1 - 0.4494·e^(-2·20/180) = 0.6400.
    expect(erlangCServiceLevel(12, 10, 180, 20)).toBeCloseTo(0.64, 3);
  });
});
