import type { MeasureKind } from "@/lib/domain/areas";
import {
  ageOn,
  CITTADINANZA_NON_DISPONIBILE,
  citizenshipCode,
  fasciaEta,
  fasciaIsee,
  ITALIA,
} from "./codes";
import type { Attrs, FlussoDati, SinaBlock, SinbaRecord, TipoOperazione } from "./types";

/** What Zona knows about one benefit, gathered by lib/data/siuss.ts. Dates are YYYY-MM-DD. */
export type BenefitFacts = {
  tipoOperazione: TipoOperazione;
  person: {
    codiceFiscale: string;
    cognome: string;
    nome: string;
    sesso: "M" | "F";
    dataNascita: string;
    luogoNascita: string;
    cittadinanza: string;
    comuneIstat: string;
    codiceRegione: string;
    componentiNucleo: number | null;
  };
  measure: {
    codiceSiuss: string;
    nome: string;
    tipo: MeasureKind;
    areaUtenza: number;
    presenzaProvaMezzi: number | null;
    caratterePrestazione: number | null;
  };
  request: {
    protocollo: string | null;
    filedOn: string | null;
    decidedOn: string | null;
    dataInizio: string | null;
    dataFine: string | null;
    importoMensile: string | null;
    mesi: number | null;
    importoApprovato: string | null;
    oreMensili: string | null;
  };
  isee: {
    protocolloDsu: string;
    annoDsu: number;
    dataPresentazione: string;
    valore: string;
  } | null;
  presaCarico: boolean;
  /** Item code → coded answer of the latest assessments, if any. */
  sina: Record<string, unknown> | null;
  sinba: Record<string, unknown> | null;
  /** SINA codes (1–8) of the person's disability certifications. */
  disabilityCodes: number[];
  /** SINBA's anonymous beneficiary id (at most 20 characters). */
  idBeneficiario: string;
};

export type Mapped = { dati: FlussoDati; missing: string[] };

const money = (v: string | number) => Number(v).toFixed(2);

/**
 * The answer to an XSD attribute in an assessment's items, which may be keyed by the XSD name
 * (`AttivitaVitaQuotidiana`), its camelCase or its snake_case form.
 */
export function item(voci: Record<string, unknown> | null, xsdName: string): unknown {
  if (!voci) return undefined;
  const camel = xsdName.charAt(0).toLowerCase() + xsdName.slice(1);
  const snake = camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return voci[xsdName] ?? voci[camel] ?? voci[snake];
}

function code(voci: Record<string, unknown> | null, xsdName: string): string | undefined {
  const v = item(voci, xsdName);
  if (typeof v === "number" && Number.isInteger(v)) return String(v);
  if (typeof v === "string" && /^\d{1,3}$/.test(v)) return v;
  return undefined;
}

function codes(voci: Record<string, unknown> | null, xsdName: string): string[] {
  const v = item(voci, xsdName);
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list.map((x) => String(x)).filter((x) => x.length > 0);
}

const SINA_REQUIRED = [
  "Mobilita",
  "AttivitaVitaQuotidiana",
  "DisturbiComportamentali",
  "AreaReddituale",
  "AreaSupporto",
] as const;
const SINA_OPTIONAL = ["DisturbiAreaCognitiva", "NecessitaCureSanitarie"] as const;

/** The SINA block, or null (it is optional) when the assessment lacks a required answer. */
function sinaBlock(f: BenefitFacts, missing: string[]): SinaBlock | null {
  if (!f.sina) return null;
  const attrs: Attrs = {};
  const absent: string[] = [];
  for (const name of SINA_REQUIRED) {
    attrs[name] = code(f.sina, name);
    if (!attrs[name]) absent.push(name);
  }
  if (absent.length) {
    missing.push(`Valutazione SINA incompleta (${absent.join(", ")}): il blocco SINA è omesso.`);
    return null;
  }
  // The assessment form records "0" (absent, none) for these: the flow expresses it by omission.
  for (const name of SINA_OPTIONAL) {
    const answer = code(f.sina, name);
    attrs[name] = answer === "0" ? undefined : answer;
  }
  attrs.FonteDerivazioneValutazione = code(f.sina, "FonteDerivazioneValutazione") ?? "2";
  attrs.StrumentoValutazione = code(f.sina, "StrumentoValutazione") ?? "7";
  const invCiv = [...new Set(f.disabilityCodes)].sort().map(String);
  if (invCiv.length)
    attrs.FonteDerivazioneInvalidita = code(f.sina, "FonteDerivazioneInvalidita") ?? "1";
  return {
    attrs,
    necessitaInterventiSociali: codes(f.sina, "NecessitaInterventiSociali"),
    invaliditaCivile: invCiv,
  };
}

function denominazione(nome: string): string {
  const text = nome.trim();
  return (text.length >= 10 ? text : `Prestazione sociale: ${text}`).slice(0, 200);
}

