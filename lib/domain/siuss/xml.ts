import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { Attrs, Ente, FlussoDati, PsBeneficiario, SinbaRecord, TipoFlusso } from "./types";

export const NAMESPACE = "http://inps.it/Casellario";

/** `G388.PS.20260527.0000002`: ente, flow, creation day, daily progressive. */
export function idFlusso(belfiore: string, tipo: TipoFlusso, day: string, n: number): string {
  const kind = tipo === "SINBA" ? "SINBA" : "PS";
  return `${belfiore}.${kind}.${day.replaceAll("-", "")}.${String(n).padStart(7, "0")}`;
}

function present(attrs: Attrs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== "") out[k] = v;
  return out;
}

function header(nome: string, ente: Ente): XMLBuilder {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(NAMESPACE, "Flusso");
  root.ele("IdentificazioneFlusso", { Nome: nome }).ele(
    "Ente",
    present({
      Codice: ente.codice,
      Denominazione: ente.denominazione.slice(0, 100),
      Indirizzo: ente.codice,
      CFOperatore: ente.cfOperatore,
    }),
  );
  return root;
}

function addBeneficiario(root: XMLBuilder, b: PsBeneficiario) {
  const el = root.ele("Beneficiario", { CodiceFiscale: b.codiceFiscale });
  el.ele("Anagrafica", present(b.anagrafica));
  el.ele("Indirizzo", present(b.indirizzo));
  const p = el.ele("PrestazioniSociali", present(b.prestazione));
  if (b.sina) {
    const s = p.ele("SINA", present(b.sina.attrs));
    if (b.sina.necessitaInterventiSociali.length) {
      const n = s.ele("NecessitaInterventiSociali");
      for (const c of b.sina.necessitaInterventiSociali) n.ele("CodicePrestazione").txt(c);
    }
    if (b.sina.invaliditaCivile.length) {
      const n = s.ele("InvaliditaCivile");
      for (const c of b.sina.invaliditaCivile) n.ele("InvCiv").txt(c);
    }
  }
}

function addSinba(root: XMLBuilder, r: SinbaRecord) {
  const el = root.ele("SINBA", present(r.attrs));
  const p = el.ele("Prestazioni");
  for (const c of r.prestazioni) p.ele("CodicePrestazione").txt(c);
  const f = el.ele("Famiglia");
  for (const c of r.famiglia) f.ele("ComposizioneFamiglia").txt(c);
}

/**
 * One Flusso document. Through WaaS it carries one record; the manual upload (INPS's web
 * application) accepts several beneficiaries in one file, all of the same type.
 */
export function flussoXml(nome: string, ente: Ente, records: FlussoDati[]): string {
  const root = header(nome, ente);
  for (const r of records) {
    if (r.tipo === "PS_PSA_SINA") addBeneficiario(root, r.beneficiario);
    else addSinba(root, r.sinba);
  }
  return root.end({ prettyPrint: true });
}
