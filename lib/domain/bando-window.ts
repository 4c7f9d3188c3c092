/** Where a bando's application window stands on a calendar day (YYYY-MM-DD, Italian time). */
export type WindowStatus = "da_aprire" | "aperto" | "chiuso";

/** Closed early by the coordinator (`chiusoIl`), or by its dates; both dates are inclusive. */
export function windowStatus(
  bando: { apertura: string; chiusura: string; chiusoIl: Date | string | null },
  today: string,
): WindowStatus {
  if (bando.chiusoIl) return "chiuso";
  if (today < bando.apertura) return "da_aprire";
  if (today > bando.chiusura) return "chiuso";
  return "aperto";
}

/** Once the window has opened (on its first day), changes to the bando are logged. */
export function hasOpened(bando: { apertura: string }, today: string): boolean {
  return bando.apertura <= today;
}
