import { describe, expect, it } from "vitest";
import { SINA_ITEMS } from "@/lib/domain/assessment";
import { validateFlusso } from "@/lib/siuss/validator";
import { fasciaEta, fasciaIsee } from "./codes";
import { type BenefitFacts, mapPs, mapSinba } from "./map";
import type { Ente } from "./types";
import { flussoXml, idFlusso } from "./xml";

const ente: Ente = {
  codice: "G388",
  denominazione: "Consorzio Sociale Pavese",
  cfOperatore: "BLLLRA78C54G388O",
};

const facts = (over: Partial<BenefitFacts> = {}): BenefitFacts => ({
  tipoOperazione: "I",
  person: {
    codiceFiscale: "RSSMRA12A01G388X",
    cognome: "Rossi",
    nome: "Mario",
    sesso: "M",
    dataNascita: "2012-01-01",
    luogoNascita: "G388",
    cittadinanza: "Marocchina",
    comuneIstat: "018110",
    codiceRegione: "03",
    componentiNucleo: 4,
  },
  measure: {
    codiceSiuss: "A2.02",
    nome: "Assistenza domiciliare minori (ADM)",
    tipo: "servizio",
    areaUtenza: 1,
    presenzaProvaMezzi: 1,
    caratterePrestazione: 1,
  },
  request: {
    protocollo: "2026/000042",
    filedOn: "2026-03-02",
    decidedOn: "2026-03-20",
    dataInizio: "2026-04-01",
    dataFine: "2027-03-31",
    importoMensile: "320.00",
    mesi: 12,
    importoApprovato: "3840.00",
    oreMensili: "16",
  },
  isee: {
    protocolloDsu: "INPS-ISEE-2026-00012345A-00",
    annoDsu: 2026,
    dataPresentazione: "2026-01-15",
    valore: "7400.00",
  },
  presaCarico: true,
  sina: null,
  sinba: null,
  disabilityCodes: [],
  idBeneficiario: "0A1B2C3D4E5F60718293",
  ...over,
});

const SINA = {
  Mobilita: 2,
  AttivitaVitaQuotidiana: "2",
  DisturbiComportamentali: 1,
  areaReddituale: 3,
  area_supporto: 2,
  NecessitaCureSanitarie: 1,
  NecessitaInterventiSociali: ["A2.07", "A1.11"],
};

const SINBA = {
  MinoreStranieroNoAcc: 2,
  CondizioneMinore: 1,
  LuogoVita: 1,
  ScuolaFrequentata: 6,
  CondizioneLavoro: 1,
  FonteSegnalazione: 13,
  ValutazioneMinore: 2,
  ValutazioneFamigliaMinore: 12,
  SegnalazioneAutoritaGiudiziaria: 2,
  ProvvedimentoGiudiziario: 2,
  DataPrimaSegnalazione: "2025-11-03",
  ComposizioneFamiglia: [1, 2, 3],
};

const xmlOf = (d: ReturnType<typeof mapPs>["dati"]) =>
  flussoXml(idFlusso("G388", d.tipo, "2026-03-20", 7), ente, [d]);

describe("SIUSS mapping", () => {
  it("maps a periodic ISEE benefit with the SINA block to a valid PS-PSA-SINA flusso", async () => {
    const { dati, missing } = mapPs(facts({ sina: SINA, disabilityCodes: [6, 1] }));
    const xml = xmlOf(dati);
    expect(await validateFlusso("PS_PSA_SINA", xml)).toEqual({ valid: true });
    expect(xml).toContain('CodiceCittadinanza="504"');
    expect(xml).toContain('NumeroProtocolloDSU="INPS-ISEE-2026-00012345A-00"');
    // Within the year of the start: April to December.
    expect(xml).toContain('DataFinePrestazione="2026-12-31"');
    expect(xml).toContain('PeriodoErogazione="9"');
    expect(xml).toMatch(/<InvCiv>1<\/InvCiv>\s*<InvCiv>6<\/InvCiv>/);
    expect(xml).toContain("<CodicePrestazione>A1.11</CodicePrestazione>");
    expect(missing).toEqual([]);
    expect(idFlusso("G388", "PS_PSA_SINA", "2026-05-27", 2)).toBe("G388.PS.20260527.0000002");
  });

  it("maps every answer the assessment form can give, the first and the last code of each item", async () => {
    for (const pick of [0, -1]) {
      const voci = Object.fromEntries(
        SINA_ITEMS.map((i) => [i.key, i.options.at(pick)?.code as string]),
      );
      const { dati, missing } = mapPs(facts({ sina: voci }));
      expect(missing).toEqual([]);
      expect(await validateFlusso("PS_PSA_SINA", xmlOf(dati))).toEqual({ valid: true });
    }
  });

  it("omits an incomplete SINA block and says what is missing", async () => {
    const { dati, missing } = mapPs(facts({ sina: { Mobilita: 1 } }));
    expect(await validateFlusso("PS_PSA_SINA", xmlOf(dati))).toEqual({ valid: true });
    expect(xmlOf(dati)).not.toContain("<SINA");
    expect(missing.join(" ")).toMatch(/AttivitaVitaQuotidiana/);
  });

  it("a one-off benefit carries its date and total; a cancellation its TipoOperazione", async () => {
    const f = facts({ tipoOperazione: "C" });
    f.measure.caratterePrestazione = 2;
    const xml = xmlOf(mapPs(f).dati);
    expect(await validateFlusso("PS_PSA_SINA", xml)).toEqual({ valid: true });
    expect(xml).toContain('TipoOperazione="C"');
    expect(xml).toContain('ImportoPrestazione="3840.00"');
    expect(xml).toContain('DataErogazionePrestazione="2026-04-01"');
  });

  it("produces SINBA for a minor with the SINBA assessment, and nothing otherwise", async () => {
    const { dati } = mapSinba(facts({ sinba: SINBA }));
    expect(dati).not.toBeNull();
    const xml = flussoXml(idFlusso("G388", "SINBA", "2026-03-20", 1), ente, [dati as never]);
    expect(await validateFlusso("SINBA", xml)).toEqual({ valid: true });
    expect(xml).toContain('DataPrimaSegnalazione="11/2025"');
    expect(xml).toContain('FasciaEtaBeneficiario="5"');
    expect(xml).toContain('FasciaISEEBeneficiario="4"');
    expect(xml).toContain("G388.SINBA.20260320.0000001");
    const incomplete = mapSinba(facts({ sinba: { ...SINBA, LuogoVita: undefined } }));
    expect(incomplete.dati).toBeNull();
    expect(incomplete.missing.join(" ")).toMatch(/LuogoVita/);
    expect(mapSinba(facts()).missing.join(" ")).toMatch(/valutazione SINBA/);
    const adult = facts({ sinba: SINBA });
    adult.person.dataNascita = "1980-01-01";
    expect(mapSinba(adult)).toEqual({ dati: null, missing: [] });
  });

  it("bands age and ISEE as SINBA does", () => {
    expect([0, 2, 3, 8, 14, 17].map(fasciaEta)).toEqual(["1", "1", "2", "3", "5", "6"]);
    expect([0, 1, 3000, 3000.01, 15000, 20000, 20001].map(fasciaIsee)).toEqual([
      "1",
      "2",
      "2",
      "3",
      "6",
      "7",
      "8",
    ]);
  });
});
