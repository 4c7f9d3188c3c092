import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { enrollDemoTotp } from "@/lib/data/mfa";
import { computeCodiceFiscale } from "@/lib/domain/codice-fiscale";
import { addDays, romeDate } from "@/lib/domain/dates";
import { benefitEndDate, paymentSchedule } from "@/lib/domain/payment-schedule";
import { type RequestAction, type RequestStatus, TRANSITIONS } from "@/lib/domain/request-workflow";
import { readEnv } from "@/lib/env";
import { storeFromEnv } from "@/lib/storage/from-env";
import type { DocumentStore } from "@/lib/storage/store";
import type { Db } from "./client";
import * as s from "./schema";
import { seedBandi } from "./seed-bandi";
import { seedCalendar } from "./seed-calendar";
import { seedCases } from "./seed-cases";
import {
  AMBITO_PAVIA,
  BIRTHPLACES,
  CITIZENSHIP_BY_PLACE,
  COMUNI_PAVIA,
  DEMO_TOTP_SECRETS,
  MEASURES,
  NAMES_F,
  NAMES_M,
  STREETS,
  SURNAMES,
} from "./seed-data";
import { seedDiary } from "./seed-diary";
import { seedPersonFacts } from "./seed-person-facts";
import { seedPlans } from "./seed-plans";
import { seedPortal } from "./seed-portal";
import { seedSiuss } from "./seed-siuss";

export const DEMO_ACCOUNTS: { email: string; nome: string; ruolo: Role; comuni: string[] }[] = [
  {
    email: "coordinatore@pdz-pavia.example",
    nome: "Laura Bellini",
    ruolo: "coordinatore",
    comuni: [],
  },
  {
    email: "as.pavia@pdz-pavia.example",
    nome: "Chiara Valli",
    ruolo: "assistente_sociale",
    comuni: ["Pavia"],
  },
  {
    email: "as.cavamanara@pdz-pavia.example",
    nome: "Davide Poggi",
    ruolo: "assistente_sociale",
    comuni: ["Cava Manara"],
  },
  {
    email: "comune.pavia@pdz-pavia.example",
    nome: "Stefano Arrigoni",
    ruolo: "amministratore_comunale",
    comuni: ["Pavia"],
  },
  {
    email: "admin@pdz-pavia.example",
    nome: "Amministratore di sistema",
    ruolo: "amministratore_sistema",
    comuni: [],
  },
];

// Covers the other ten comuni so that every comune has a caseload.
const SUPPORT_WORKER = {
  email: "as.distretto@pdz-pavia.example",
  nome: "Marta Cerri",
  ruolo: "assistente_sociale" as Role,
  comuni: COMUNI_PAVIA.map((c) => c.nome).filter((n) => n !== "Pavia" && n !== "Cava Manara"),
};

// A second worker in Zinasco, who tries the optional second factor in the end-to-end tests.
const ZINASCO_WORKER = {
  email: "as.zinasco@pdz-pavia.example",
  nome: "Elisa Fornari",
  ruolo: "assistente_sociale" as Role,
  comuni: ["Zinasco"],
};

/** Deterministic pseudo-random numbers, so every seeded database looks the same. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SeedOptions = {
  demo: boolean;
  password: string;
  log?: (line: string) => void;
  /** Where the demo's official documents go; the configured store by default. */
  store?: DocumentStore;
};

export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(s.ambiti);
  return (rows[0]?.n ?? 0) === 0;
}

// Paths a seeded request takes through the procedure, weighted by how often they occur.
const PATHS: RequestAction[][] = [
  [],
  [],
  ["avvia_istruttoria"],
  ["avvia_istruttoria"],
  ["avvia_istruttoria", "richiedi_integrazione"],
  ["avvia_istruttoria", "approva"],
  ["avvia_istruttoria", "approva", "avvia_erogazione"],
  ["avvia_istruttoria", "approva", "avvia_erogazione"],
  ["avvia_istruttoria", "preavviso_rigetto", "registra_osservazioni", "respingi"],
  ["avvia_istruttoria", "preavviso_rigetto"],
  ["metti_in_attesa"],
  ["avvia_istruttoria", "approva", "avvia_erogazione", "concludi"],
];

