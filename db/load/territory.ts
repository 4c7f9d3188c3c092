import { readFileSync } from "node:fs";
import path from "node:path";

export type IstatComune = {
  nome: string;
  istat: string;
  belfiore: string;
  provincia: string;
  regione: string;
  codiceRegione: string;
  popolazione2011: number | null;
};

export type PlannedAmbito = {
  codice: string;
  nome: string;
  ente: string;
  comuni: IstatComune[];
};

/** The ISTAT list of Italian comuni kept beside the project (shared/data/comuni-istat.json). */
export function readIstatComuni(): IstatComune[] {
  const candidates = [
    process.env.COMUNI_ISTAT_JSON,
    path.join(process.cwd(), "..", "shared", "data", "comuni-istat.json"),
    "/work/shared/data/comuni-istat.json",
  ].filter((p): p is string => Boolean(p));
  for (const file of candidates) {
    try {
      return JSON.parse(readFileSync(file, "utf8")) as IstatComune[];
    } catch {}
  }
  throw new Error(
    `Elenco ISTAT dei comuni non trovato (cercato in: ${candidates.join(", ")}); indicane il file con COMUNI_ISTAT_JSON.`,
  );
}

/**
 * Splits Lombardy's comuni (those not already in an ambito) into `count` ambiti: each province
 * gets ambiti in proportion to its comuni, and each ambito is a run of neighbouring ISTAT codes.
 */
export function planAmbiti(
  comuni: readonly IstatComune[],
  count: number,
  exclude: ReadonlySet<string>,
): PlannedAmbito[] {
  if (count <= 0) return [];
  const byProvince = new Map<string, IstatComune[]>();
  for (const c of [...comuni].sort((a, b) => a.istat.localeCompare(b.istat))) {
    if (exclude.has(c.istat)) continue;
    const list = byProvince.get(c.provincia) ?? [];
    list.push(c);
    byProvince.set(c.provincia, list);
  }
  const provinces = [...byProvince.entries()];
  const total = provinces.reduce((n, [, l]) => n + l.length, 0);
  if (total < count) throw new Error(`Solo ${total} comuni per ${count} ambiti.`);
  const share = provinces.map(([, l]) =>
    Math.min(l.length, Math.max(1, Math.round((l.length / total) * count))),
  );
  // Bring the sum to `count`: take from the provinces with the most ambiti per comune, or give.
  let sum = share.reduce((a, b) => a + b, 0);
  while (sum !== count) {
    let best = -1;
    for (let i = 0; i < provinces.length; i++) {
      const size = (provinces[i]?.[1].length ?? 0) / (share[i] as number);
      const s = share[i] as number;
      if (sum > count ? s > 1 : s < (provinces[i]?.[1].length ?? 0)) {
        const bestSize =
          best < 0 ? 0 : (provinces[best]?.[1].length ?? 0) / (share[best] as number);
        if (best < 0 || (sum > count ? size < bestSize : size > bestSize)) best = i;
      }
    }
    if (best < 0) break;
    share[best] = (share[best] as number) + (sum > count ? -1 : 1);
    sum += sum > count ? -1 : 1;
  }
  const out: PlannedAmbito[] = [];
  provinces.forEach(([prov, list], i) => {
    const k = share[i] as number;
    for (let j = 0; j < k; j++) {
      const part = list.slice(
        Math.floor((j * list.length) / k),
        Math.floor(((j + 1) * list.length) / k),
      );
      const n = String(j + 1).padStart(2, "0");
      out.push({
        codice: `LOAD-${prov}-${n}`,
        nome: `Ambito ${prov} ${n} (${part[0]?.nome ?? ""})`,
        ente: `Ufficio di Piano ${prov} ${n}`,
        comuni: part,
      });
    }
  });
  return out;
}
