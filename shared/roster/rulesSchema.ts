/** Per-event roster rules, validated with zod; every default comes from issue 5 and DOMAIN.md. */
import { z } from 'zod';
import { isoInstant } from '../isoInstant.ts';
import { LEGAL_FIGURES } from '../labour/legalFigures.ts';
import { MAX_POST_EVENT_DAYS } from '../forecast/limits.ts';
import { CONTRACTS, QUEUE_CODES, type ShiftTemplate } from '../types.ts';

const queueCode = z.enum(QUEUE_CODES);
/** Which primary queues' cross-trained agents may serve `to` during one window; `from` must not name `to`. */
const moveDirection = z
  .object({ from: z.array(queueCode).max(QUEUE_CODES.length), to: queueCode })
  .strict()
  .refine((m) => !m.from.includes(m.to), { message: 'from must not include to', path: ['from'] });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected yyyy-MM-dd');

export const shiftTemplateSchema = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/),
    nameZh: z.string().min(1).max(40),
    nameEn: z.string().min(1).max(40),
    startHour: z.number().int().min(0).max(23),
    durationHours: z.number().int().min(4).max(12),
    activeFrom: isoDate.optional(),
    activeTo: isoDate.optional(),
    /** Contracts allowed to work it; absent means every contract whose limits it fits. */
    contracts: z.array(z.enum(CONTRACTS)).optional(),
  })
  .refine((t) => !t.activeFrom || !t.activeTo || t.activeFrom <= t.activeTo, { message: 'activeFrom is after activeTo' });

/** A template plus the contracts that may work it. */
export type RosterTemplate = ShiftTemplate & { contracts?: (typeof CONTRACTS)[number][] };

/** 三班 for full-time staff plus two 4-hour peak shifts that fit the part-time contract (Labour Contract Law Art. 68). */
export const DEFAULT_TEMPLATES: RosterTemplate[] = [
  { code: 'E', nameZh: '早班', nameEn: 'Early', startHour: 8, durationHours: 8, contracts: ['full_time'] },
  { code: 'M', nameZh: '中班', nameEn: 'Middle', startHour: 16, durationHours: 8, contracts: ['full_time'] },
  { code: 'N', nameZh: '夜班', nameEn: 'Night', startHour: 0, durationHours: 8, contracts: ['full_time'] },
  { code: 'PD', nameZh: '兼职日间', nameEn: 'Part-time day', startHour: 9, durationHours: 4, contracts: ['part_time'] },
  { code: 'PE', nameZh: '兼职晚间', nameEn: 'Part-time evening', startHour: 19, durationHours: 4, contracts: ['part_time'] },
];

const DEFAULT_WORKING_TIME = {
  maxDayHours: LEGAL_FIGURES.dayHours + LEGAL_FIGURES.overtimeHoursPerDaySpecial,
  maxMonthlyOvertimeHours: LEGAL_FIGURES.overtimeHoursPerMonth,
};