/** Periodic benefits are reported within one calendar year (DataFine in DataInizio's year). */
function period(f: BenefitFacts) {
  const start = f.request.dataInizio ?? f.request.decidedOn ?? undefined;
  if (!start) return { start: undefined, end: undefined, months: undefined };
  const yearEnd = `${start.slice(0, 4)}-12-31`;
  const end = f.request.dataFine && f.request.dataFine < yearEnd ? f.request.dataFine : yearEnd;
  const monthsToYearEnd = 12 - Number(start.slice(5, 7)) + 1;
  const months = Math.max(1, Math.min(12, f.request.mesi ?? 12, monthsToYearEnd));
  return { start, end: f.request.dataFine || f.request.mesi ? end : undefined, months };
}

/** The PS-PSA-SINA record of one benefit, and what Zona lacks to report it fully. */
export function mapPs(f: BenefitFacts): Mapped {
  const missing: string[] = [];
  const p = f.person;
  const cittadinanza = citizenshipCode(p.cittadinanza);
  if (!cittadinanza)
    missing.push(
      `Cittadinanza «${p.cittadinanza}» senza codice ISO: inviata come non disponibile.`,
    );
  const carattere =
    f.measure.caratterePrestazione ?? (f.measure.tipo === "voucher" && !f.request.mesi ? 2 : 1);
  if (f.measure.caratterePrestazione === null)
    missing.push("Carattere della prestazione non indicato sulla misura: dedotto dal tipo.");
  const provaMezzi = f.measure.presenzaProvaMezzi ?? (f.isee ? 1 : 4);
  if (f.measure.presenzaProvaMezzi === null)
    missing.push("Presenza della prova dei mezzi non indicata sulla misura: dedotta dall'ISEE.");
  if (provaMezzi === 1 && !f.isee) missing.push("Manca l'attestazione ISEE usata (DSU).");
  if (!f.request.protocollo) missing.push("La domanda non ha protocollo.");
  const mensile = f.request.importoMensile ? Number(f.request.importoMensile) : null;
  const { start, end, months } = period(f);
  const prestazione: Attrs = {
    TipoOperazione: f.tipoOperazione,
    PresenzaProvaMezzi: String(provaMezzi),
    CaratterePrestazione: String(carattere),
    CodicePrestazione: f.measure.codiceSiuss,
    DenominazionePrestazione: denominazione(f.measure.nome),
    ProtocolloDomanda: f.request.protocollo ?? "",
    DataEvento: f.request.decidedOn ?? f.request.filedOn ?? undefined,
    PresaCarico: f.presaCarico ? "1" : "2",
    AreaUtenza: String(f.measure.areaUtenza),
  };
  if (f.isee) {
    prestazione.NumeroProtocolloDSU = f.isee.protocolloDsu;
    prestazione.AnnoProtocolloDSU = String(f.isee.annoDsu);
    prestazione.DataDSU = f.isee.dataPresentazione;
  }
  if (carattere === 1) {
    if (!start) missing.push("Manca la data di inizio della prestazione.");
    if (!mensile) missing.push("Manca l'importo mensile della prestazione.");
    Object.assign(prestazione, {
      DataInizioPrestazione: start,
      DataFinePrestazione: end,
      PeriodoErogazione: months ? String(months) : undefined,
      ImportoMensile: mensile ? money(mensile) : undefined,
    });
  } else {
    const total = f.request.importoApprovato ?? f.request.importoMensile;
    if (!total) missing.push("Manca l'importo della prestazione.");
    Object.assign(prestazione, {
      DataErogazionePrestazione: start,
      ImportoPrestazione: total ? money(total) : undefined,
    });
  }
  // Buoni and voucher are paid by the ente alone; a service's shares depend on its tariff.
  if (f.measure.tipo !== "servizio" && mensile && carattere === 1) {
    prestazione.ImportoQuotaEnte = money(mensile);
    prestazione.ImportoQuotaUtente = "0.00";
  }
  if (f.request.oreMensili) prestazione.OreServizioMensile = money(f.request.oreMensili);
  const sina = sinaBlock(f, missing);
  if (!f.sina && f.measure.areaUtenza === 2)
    missing.push("Nessuna valutazione SINA nella cartella: il blocco SINA è omesso.");
  return {
    dati: {
      tipo: "PS_PSA_SINA",
      beneficiario: {
        codiceFiscale: p.codiceFiscale,
        anagrafica: {
          Cognome: p.cognome.slice(0, 36),
          Nome: p.nome.slice(0, 36),
          AnnoNascita: p.dataNascita.slice(0, 4),
          LuogoNascita: p.luogoNascita,
          Genere: p.sesso === "M" ? "1" : "2",
          CodiceCittadinanza: cittadinanza ?? CITTADINANZA_NON_DISPONIBILE,
        },
        indirizzo: {
          CodiceRegione: p.codiceRegione,
          CodiceComune: p.comuneIstat,
          CodiceNazione: ITALIA,
        },
        prestazione,
        sina,
      },
    },
    missing,
  };
}