const NOTES: Partial<Record<RequestAction, string>> = {
  approva:
    "Requisiti verificati: ISEE entro soglia, residenza nel distretto, valutazione sociale favorevole.",
  respingi:
    "ISEE superiore alla soglia prevista dal bando; le osservazioni non portano elementi nuovi.",
  registra_osservazioni: "Il richiedente conferma l'ISEE presentato, senza nuovi documenti.",
  richiedi_integrazione: "Manca la certificazione di invalidità aggiornata.",
  preavviso_rigetto:
    "L'ISEE presentato supera la soglia: entro 10 giorni è possibile presentare osservazioni.",
  metti_in_attesa: "Requisiti presenti, fondi temporaneamente esauriti.",
  concludi: "Progetto concluso alla scadenza prevista.",
};

export async function seedDatabase(db: Db, opts: SeedOptions): Promise<void> {
  const log = opts.log ?? (() => {});
  const rand = rng(20260527);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

  await db.transaction(async (tx) => {
    const [ambito] = await tx.insert(s.ambiti).values(AMBITO_PAVIA).returning({ id: s.ambiti.id });
    if (!ambito) throw new Error("ambito not created");
    const ambitoId = ambito.id;
    const comuniRows = await tx
      .insert(s.comuni)
      .values(COMUNI_PAVIA.map((c) => ({ ...c, ambitoId, capofila: c.capofila ? 1 : 0 })))
      .returning({ id: s.comuni.id, nome: s.comuni.nome });
    const comuneId = new Map(comuniRows.map((c) => [c.nome, c.id]));
    const measureRows = await tx
      .insert(s.measures)
      .values(
        MEASURES.map((m) => ({
          ...m,
          ambitoId,
          importoMensile: m.importoMensile?.toFixed(2) ?? null,
        })),
      )
      .returning({ id: s.measures.id, area: s.measures.area, importo: s.measures.importoMensile });
    log(
      `Ambito ${AMBITO_PAVIA.nome}: ${comuniRows.length} comuni, ${measureRows.length} misure in catalogo.`,
    );
    if (!opts.demo) return;

    const passwordHash = await hashPassword(opts.password);
    const accounts = [...DEMO_ACCOUNTS, SUPPORT_WORKER, ZINASCO_WORKER];
    const userRows = await tx
      .insert(s.users)
      .values(
        accounts.map((a) => ({
          ambitoId,
          email: a.email,
          nome: a.nome,
          ruolo: a.ruolo,
          passwordHash,
        })),
      )
      .returning({ id: s.users.id, email: s.users.email });
    const userId = new Map(userRows.map((u) => [u.email, u.id]));
    const links = accounts.flatMap((a) =>
      a.comuni.map((nome) => ({
        ambitoId,
        userId: userId.get(a.email) as string,
        comuneId: comuneId.get(nome) as string,
      })),
    );
    await tx.insert(s.userComuni).values(links);
    for (const [email, secret] of Object.entries(DEMO_TOTP_SECRETS)) {
      await enrollDemoTotp(tx, { id: userId.get(email) as string, ambitoId }, secret);
    }
    const coordinatorId = userId.get("coordinatore@pdz-pavia.example") as string;
    const workerFor = (comune: string) =>
      userId.get(
        comune === "Pavia"
          ? "as.pavia@pdz-pavia.example"
          : comune === "Cava Manara"
            ? "as.cavamanara@pdz-pavia.example"
            : SUPPORT_WORKER.email,
      ) as string;

    const residence = [
      ...Array(30).fill("Pavia"),
      ...Array(10).fill("Cava Manara"),
      ...COMUNI_PAVIA.slice(1).map((c) => c.nome),
      ...COMUNI_PAVIA.slice(3).map((c) => c.nome),
    ] as string[];
    const seen = new Set<string>();
    const people: (typeof s.persons.$inferInsert)[] = [];
    for (const comune of residence) {
      const sex = rand() < 0.55 ? "F" : "M";
      const nome = pick(sex === "F" ? NAMES_F : NAMES_M);
      const cognome = pick(SURNAMES);
      const year = 1935 + Math.floor(rand() * 80);
      const birthDate = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
      const birthplace = pick(BIRTHPLACES);
      const codiceFiscale = computeCodiceFiscale({
        surname: cognome,
        name: nome,
        sex,
        birthDate,
        birthplace,
      });
      if (seen.has(codiceFiscale)) continue;
      seen.add(codiceFiscale);
      people.push({
        ambitoId,
        comuneId: comuneId.get(comune) as string,
        codiceFiscale,
        cognome,
        nome,
        sesso: sex,
        dataNascita: birthDate,
        luogoNascita: birthplace,
        cittadinanza: CITIZENSHIP_BY_PLACE[birthplace] ?? "Italiana",
        indirizzo: `${pick(STREETS)} ${1 + Math.floor(rand() * 120)}`,
        telefono: `+39 3${Math.floor(100000000 + rand() * 899999999)}`,
        creatoDa: workerFor(comune),
        creatoIl: new Date(Date.UTC(2025, 9, 1) + Math.floor(rand() * 150) * 86_400_000),
      });
    }
    const personRows = await tx.insert(s.persons).values(people).returning({
      id: s.persons.id,
      comuneId: s.persons.comuneId,
      creatoDa: s.persons.creatoDa,
      creatoIl: s.persons.creatoIl,
    });

    await tx.insert(s.iseeAttestations).values(
      personRows
        .filter(() => rand() < 0.8)
        .map((p, i) => ({
          ambitoId,
          personId: p.id,
          tipo: pick(["ordinario", "sociosanitario", "sociosanitario", "minorenni"] as const),
          valore: (3000 + Math.floor(rand() * 32000)).toFixed(2),
          protocolloDsu: `INPS-ISEE-2026-${String(100000 + i).padStart(8, "0")}-00`,
          dataPresentazione: "2026-01-20",
          scadenza: "2026-12-31",
          annoDsu: 2026,
        })),
    );
    const facts = await seedPersonFacts(tx, ambitoId, personRows);
    log(
      `Condizioni per i bandi: ${facts.isee} altre attestazioni ISEE (scadute e correnti), ${facts.certifications} certificazioni di disabilità.`,
    );

    let seq = 0;
    const requestRows: (typeof s.requests.$inferInsert)[] = [];
    const eventRows: (typeof s.requestEvents.$inferInsert)[] = [];
    const caseRows: (typeof s.cases.$inferInsert)[] = [];
    const instalmentRows: (typeof s.instalments.$inferInsert)[] = [];
    for (const person of personRows) {
      const n = 1 + Math.floor(rand() * 2);
      for (let k = 0; k < n; k++) {
        const measure = pick(measureRows);
        const worker = person.creatoDa as string;
        const filed = new Date(
          Math.min(
            Date.UTC(2026, 0, 8) +
              Math.floor(rand() * 300) * 86_400_000 +
              Math.floor(rand() * 8 * 3_600_000),
            Date.now() - 86_400_000,
          ),
        );
        const path = pick(PATHS);
        const id = crypto.randomUUID();
        seq += 1;
        let status: RequestStatus = "presentata";
        let at = filed;
        const importo = measure.importo ? Number(measure.importo) : 150;
        const req: typeof s.requests.$inferInsert = {
          ambitoId,
          comuneId: person.comuneId,
          id,
          personId: person.id,
          measureId: measure.id,
          stato: status,
          protocolloAnno: 2026,
          protocolloNumero: seq,
          protocolloData: filed,
          importoMensile: importo.toFixed(2),
          mesi: 12,
          motivazione:
            "Valutazione del bisogno svolta a colloquio; richiesta coerente con il progetto individuale.",
          creatoDa: worker,
          creatoIl: filed,
          aggiornatoIl: filed,
          termineGiorni: 30,
          scadenzaTermine: addDays(romeDate(filed), 30),
        };
        eventRows.push({
          ambitoId,
          requestId: id,
          actorId: worker,
          azione: "presenta",
          daStato: null,
          aStato: "presentata",
          at: filed,
        });
        for (const action of path) {
          const next = new Date(at.getTime() + (1 + Math.floor(rand() * 9)) * 86_400_000);
          // Recent requests have not got that far yet: no event is dated in the future.
          if (next.getTime() > Date.now()) break;
          at = next;
          const to = TRANSITIONS[action].to;
          eventRows.push({
            ambitoId,
            requestId: id,
            actorId: coordinatorId,
            azione: action,
            daStato: status,
            aStato: to,
            nota: NOTES[action] ?? null,
            at,
          });
          const day = romeDate(at);
          if (action === "richiedi_integrazione")
            Object.assign(req, { sospesoDal: day, integrazioneUsata: true });
          if (action === "preavviso_rigetto")
            Object.assign(req, { sospesoDal: day, preavvisoIl: day });
          if (action === "registra_osservazioni") req.sospesoDal = null;
          if (action === "avvia_erogazione") {
            const start = `${day.slice(0, 7)}-01`;
            req.dataInizio = start;
            req.dataFine = benefitEndDate(start, 12);
            for (const rata of paymentSchedule({ start, months: 12, monthlyAmount: importo })) {
              const paid = rata.competenza < `${romeDate(new Date()).slice(0, 7)}-01`;
              instalmentRows.push({
                ambitoId,
                comuneId: person.comuneId,
                requestId: id,
                progressivo: rata.n,
                competenza: rata.competenza,
                importo: rata.importo,
                liquidataIl: paid ? new Date(`${rata.competenza}T10:00:00Z`) : null,
                liquidataDa: paid ? coordinatorId : null,
                riferimento: paid ? `Mandato ${rata.competenza.slice(0, 7)}/${seq}` : null,
              });
            }
          }
          if (action === "approva" || action === "respingi") {
            req.esitoMotivazione = NOTES[action] ?? null;
            req.decisoIl = at;
            req.decisoDa = coordinatorId;
            if (action === "approva") req.importoApprovato = (importo * 12).toFixed(2);
          }
          status = to;
        }
        req.stato = status;
        req.aggiornatoIl = at;
        requestRows.push(req);
        if (k === 0) {
          caseRows.push({
            ambitoId,
            comuneId: person.comuneId,
            personId: person.id,
            area: measure.area,
            operatoreId: worker,
            apertaIl: person.creatoIl,
          });
        }
      }
    }
    requestRows.sort((a, b) => (a.creatoIl as Date).getTime() - (b.creatoIl as Date).getTime());
    requestRows.forEach((r, i) => {
      r.protocolloNumero = i + 1;
    });
    const opened = await tx.insert(s.cases).values(caseRows).returning({
      id: s.cases.id,
      operatoreId: s.cases.operatoreId,
      apertaIl: s.cases.apertaIl,
    });
    await tx.insert(s.caseEvents).values(
      opened.map((c) => ({
        ambitoId,
        caseId: c.id,
        evento: "aperta" as const,
        statoA: "aperta" as const,
        autoreId: c.operatoreId,
        il: c.apertaIl,
      })),
    );
    await tx.insert(s.caseTeam).values(
      opened.flatMap((c) =>
        c.operatoreId
          ? [
              {
                ambitoId,
                caseId: c.id,
                userId: c.operatoreId,
                referente: true,
                dalIl: c.apertaIl,
              },
            ]
          : [],
      ),
    );
    log(await seedCases(tx, ambitoId));
    log(await seedDiary(tx, ambitoId, opened));
    await tx.insert(s.requests).values(requestRows);
    await tx.insert(s.requestEvents).values(eventRows);
    if (instalmentRows.length) await tx.insert(s.instalments).values(instalmentRows);
    const bandiCount = await seedBandi(tx, {
      ambitoId,
      coordinatorId,
      measureIds: new Map(measureRows.map((m, i) => [MEASURES[i]?.codice ?? "", m.id])),
      comuneIds: comuneId,
    });
    await tx
      .insert(s.protocolCounters)
      .values({ ambitoId, anno: 2026, ultimo: requestRows.length });
    log(await seedPlans(tx, ambitoId));
    log(`Agenda: ${await seedCalendar(tx, ambitoId)} appuntamenti nella settimana corrente.`);
    log(`SIUSS: ${(await seedSiuss(tx, ambitoId, coordinatorId)).flussi} flussi verso INPS.`);
    log(
      await seedPortal(tx, {
        ambitoId,
        ente: AMBITO_PAVIA.ente,
        adminId: userId.get("admin@pdz-pavia.example") ?? null,
        store: opts.store ?? storeFromEnv(readEnv()),
      }),
    );
    log(
      `Dati dimostrativi: ${personRows.length} persone, ${caseRows.length} cartelle, ${requestRows.length} richieste, ${eventRows.length} eventi, ${bandiCount} bandi.`,
    );
  });
}

export function demoLoginsText(password: string): string {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  const lines = DEMO_ACCOUNTS.map((a) => {
    const totp = DEMO_TOTP_SECRETS[a.email];
    return `  ${a.email.padEnd(width)}  ${a.ruolo.padEnd(24)}${totp ? `  TOTP: ${totp}` : ""}`.trimEnd();
  });
  return [`Accessi dimostrativi (password: ${password}):`, ...lines].join("\n");
}
