/** The individual plan (progetto / PAI): its goals' outcomes and its review dates. */
import type { GoalOutcome } from "./case-file";
import type { IsoDate } from "./dates";

export const GOAL_OUTCOME_LABELS: Record<GoalOutcome, string> = {
  in_corso: "In corso",
  raggiunto: "Raggiunto",
  parzialmente_raggiunto: "Parzialmente raggiunto",
  non_raggiunto: "Non raggiunto",
};

/** A plan's review is overdue once its date is past: on the day itself it is still on time. */
export function isReviewOverdue(prossimaVerifica: IsoDate, today: IsoDate): boolean {
  return prossimaVerifica < today;
}
