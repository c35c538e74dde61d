/**
 * The capacity plan's inputs: the money a roster is priced in, and the workforce levers a supervisor may
 * pull to close the gap (issue 15). Every lever is optional, bounded and priced; absent means "not
 * allowed". Defaults come from ../shared/DOMAIN.md: wages, temp rates, conversion rate and order value
 * are demo assumptions (no published source), overtime ceilings and premiums are law.
 */
import { z } from 'zod';
import { isoInstant } from '../isoInstant.ts';
import { capListSchema } from '../chat/caps.ts';
import { LEGAL_FIGURES } from '../labour/legalFigures.ts';
import { CONTRACTS, QUEUE_CODES, type QueueCode } from '../types.ts';

const queueCode = z.enum(QUEUE_CODES);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected yyyy-MM-dd');
const cny = z.number().min(0).max(100_000);
const hourOfDay = z.number().int().min(0).max(23);
const shiftLength = z.number().int().min(1).max(12);
/** A window of instants inside which a lever may be used; absent: the event window. */
const leverWindow = z.object({ start: isoInstant, end: isoInstant }).strict().refine((w) => Date.parse(w.start) < Date.parse(w.end), { message: 'start must be before end', path: ['end'] });
/**
 * A queue's own window for a booked-staff lever, overriding the lever's `window` for that queue: an agency's
 * 查件 or after-sale agents for the return weeks are a different booking from the event's pre-sale temps.
 */
const queueWindows = z.object({ pre_sale: leverWindow, after_sale: leverWindow, logistics: leverWindow }).partial().strict();
/** How many may be booked on one date: a whole number of people. */
export const perDayCountSchema = z.number().int().min(0).max(10_000);
/** How many may be booked on each date: `maxPerDay`, overridden per date (yyyy-MM-dd, event zone). */
const perDayCounts = z.record(isoDate, perDayCountSchema);

/** Demo assumptions, DOMAIN.md "Money": no published source; labelled so wherever shown. */
export const DEFAULT_WAGES_CNY_PER_HOUR: Readonly<Record<(typeof CONTRACTS)[number], number>> = Object.freeze({ full_time: 35, part_time: 25 });
/** Demo assumptions: 询单转化率 40 % and 客单价 200 CNY for pre-sale; after-sale and logistics lose no order directly. */
export const DEFAULT_SALES: Readonly<Record<QueueCode, { conversionRate: number; orderValueCny: number }>> = Object.freeze({
  pre_sale: { conversionRate: 0.4, orderValueCny: 200 },
  after_sale: { conversionRate: 0, orderValueCny: 0 },
  logistics: { conversionRate: 0, orderValueCny: 0 },
});

/** Demo assumptions, DOMAIN.md "Money": an agency temp's and a borrowed colleague's CNY per hour when the lever does not say. */
export const DEFAULT_BOOKED_CNY_PER_HOUR: Readonly<{ temps: number; borrowed: number }> = Object.freeze({ temps: 30, borrowed: 35 });

/**
 * Our assumption, no source: a missing agent-hour costs at least two full-time wage-hours even where its
 * chats carry no sales (after-sale, logistics by default), so pricing in money never leaves a queue
 * unstaffed merely because its losses are not orders. A shift then pays for itself once half its hours are short.
 */
export const DEFAULT_MIN_SHORTFALL_WAGE_HOURS = 2;

const queueSales = z.object({ conversionRate: z.number().min(0).max(1), orderValueCny: cny }).strict();

/** Wages and the value of an answered inquiry. */
export const moneySchema = z
  .object({
    wagesCnyPerHour: z.object({ full_time: cny, part_time: cny }).partial().strict().default({}),
    sales: z.object({ pre_sale: queueSales.partial(), after_sale: queueSales.partial(), logistics: queueSales.partial() }).partial().strict().default({}),
    /** Least CNY a missing agent-hour costs in the plan's objective; absent: DEFAULT_MIN_SHORTFALL_WAGE_HOURS full-time wage-hours. */
    minShortfallCnyPerAgentHour: cny.optional(),
  })
  .strict();

/** Shorter shifts for full-time staff inside the event, as their shift of that day (lever 1). */
export const peakShiftsSchema = z
  .object({
    lengths: z.array(shiftLength).min(1).max(12).default([4, 5, 6]),
    /** Local start hours allowed; absent: every hour. */
    startHours: z.array(hourOfDay).min(1).max(24).optional(),
    window: leverWindow.optional(),
  })
  .strict();

