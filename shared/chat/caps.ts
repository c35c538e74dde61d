/** The per-agent concurrent-chat cap (最大接待量): its valid range and the caps tried when none are named; one home. */
import { z } from 'zod';

/** The largest cap any input accepts. */
export const MAX_CAP = 1000;
/** Most caps one list (a sweep, a lever) may name. */
export const MAX_CAPS_LISTED = 20;

/** One per-agent cap: a whole number of chats from 1 to MAX_CAP. */
export const capSchema = z.number().int().min(1).max(MAX_CAP);
/** A list of caps to try: 1 to MAX_CAPS_LISTED of them. */
export const capListSchema = z.array(capSchema).min(1).max(MAX_CAPS_LISTED);

/** The caps a simulation sweeps when the scenario names none: Qianniu's usual 3-8 and a little past it. */
export const CAPS_TO_TRY: readonly number[] = Object.freeze([3, 4, 5, 6, 8, 10, 15]);
