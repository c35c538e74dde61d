/** The volume, scaling and span limits every way in shares (CSV import, JSON rows, actuals, the generator, the requirement): one home each. */

/** Most inquiries one queue may have in one hour (or one actuals interval). */
export const MAX_INQUIRIES_PER_HOUR = 10_000_000;
/** Most inquiries one queue may have in one day of a generated forecast. */
export const MAX_INQUIRIES_PER_DAY = 10_000_000;
/** Longest handle time a row or a queue may carry, in seconds. */
export const MAX_AHT_SECONDS = 4 * 3600;
/** Largest factor a forecast is scaled by: a day factor, a surge peak, a peak window's multiplier or last year's growth. */
export const MAX_MULTIPLIER = 1000;
/** Longest planning horizon an event may span, in days, and so the most days a generated forecast covers. */
export const MAX_HORIZON_DAYS = 62;
/** Most days after the event window a plan follows the post-event surge for. */
export const MAX_POST_EVENT_DAYS = 60;
/** Fewest and most days a post-event surge may take to decay back to the ordinary level. */
export const MIN_DECAY_DAYS = 2;
export const MAX_DECAY_DAYS = 90;
