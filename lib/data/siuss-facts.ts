import { createHash } from "node:crypto";
import { and, desc, eq, gte, lte, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import comuniItaliani from "@/db/data/comuni-istat.json";
import {
  ambiti,
  assessments,
  cases,
  comuni,
  disabilityCertifications,
  iseeAttestations,
  measures,
  persons,
  requests,
  siussSettings,
} from "@/db/schema";
import { romeDate } from "@/lib/domain/dates";
import { SINA_DISABILITY_CODES } from "@/lib/domain/eligibility";
import type { BenefitFacts } from "@/lib/domain/siuss/map";
import type { Ente, TipoOperazione } from "@/lib/domain/siuss/types";

let regionByIstat: Map<string, string> | undefined;

/** The region code (ISTAT) of a comune, from the public ISTAT table shipped in db/data. */
function regionOf(istat: string): string {
  regionByIstat ??= new Map(
    (comuniItaliani as { istat: string; codiceRegione: string }[]).map((c) => [
      c.istat,
      c.codiceRegione,
    ]),
  );
  return regionByIstat.get(istat) ?? "";
}

/** The ente that reports: the ambito's lead comune (Belfiore) and the SIUSS operator. */
export async function enteOf(tx: Db, ambitoId: string): Promise<Ente> {
  const [row] = await tx
    .select({ belfiore: comuni.belfiore, ente: ambiti.ente, cf: siussSettings.cfOperatore })
    .from(ambiti)
    .innerJoin(comuni, eq(comuni.ambitoId, ambiti.id))
    .leftJoin(siussSettings, eq(siussSettings.ambitoId, ambiti.id))
    .where(eq(ambiti.id, ambitoId))
    .orderBy(desc(comuni.capofila), comuni.nome)
    .limit(1);
  return {
    codice: row?.belfiore ?? "",
    denominazione: row?.ente ?? "",
    cfOperatore: row?.cf ?? "",
  };
}

async function latestVoci(tx: Db, personId: string, tipo: "sina" | "sinba") {
  const [row] = await tx
    .select({ voci: assessments.voci })
    .from(assessments)
    .innerJoin(cases, eq(cases.id, assessments.caseId))
    .where(and(eq(cases.personId, personId), eq(assessments.tipo, tipo)))
    .orderBy(desc(assessments.data), desc(assessments.creatoIl))
    .limit(1);
  const voci = row?.voci;
  return voci && typeof voci === "object" ? (voci as Record<string, unknown>) : null;
}

/** Everything a benefit's flussi are mapped from, or null when the request is not visible. */
export async function benefitFacts(
  tx: Db,
  requestId: string,
  tipoOperazione: TipoOperazione,
): Promise<{ ambitoId: string; facts: BenefitFacts } | null> {
  const [r] = await tx
    .select({
      ambitoId: requests.ambitoId,
      personId: requests.personId,
      caseId: requests.caseId,
      protocolloAnno: requests.protocolloAnno,
      protocolloNumero: requests.protocolloNumero,
      protocolloData: requests.protocolloData,
      decisoIl: requests.decisoIl,
      dataInizio: requests.dataInizio,
      dataFine: requests.dataFine,
      importoMensile: requests.importoMensile,
      mesi: requests.mesi,
      importoApprovato: requests.importoApprovato,
      oreMensili: requests.oreMensili,
      iseeValore: requests.iseeValore,
      cf: persons.codiceFiscale,
      cognome: persons.cognome,
      nome: persons.nome,
      sesso: persons.sesso,
      dataNascita: persons.dataNascita,
      luogoNascita: persons.luogoNascita,
      cittadinanza: persons.cittadinanza,
      componentiNucleo: persons.componentiNucleo,
      istat: comuni.istat,
      area: measures.area,
      codiceSiuss: measures.codiceSiuss,
      misura: measures.nome,
      tipo: measures.tipo,
      areaUtenza: measures.areaUtenza,
      presenzaProvaMezzi: measures.presenzaProvaMezzi,
      caratterePrestazione: measures.caratterePrestazione,
    })
    .from(requests)
    .innerJoin(persons, eq(persons.id, requests.personId))
    .innerJoin(comuni, eq(comuni.id, persons.comuneId))
    .innerJoin(measures, eq(measures.id, requests.measureId))
    .where(eq(requests.id, requestId))
    .limit(1);
  if (!r) return null;
  const filedOn = r.protocolloData ? romeDate(r.protocolloData) : null;
  const isee = filedOn ? await iseeUsed(tx, r.personId, filedOn, r.iseeValore) : null;
  const [openCase] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(eq(cases.personId, r.personId), or(ne(cases.stato, "chiusa"), eq(cases.area, r.area))),
    )
    .limit(1);
  const certs = await tx
    .select({ codice: disabilityCertifications.codice })
    .from(disabilityCertifications)
    .where(
      and(
        eq(disabilityCertifications.personId, r.personId),
        or(
          sql`${disabilityCertifications.scadenza} is null`,
          gte(disabilityCertifications.scadenza, romeDate(new Date())),
        ),
      ),
    );
  const disabilityCodes = certs.flatMap((c) =>
    c.codice === "indennita_accompagnamento" ? [] : [SINA_DISABILITY_CODES[c.codice]],
  );
  return {
    ambitoId: r.ambitoId,
    facts: {
      tipoOperazione,
      person: {
        codiceFiscale: r.cf,
        cognome: r.cognome,
        nome: r.nome,
        sesso: r.sesso,
        dataNascita: r.dataNascita,
        luogoNascita: r.luogoNascita,
        cittadinanza: r.cittadinanza,
        comuneIstat: r.istat,
        codiceRegione: regionOf(r.istat),
        componentiNucleo: r.componentiNucleo,
      },
      measure: {
        codiceSiuss: r.codiceSiuss,
        nome: r.misura,
        tipo: r.tipo,
        areaUtenza: r.areaUtenza,
        presenzaProvaMezzi: r.presenzaProvaMezzi,
        caratterePrestazione: r.caratterePrestazione,
      },
      request: {
        protocollo:
          r.protocolloAnno && r.protocolloNumero
            ? `${r.protocolloAnno}/${String(r.protocolloNumero).padStart(6, "0")}`
            : null,
        filedOn,
        decidedOn: r.decisoIl ? romeDate(r.decisoIl) : null,
        dataInizio: r.dataInizio,
        dataFine: r.dataFine,
        importoMensile: r.importoMensile,
        mesi: r.mesi,
        importoApprovato: r.importoApprovato,
        oreMensili: r.oreMensili,
      },
      isee,
      presaCarico: Boolean(r.caseId ?? openCase),
      sina: await latestVoci(tx, r.personId, "sina"),
      sinba: await latestVoci(tx, r.personId, "sinba"),
      disabilityCodes,
      idBeneficiario: createHash("sha256")
        .update(`${r.ambitoId}:${r.cf}`)
        .digest("hex")
        .slice(0, 20)
        .toUpperCase(),
    },
  };
}

/**
 * The ISEE attestation the request was filed with: valid on the filing day, preferring the one
 * whose value the request recorded.
 */
async function iseeUsed(tx: Db, personId: string, filedOn: string, valore: string | null) {
  const [a] = await tx
    .select({
      protocolloDsu: iseeAttestations.protocolloDsu,
      annoDsu: iseeAttestations.annoDsu,
      dataPresentazione: iseeAttestations.dataPresentazione,
      valore: iseeAttestations.valore,
    })
    .from(iseeAttestations)
    .where(
      and(
        eq(iseeAttestations.personId, personId),
        lte(iseeAttestations.dataPresentazione, filedOn),
        gte(iseeAttestations.scadenza, filedOn),
      ),
    )
    .orderBy(
      valore ? sql`(${iseeAttestations.valore} = ${valore}) desc` : sql`1`,
      desc(iseeAttestations.dataPresentazione),
    )
    .limit(1);
  return a ?? null;
}