/** Overtime: a shift extended by whole hours (lever 2). Legal figures (Labour Law Art. 41) by default; the event may raise them. */
export const overtimeSchema = z
  .object({
    maxHoursPerDay: z.number().int().min(0).max(8).default(LEGAL_FIGURES.overtimeHoursPerDaySpecial),
    maxHoursPerMonth: z.number().int().min(0).max(200).default(LEGAL_FIGURES.overtimeHoursPerMonth),
    /** Extensions must lie inside it; absent: the event window (a Double 11 team works overtime on the peak, not all month). */
    window: leverWindow.optional(),
  })
  .strict();

type LeverWindow = z.infer<typeof leverWindow>;
/** Per-queue windows of a booked-staff lever. */
export type QueueWindows = z.infer<typeof queueWindows>;

/** A queue window for a queue the lever does not serve would silently book nobody: name it instead. */
function windowedQueuesListed(terms: { queues: QueueCode[]; queueWindows?: QueueWindows }, issues: z.RefinementCtx): void {
  for (const queue of Object.keys(terms.queueWindows ?? {}) as QueueCode[]) {
    if (!terms.queues.includes(queue)) issues.addIssue({ code: 'custom', message: `queueWindows.${queue} names a queue missing from queues`, path: ['queueWindows', queue] });
  }
}

/** The window a booked-staff lever may be used in on one queue: the queue's own, else the lever's; undefined means the event window. */
export function bookingWindow(terms: { window?: LeverWindow; queueWindows?: QueueWindows }, queue: QueueCode): LeverWindow | undefined {
  return terms.queueWindows?.[queue] ?? terms.window;
}

/** Temporary or outsourced agents (临时工 / 外包) booked from an agency (lever 3). */
export const tempsSchema = z
  .object({
    maxPerDay: z.number().int().min(0).max(10_000),
    perDay: perDayCounts.default({}),
    minHours: shiftLength.default(4),
    maxHours: shiftLength.default(8),
    startHours: z.array(hourOfDay).min(1).max(24).optional(),
    costCnyPerHour: cny.default(DEFAULT_BOOKED_CNY_PER_HOUR.temps),
    queues: z.array(queueCode).min(1).max(QUEUE_CODES.length).default(['pre_sale']),
    /** Handle-time factor: 1.3 means a temp needs 30 % longer per chat, so covers 1 / 1.3 of a trained agent. */
    proficiency: z.number().min(1).max(5).default(1.3),
    window: leverWindow.optional(),
    queueWindows: queueWindows.optional(),
  })
  .strict()
  .refine((t) => t.minHours <= t.maxHours, { message: 'minHours must not exceed maxHours', path: ['minHours'] })
  .superRefine(windowedQueuesListed);

/** Staff borrowed from other departments (lever 4). */
export const borrowedSchema = z
  .object({
    maxPerDay: z.number().int().min(0).max(10_000),
    perDay: perDayCounts.default({}),
    lengths: z.array(shiftLength).min(1).max(12).default([4]),
    startHours: z.array(hourOfDay).min(1).max(24).optional(),
    costCnyPerHour: cny.default(DEFAULT_BOOKED_CNY_PER_HOUR.borrowed),
    queues: z.array(queueCode).min(1).max(QUEUE_CODES.length).default(['pre_sale']),
    proficiency: z.number().min(1).max(5).default(1.2),
    window: leverWindow.optional(),
    queueWindows: queueWindows.optional(),
  })
  .strict()
  .superRefine(windowedQueuesListed);

/** Per-agent caps (最大接待量) the plan may choose from, per queue (lever 5): its effect is the requirement at that cap. */
export const capLeverSchema = z.object({ pre_sale: capListSchema, after_sale: capListSchema, logistics: capListSchema }).partial().strict();

/** Every lever and the money; an empty object prices the roster and pulls no lever. */
export const leversSchema = z
  .object({
    money: moneySchema.optional(),
    peakShifts: peakShiftsSchema.optional(),
    overtime: overtimeSchema.optional(),
    temps: tempsSchema.optional(),
    borrowed: borrowedSchema.optional(),
    caps: capLeverSchema.optional(),
    /** Hard floor: every hour at least this share of its requirement (e.g. 0.95); absent: coverage is priced, not forced. */
    coverageFloor: z.number().min(0).max(1).optional(),
  })
  .strict();

export type Levers = z.infer<typeof leversSchema>;
export type LeversInput = z.input<typeof leversSchema>;