const SINBA_REQUIRED = [
  "MinoreStranieroNoAcc",
  "CondizioneMinore",
  "LuogoVita",
  "ScuolaFrequentata",
  "CondizioneLavoro",
  "FonteSegnalazione",
  "ValutazioneMinore",
  "ValutazioneFamigliaMinore",
  "SegnalazioneAutoritaGiudiziaria",
  "ProvvedimentoGiudiziario",
] as const;

const SINBA_OPTIONAL = [
  "TipoDisabilita",
  "InvCivCertificazioni",
  "CodiceCittadinanzaPadre",
  "CodiceCittadinanzaMadre",
  "CodiceRegioneResidenzaPadre",
  "CodiceRegioneResidenzaMadre",
  "TitoloStudioPadre",
  "TitoloStudioMadre",
  "OccupazionePadre",
  "OccupazioneMadre",
  "AutoritaProvvedimento",
  "PotestaTutela",
  "TipoProvvedimentoGiudiziario",
  "FormaInterventoAffido",
  "TipoInterventoAffido",
  "DurataAffido",
  "CarattereAffido",
  "EsitoAffido",
  "CarattereInserimentoResidenziale",
  "FormaInserimentoResidenziale",
  "TipoInserimentoResidenziale",
  "EsitoInserimentoStruttura",
  "MotivazioneChiusuraCarico",
  "SituazioneChiusuraCarico",
  "CollaborazioniInterventi",
] as const;

const MESE_ANNO = ["DataPrimaSegnalazione", "DataSegnalazione", "DataProvvedimentoGiudiziario"];

/** MM/YYYY from a YYYY-MM(-DD) date, or a value already in that form. */
function meseAnno(v: unknown): string | undefined {
  if (typeof v !== "string") return undefined;
  if (/^\d{2}\/\d{4}$/.test(v)) return v;
  const m = /^(\d{4})-(\d{2})/.exec(v);
  return m ? `${m[2]}/${m[1]}` : undefined;
}

/** Whether the beneficiary is a minor when the benefit starts (SINBA concerns only them). */
export function isMinor(f: BenefitFacts): boolean {
  const on = f.request.dataInizio ?? f.request.decidedOn ?? f.request.filedOn;
  return on !== null && ageOn(f.person.dataNascita, on) < 18;
}

/**
 * The SINBA record of a minor's benefit, or null with what is missing: it is sent only for a
 * newly granted benefit and needs the cartella's SINBA assessment.
 */
export function mapSinba(f: BenefitFacts): { dati: FlussoDati | null; missing: string[] } {
  if (!isMinor(f) || f.tipoOperazione !== "I") return { dati: null, missing: [] };
  if (!f.sinba)
    return {
      dati: null,
      missing: ["Minore senza valutazione SINBA nella cartella: flusso SINBA non prodotto."],
    };
  const attrs: Attrs = {};
  const absent = SINBA_REQUIRED.filter((name) => {
    attrs[name] = code(f.sinba, name);
    return !attrs[name];
  });
  const absentNames: string[] = [...absent];
  if (!meseAnno(item(f.sinba, "DataPrimaSegnalazione"))) absentNames.push("DataPrimaSegnalazione");
  const famiglia = codes(f.sinba, "ComposizioneFamiglia");
  if (!famiglia.length) absentNames.push("ComposizioneFamiglia");
  if (absentNames.length)
    return {
      dati: null,
      missing: [
        `Valutazione SINBA incompleta (${absentNames.join(", ")}): flusso SINBA non prodotto.`,
      ],
    };
  for (const name of SINBA_OPTIONAL) attrs[name] = code(f.sinba, name);
  for (const name of MESE_ANNO) attrs[name] = meseAnno(item(f.sinba, name));
  const on = f.request.dataInizio ?? f.request.decidedOn ?? (f.request.filedOn as string);
  attrs.IDBeneficiario = f.idBeneficiario;
  attrs.Disabilita = code(f.sinba, "Disabilita") ?? (f.disabilityCodes.length ? "1" : "2");
  attrs.FasciaEtaBeneficiario = fasciaEta(ageOn(f.person.dataNascita, on));
  attrs.AnnoNascita = f.person.dataNascita.slice(0, 4);
  attrs.CodiceRegioneResidenza = f.person.codiceRegione;
  attrs.CodiceNazioneResidenza = ITALIA;
  if (f.person.componentiNucleo && f.person.componentiNucleo <= 9)
    attrs.NumeroComponentiISEE = String(f.person.componentiNucleo);
  if (f.isee) attrs.FasciaISEEBeneficiario = fasciaIsee(Number(f.isee.valore));
  const record: SinbaRecord = { attrs, prestazioni: [f.measure.codiceSiuss], famiglia };
  return { dati: { tipo: "SINBA", sinba: record }, missing: [] };
}
