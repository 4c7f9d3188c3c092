/** The totals of the schedule: a live region that takes the focus after a payment is recorded. */
export const TOTALS_ID = "instalment-totals";
