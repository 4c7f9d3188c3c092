import { addDays, daysBetween, type IsoDate } from "./dates";
import type { RequestStatus } from "./request-workflow";

/**
 * The term of the procedure (L. 241/1990 art. 2): the request must be decided within the
 * bando's days from filing. A richiesta di integrazione suspends the clock once, for at most
 * 30 days (art. 2 c. 7); a preavviso di rigetto suspends it for the 10 days given for
 * observations (art. 10-bis). Pure: "today" is passed in.
 */

export const MAX_INTEGRATION_SUSPENSION_DAYS = 30;

/** Statuses in which the procedure is running: the request still awaits its decision. */
export const OPEN_STATUSES: readonly RequestStatus[] = [
  "presentata",
  "in_istruttoria",
  "integrazione_richiesta",
  "preavviso_rigetto",
];
export const OBSERVATION_DAYS = 10;

export type SuspensionKind = "integrazione" | "preavviso";

export const SUSPENSION_CAP: Record<SuspensionKind, number> = {
  integrazione: MAX_INTEGRATION_SUSPENSION_DAYS,
  preavviso: OBSERVATION_DAYS,
};

export type TermState = {
  filedOn: IsoDate;
  termDays: number;
  /** Days already added by suspensions that have ended. */
  suspendedDays: number;
  /** The current suspension, if the clock is stopped. */
  suspension: { kind: SuspensionKind; since: IsoDate } | null;
  /** Decided requests have no running term. */
  decided: boolean;
};

export type TermStatus = {
  dueOn: IsoDate;
  /** Days left (negative when overdue); null when the clock is stopped or the request decided. */
  daysLeft: number | null;
  overdue: boolean;
  suspended: boolean;
};

/** Days a suspension counts: the days elapsed, capped; after the cap the clock runs again. */
export function suspensionDays(kind: SuspensionKind, since: IsoDate, until: IsoDate): number {
  return Math.max(0, Math.min(SUSPENSION_CAP[kind], daysBetween(since, until)));
}

export function termStatus(state: TermState, today: IsoDate): TermStatus {
  const current = state.suspension
    ? suspensionDays(state.suspension.kind, state.suspension.since, today)
    : 0;
  const dueOn = addDays(state.filedOn, state.termDays + state.suspendedDays + current);
  const stopped =
    state.suspension !== null &&
    daysBetween(state.suspension.since, today) < SUSPENSION_CAP[state.suspension.kind];
  if (state.decided) return { dueOn, daysLeft: null, overdue: false, suspended: false };
  if (stopped) return { dueOn, daysLeft: null, overdue: false, suspended: true };
  const daysLeft = daysBetween(today, dueOn);
  return { dueOn, daysLeft, overdue: daysLeft < 0, suspended: false };
}

/** The observations window after a preavviso: a rejection may follow only once it has passed. */
export function observationWindowEnds(preavvisoOn: IsoDate): IsoDate {
  return addDays(preavvisoOn, OBSERVATION_DAYS);
}
