/**
 * The shape of a portal office's reception hours; a plain module (no zod), so that the
 * office form can use it without loading the validation schemas.
 */

/** Reception days: 1 Monday … 6 Saturday. */
export const OFFICE_DAYS = [1, 2, 3, 4, 5, 6] as const;
/** Slots a day may have in the form (morning, afternoon). */
export const SLOTS_PER_DAY = 2;
