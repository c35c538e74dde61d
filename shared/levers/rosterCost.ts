/** A roster's cost in CNY: wages, overtime, temps, borrowed staff and the GMV its uncovered hours put at risk. */
import type { Contract, ShortfallRow } from '../types.ts';
import { lostGmvOf } from './lostGmvCurve.ts';
import type { PlanCost } from './plan.ts';
import type { RosterPricing } from './pricing.ts';

/** Wages of paid hours per contract. */
export function wagesCny(paidHoursByContract: Partial<Record<Contract, number>>, pricing: Pick<RosterPricing, 'wagesCnyPerHour'>): number {
  return Object.entries(paidHoursByContract).reduce((sum, [contract, hours]) => sum + (hours ?? 0) * pricing.wagesCnyPerHour[contract as Contract], 0);
}

/** Lost GMV of every short hour: the marginal losses of its missing agents, summed. */
export function lostGmvCny(shortfall: readonly ShortfallRow[], pricing: Pick<RosterPricing, 'lostGmv'>): number {
  const curves = new Map(pricing.lostGmv.map((c) => [`${Date.parse(c.hourStart)}|${c.queue}`, c.marginalCny]));
  return shortfall.reduce((sum, r) => sum + lostGmvOf(curves.get(`${Date.parse(r.hourStart)}|${r.queue}`) ?? [], r.required - r.scheduled), 0);
}

/** The cost with its total: the one place the parts are added up. */
export function planCost(parts: Omit<PlanCost, 'totalCny'>): PlanCost {
  const round = (x: number) => Math.round(x * 100) / 100;
  const rounded = { wagesCny: round(parts.wagesCny), overtimeCny: round(parts.overtimeCny), tempsCny: round(parts.tempsCny), borrowedCny: round(parts.borrowedCny), lostGmvCny: round(parts.lostGmvCny) };
  return { ...rounded, totalCny: round(rounded.wagesCny + rounded.overtimeCny + rounded.tempsCny + rounded.borrowedCny + rounded.lostGmvCny) };
}
