import comuniItaliani from "@/db/data/comuni-istat.json";

type ComuneItaliano = {
  nome: string;
  istat: string;
  belfiore: string;
  provincia: string;
  codiceRegione: string;
};

let byBelfiore: Map<string, ComuneItaliano> | undefined;

/** The comune (or foreign state) a Belfiore code names, for display. Public ISTAT data. */
export function birthplaceLabel(belfiore: string): string {
  byBelfiore ??= new Map((comuniItaliani as ComuneItaliano[]).map((c) => [c.belfiore, c]));
  const comune = byBelfiore.get(belfiore);
  if (comune) return `${comune.nome} (${comune.provincia})`;
  if (belfiore.startsWith("Z")) return `Stato estero (${belfiore})`;
  return belfiore;
}