/** The rules' fields without the cross-field checks, so other schemas can list the rule names. */
const rosterRulesFields = z
  .object({
    templates: z.array(shiftTemplateSchema).min(1).default(DEFAULT_TEMPLATES),
    eventWindow: z.object({ start: isoInstant, end: isoInstant }).default({ start: '2026-11-10T08:00:00+08:00', end: '2026-11-12T02:00:00+08:00' }),
    postEventDays: z.number().int().min(0).max(MAX_POST_EVENT_DAYS).default(14),
    /** Who helps whom: during the event after-sale and logistics help pre-sale; after it pre-sale helps after-sale (DOMAIN.md). */
    moves: z
      .object({ event: moveDirection, postEvent: moveDirection })
      .strict()
      .default({ event: { from: ['after_sale', 'logistics'], to: 'pre_sale' }, postEvent: { from: ['pre_sale'], to: 'after_sale' } }),
    /** Company policy, not PRC law (no PRC text sets one): hours between two shifts. */
    minRestHours: z.number().min(0).max(24).default(11),
    /** The rest allowed when the rest period touches the event window. */
    eventMinRestHours: z.number().min(0).max(24).default(8),
    maxConsecutiveDays: z.number().int().min(1).max(13).default(6),
    /** Cap on hours worked in any 7 consecutive calendar days (by shift start). */
    maxRollingHours: z.number().min(8).max(84).default(60),
    partTime: z
      .object({ maxShiftHours: z.number().min(1).max(12).default(LEGAL_FIGURES.partTimeDayHours), maxWeeklyHours: z.number().min(1).max(60).default(LEGAL_FIGURES.partTimeWeekHours) })
      .default({ maxShiftHours: LEGAL_FIGURES.partTimeDayHours, maxWeeklyHours: LEGAL_FIGURES.partTimeWeekHours }),
    /** A shift is a night shift when it overlaps [from, to) local time. */
    nightHours: z.object({ from: z.number().int().min(0).max(23), to: z.number().int().min(1).max(24) }).default({ from: 0, to: 6 }),
    /** Max minus min night count among eligible agents of one primary queue. */
    nightFairnessSpread: z.number().int().min(0).max(30).default(1),
    /** Forward rotation orders start hours from this hour: 04 puts early (08) < middle (16) < night (00). */
    rotationPivotHour: z.number().int().min(0).max(23).default(4),
    /**
     * Rotation through the three shifts (三班倒) for full-time staff: in any `windowDays` days at most
     * `maxSameType` shifts of one type (early, middle, night). Five of 14 days fits both usual patterns
     * (a week on each type; two early, two middle, two nights, two off) and keeps one type at or under
     * two thirds of the shifts of anyone working 8 or more in the window. Company policy. Shifts inside
     * the event window do not count while `suspendDuringEvent` (all hands); the rotation resumes after it.
     */
    rotation: z
      .object({ windowDays: z.number().int().min(7).max(28).default(14), maxSameType: z.number().int().min(1).max(28).default(5), suspendDuringEvent: z.boolean().default(true) })
      .strict()
      .default({ windowDays: 14, maxSameType: 5, suspendDuringEvent: true }),
    /** Company policy, not law: whole calendar days without work after a night before a day shift. */
    daysOffAfterNights: z.number().int().min(0).max(3).default(1),
    /**
     * The event's own working-time ceilings, hard rules for the engine (the supervisor's decision): hours in a
     * working day, by default the legal 8 plus the 3 h of overtime allowed with a special reason, and overtime
     * hours in a calendar month, by default the legal 36 (Labour Law Art. 36, 41). Every excess over the legal
     * figures is listed beside the roster whatever these say.
     */
    workingTime: z
      .object({
        maxDayHours: z.number().min(1).max(24).default(DEFAULT_WORKING_TIME.maxDayHours),
        maxMonthlyOvertimeHours: z.number().min(0).max(744).default(DEFAULT_WORKING_TIME.maxMonthlyOvertimeHours),
      })
      .strict()
      .default(DEFAULT_WORKING_TIME),
    /** Weight of one uncovered agent-hour against one paid hour; must exceed the longest shift so coverage comes first. */
    shortfallPenalty: z.number().min(13).max(10_000).default(100),
  });

/** Every rule name an event or scenario may override. */
export const ROSTER_RULE_NAMES: readonly string[] = Object.keys(rosterRulesFields.shape);

export const rosterRulesSchema = rosterRulesFields
  .refine((r) => Date.parse(r.eventWindow.start) < Date.parse(r.eventWindow.end), {
    message: 'eventWindow.start must be before eventWindow.end',
    path: ['eventWindow'],
  });

export type RosterRules = z.infer<typeof rosterRulesSchema>;

/** The rules with every default filled in. */
export function defaultRosterRules(): RosterRules {
  return rosterRulesSchema.parse({});
}
