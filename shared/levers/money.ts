/** The money a roster is priced in: the levers' `money` with every default filled in. */
import { CONTRACTS, QUEUE_CODES, type Contract, type QueueCode } from '../types.ts';
import { DEFAULT_MIN_SHORTFALL_WAGE_HOURS, DEFAULT_SALES, DEFAULT_WAGES_CNY_PER_HOUR, type Levers } from './schema.ts';

export interface Money {
  wagesCnyPerHour: Record<Contract, number>;
  sales: Record<QueueCode, { conversionRate: number; orderValueCny: number }>;
  /** Least CNY a missing agent-hour costs in the plan's objective. */
  minShortfallCny: number;
}

/** Wages per contract and sales per queue: the event's own figures over the demo assumptions. */
export function resolveMoney(money?: Levers['money']): Money {
  const wages = Object.fromEntries(CONTRACTS.map((c) => [c, money?.wagesCnyPerHour?.[c] ?? DEFAULT_WAGES_CNY_PER_HOUR[c]])) as Money['wagesCnyPerHour'];
  const sales = Object.fromEntries(QUEUE_CODES.map((q) => [q, { ...DEFAULT_SALES[q], ...definedOnly(money?.sales?.[q]) }])) as Money['sales'];
  return { wagesCnyPerHour: wages, sales, minShortfallCny: money?.minShortfallCnyPerAgentHour ?? DEFAULT_MIN_SHORTFALL_WAGE_HOURS * wages.full_time };
}

/** GMV an answered chat of the queue is worth: conversion rate x order value. */
export function valuePerChatCny(money: Money, queue: QueueCode): number {
  return money.sales[queue].conversionRate * money.sales[queue].orderValueCny;
}

function definedOnly<T extends object>(values: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
