import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { comuni } from "@/db/schema";
import { allows, POLICY } from "@/lib/auth/policy";
import { ROLES, type Role } from "@/lib/auth/roles";
import { listPersonAccesses } from "@/lib/data/access-log";
import { changeOwnPassword } from "@/lib/data/account";
import { checkEligibility, overrideEligibility } from "@/lib/data/applications";
import { createBando, listBandi, listResponsabili, updateBando } from "@/lib/data/bandi";
import { closeEndedBenefits, listInstalments, recordPayment } from "@/lib/data/delivery";
import { getDesk } from "@/lib/data/desk";
import {
  listDocumentTemplates,
  previewDocumentTemplate,
  updateDocumentTemplate,
} from "@/lib/data/document-templates";
import { DataError } from "@/lib/data/errors";
import { listMeasures } from "@/lib/data/measures";
import {
  addDisabilityCertification,
  addIseeAttestation,
  getPersonFacts,
  removeDisabilityCertification,
  updateLivingConditions,
} from "@/lib/data/person-facts";
import { findLikelyDuplicates, mergePersons } from "@/lib/data/person-registry";
import { createPerson, getPerson, listPersons, searchPersons } from "@/lib/data/persons";
import {
  advanceRanking,
  closeBandoWindow,
  getRanking,
  produceRanking,
  publishRanking,
} from "@/lib/data/ranking";
import {
  getRequestDocument,
  issueDecisionDocument,
  listRequestDocuments,
} from "@/lib/data/request-documents";
import {
  countRequestsByStatus,
  createRequest,
  getRequest,
  listRequests,
  transitionRequest,
} from "@/lib/data/requests";
import { withActor } from "@/lib/data/scoped";
import { endAllSessions } from "@/lib/data/sessions";
import { exportPersonData } from "@/lib/data/subject-export";
import { listUsers, resetPassword } from "@/lib/data/users";
import { romeDate } from "@/lib/domain/dates";
import { b2Bando } from "../support/bandi";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { startErogazione } from "../support/delivery";
import { measureId, personInput, requestInput } from "../support/fixtures";
import { type Op, OWNER, personOf, type Target, type World } from "../support/matrix";
import { FEATURE_OPS } from "./matrix";

/**
 * The authorization matrix, generated from the declared policy: every role × every data-layer
 * operation × a record of the actor's own comune and of another comune. The expected outcome
 * comes from lib/auth/policy.ts; the snapshot below pins the policy itself, so changing a rule
 * shows up as a failing test to review.
 */
const ACTOR_OF: Record<Role, keyof Actors> = {
  assistente_sociale: "asPavia",
  coordinatore: "coordinatore",
  amministratore_comunale: "comunePavia",
  amministratore_sistema: "admin",
};
async function openBando(w: World): Promise<string> {
  return (await createBando(w.db, w.a.coordinatore, b2Bando(w.b2))).id;
}
async function closedBando(w: World): Promise<string> {
  const past = { apertura: "2026-01-01", chiusura: "2026-01-31" };
  return (await createBando(w.db, w.a.coordinatore, b2Bando(w.b2, past))).id;
}
async function rankedBando(w: World): Promise<string> {
  const id = await closedBando(w);
  await produceRanking(w.db, w.a.coordinatore, id);
  return id;
}
async function requestOf(w: World, target: Target) {
  const p = await personOf(w, target);
  return createRequest(w.db, w.a[OWNER[target].actor], requestInput(p.id, w.b2));
}

async function requestInErogazione(w: World, target: Target) {
  const r = await requestOf(w, target);
  await transitionRequest(w.db, w.a.coordinatore, r.id, { action: "approva", nota: "Matrice." });
  return { id: r.id, instalments: await startErogazione(w.db, w.a.coordinatore, r.id) };
}

/** A request of the target comune with a rejection letter, issued by the coordinator. */
async function documentOf(w: World, target: Target) {
  const r = await requestOf(w, target);
  const doc = await withActor(w.db, w.a.coordinatore, (tx) =>
    issueDecisionDocument(tx, w.a.coordinatore, r.id, "rigetto", "Matrice."),
  );
  return { requestId: r.id, docId: doc.id };
}

const TEMPLATE = {
  oggetto: "Rigetto prot. {{protocollo}}",
  corpo: "Gentile {{richiedente}}, testo della matrice.",
};

const CERTIFICATION = { codice: "invalidita_100", dataRilascio: "2022-03-01" };

const CORE_OPS: Op[] = [
  {
    name: "getPerson",
    onRecord: true,
    permission: "person.read",
    run: async (w, actor, t) => getPerson(w.db, actor, (await personOf(w, t)).id),
  },
  {
    name: "listPersons",
    onRecord: false,
    permission: "person.read",
    run: (w, actor, t) => listPersons(w.db, actor, { comuneId: w.comune[t] }),
  },
  {
    name: "searchPersons",
    onRecord: false,
    permission: "person.read",
    run: (w, actor) => searchPersons(w.db, actor, "Test"),
  },
  {
    name: "findLikelyDuplicates",
    onRecord: false,
    permission: "person.create",
    run: (w, actor) => findLikelyDuplicates(w.db, actor, { cognome: "Test", nome: "Prova" }),
  },
  {
    name: "mergePersons",
    onRecord: true,
    permission: "person.merge",
    run: async (w, actor, t) =>
      mergePersons(
        w.db,
        actor,
        (await personOf(w, t)).id,
        (await personOf(w, t)).id,
        "Matrice di autorizzazione.",
      ),
  },
  {
    name: "createPerson",
    onRecord: true,
    deniedAsFieldError: true,
    permission: "person.create",
    run: async (w, actor, t) => createPerson(w.db, actor, await personInput(w.db, OWNER[t].comune)),
  },
  {
    name: "getPersonFacts",
    onRecord: true,
    permission: "person.read",
    run: async (w, actor, t) => getPersonFacts(w.db, actor, (await personOf(w, t)).id),
  },
  {
    name: "addIseeAttestation",
    onRecord: true,
    permission: "person.facts.write",
    run: async (w, actor, t) => {
      const year = romeDate(new Date()).slice(0, 4);
      return addIseeAttestation(w.db, actor, (await personOf(w, t)).id, {
        tipo: "ordinario",
        valore: 9000,
        protocolloDsu: `INPS-ISEE-${year}-00000001A-00`,
        dataPresentazione: `${year}-01-01`,
      });
    },
  },
  {
    name: "addDisabilityCertification",
    onRecord: true,
    permission: "person.facts.write",
    run: async (w, actor, t) =>
      addDisabilityCertification(w.db, actor, (await personOf(w, t)).id, CERTIFICATION),
  },
  {
    name: "removeDisabilityCertification",
    onRecord: true,
    permission: "person.facts.write",
    run: async (w, actor, t) => {
      const { id } = await personOf(w, t);
      const owner = w.a[OWNER[t].actor];
      const cert = await addDisabilityCertification(w.db, owner, id, CERTIFICATION);
      return removeDisabilityCertification(w.db, actor, id, cert.id);
    },
  },
  {
    name: "updateLivingConditions",
    onRecord: true,
    permission: "person.facts.write",
    run: async (w, actor, t) =>
      updateLivingConditions(w.db, actor, (await personOf(w, t)).id, {
        componentiNucleo: 2,
        viveSolo: false,
        alDomicilio: true,
      }),
  },
  {
    name: "getRequest",
    onRecord: true,
    permission: "request.read",
    run: async (w, actor, t) => getRequest(w.db, actor, (await requestOf(w, t)).id),
  },
  {
    name: "listRequests",
    onRecord: false,
    permission: "request.read",
    run: (w, actor, t) => listRequests(w.db, actor, { comuneId: w.comune[t] }),
  },
  {
    name: "createRequest",
    onRecord: true,
    permission: "request.create",
    run: async (w, actor, t) =>
      createRequest(w.db, actor, requestInput((await personOf(w, t)).id, w.b2)),
  },
  {
    name: "transitionRequest(approva)",
    onRecord: true,
    permission: "request.transition.coordinator",
    run: async (w, actor, t) =>
      transitionRequest(w.db, actor, (await requestOf(w, t)).id, {
        action: "approva",
        nota: "Matrice.",
      }),
  },
  {
    name: "transitionRequest(rinuncia)",
    onRecord: true,
    permission: "request.transition.worker",
    run: async (w, actor, t) =>
      transitionRequest(w.db, actor, (await requestOf(w, t)).id, {
        action: "rinuncia",
        nota: "Matrice.",
      }),
  },
  {
    name: "listInstalments",
    onRecord: true,
    permission: "request.read",
    run: async (w, actor, t) => listInstalments(w.db, actor, (await requestInErogazione(w, t)).id),
  },
  {
    name: "recordPayment",
    onRecord: true,
    permission: "delivery.pay",
    run: async (w, actor, t) => {
      const r = await requestInErogazione(w, t);
      return recordPayment(w.db, actor, r.id, r.instalments[0] as string, {
        riferimento: "Mandato della matrice",
      });
    },
  },
  {
    name: "closeEndedBenefits",
    onRecord: false,
    permission: "delivery.pay",
    run: (w, actor) => closeEndedBenefits(w.db, actor),
  },
  {
    name: "listMeasures",
    onRecord: false,
    permission: "measure.read",
    run: (w, actor) => listMeasures(w.db, actor),
  },
  {
    name: "getDesk",
    onRecord: false,
    permission: "request.read",
    run: (w, actor) => getDesk(w.db, actor),
  },
  {
    name: "countRequestsByStatus",
    onRecord: false,
    permission: "stats.read",
    run: (w, actor) => countRequestsByStatus(w.db, actor),
  },
  {
    name: "listUsers",
    onRecord: false,
    permission: "user.read",
    run: (w, actor) => listUsers(w.db, actor),
  },
  {
    name: "listPersonAccesses",
    onRecord: true,
    permission: "audit.read",
    run: async (w, actor, t) => listPersonAccesses(w.db, actor, (await personOf(w, t)).id),
  },
  {
    name: "exportPersonData",
    onRecord: true,
    permission: "person.export",
    run: async (w, actor, t) => exportPersonData(w.db, actor, (await personOf(w, t)).id),
  },
  {
    name: "listRequestDocuments",
    onRecord: true,
    permission: "request.read",
    run: async (w, actor, t) =>
      listRequestDocuments(w.db, actor, (await documentOf(w, t)).requestId),
  },
  {
    name: "getRequestDocument",
    onRecord: true,
    permission: "request.read",
    run: async (w, actor, t) => {
      const d = await documentOf(w, t);
      return getRequestDocument(w.db, actor, d.requestId, d.docId, "pdf");
    },
  },
  {
    name: "listDocumentTemplates",
    onRecord: false,
    permission: "document.template.manage",
    run: (w, actor) => listDocumentTemplates(w.db, actor),
  },
  {
    name: "updateDocumentTemplate",
    onRecord: false,
    permission: "document.template.manage",
    run: (w, actor) => updateDocumentTemplate(w.db, actor, "rigetto", TEMPLATE),
  },
  {
    name: "previewDocumentTemplate",
    onRecord: false,
    permission: "document.template.manage",
    run: (w, actor) => previewDocumentTemplate(w.db, actor, "rigetto", TEMPLATE),
  },
  {
    name: "listBandi",
    onRecord: false,
    permission: "bando.read",
    run: (w, actor) => listBandi(w.db, actor),
  },
  {
    name: "createBando",
    onRecord: false,
    permission: "bando.manage",
    run: (w, actor) =>
      createBando(w.db, actor, {
        measureId: w.b2,
        titolo: "Bando della matrice",
        periodoInizio: "2026-01-01",
        periodoFine: "2026-12-31",
        apertura: "2026-01-01",
        chiusura: "2026-06-30",
        modalita: "ordine_arrivo",
        budget: [{ stanziato: 1000 }],
      }),
  },
  {
    name: "updateBando",
    onRecord: false,
    permission: "bando.manage",
    run: async (w, actor) => {
      const bando = await createBando(w.db, w.a.coordinatore, {
        measureId: w.b2,
        titolo: "Bando della matrice da cambiare",
        periodoInizio: "2026-01-01",
        periodoFine: "2026-12-31",
        apertura: "2026-01-01",
        chiusura: "2026-06-30",
        modalita: "ordine_arrivo",
        budget: [{ stanziato: 1000 }],
      });
      return updateBando(w.db, actor, bando.id, { titolo: "Bando della matrice cambiato" });
    },
  },
  {
    name: "checkEligibility",
    onRecord: true,
    permission: "request.create",
    run: async (w, actor, t) =>
      checkEligibility(w.db, actor, await openBando(w), {
        personId: (await personOf(w, t)).id,
        dichiarazioni: {},
      }),
  },
  {
    name: "overrideEligibility",
    onRecord: true,
    permission: "request.override",
    run: async (w, actor, t) => {
      const bandoId = await openBando(w);
      const p = await personOf(w, t);
      const r = await createRequest(w.db, w.a[OWNER[t].actor], {
        ...requestInput(p.id, w.b2),
        bandoId,
      });
      return overrideEligibility(w.db, actor, r.id, {
        esito: "eligible",
        motivazione: "Requisito verificato allo sportello.",
      });
    },
  },
  {
    name: "closeBandoWindow",
    onRecord: false,
    permission: "bando.manage",
    run: async (w, actor) => closeBandoWindow(w.db, actor, await openBando(w)),
  },
  {
    name: "produceRanking",
    onRecord: false,
    permission: "bando.manage",
    run: async (w, actor) => produceRanking(w.db, actor, await closedBando(w)),
  },
  {
    name: "advanceRanking",
    onRecord: false,
    permission: "bando.manage",
    run: async (w, actor) => advanceRanking(w.db, actor, await rankedBando(w)),
  },
  {
    name: "publishRanking",
    onRecord: false,
    permission: "bando.manage",
    run: async (w, actor) => publishRanking(w.db, actor, await rankedBando(w)),
  },
  {
    name: "getRanking",
    onRecord: false,
    permission: "bando.read",
    run: async (w, actor) => getRanking(w.db, actor, await rankedBando(w)),
  },
  {
    name: "listResponsabili",
    onRecord: false,
    permission: "bando.manage",
    run: (w, actor) => listResponsabili(w.db, actor),
  },
  {
    name: "endAllSessions",
    onRecord: false,
    permission: "user.manage",
    run: (w, actor) => endAllSessions(w.db, actor, w.a.comunePavia.id),
  },
  {
    name: "resetPassword",
    onRecord: false,
    permission: "user.manage",
    run: (w, actor) => resetPassword(w.db, actor, w.a.comunePavia.id),
  },
  {
    name: "changeOwnPassword",
    onRecord: false,
    permission: "account.password",
    // To another password and back: the demo password stays for the rest of the run.
    run: async (w, actor) => {
      const other = "matrice-password-provvisoria";
      await changeOwnPassword(w.db, actor, {
        attuale: "zona-demo-2026",
        nuova: other,
        conferma: other,
      });
      await changeOwnPassword(w.db, actor, {
        attuale: other,
        nuova: "zona-demo-2026",
        conferma: "zona-demo-2026",
      });
    },
  },
];
const OPS: Op[] = [...CORE_OPS, ...FEATURE_OPS];

function expected(
  role: Role,
  op: Op,
  target: Target,
  comune: Record<Target, string>,
  ambitoId: string,
): "allow" | "deny" {
  const actor = {
    role,
    ambitoId,
    comuneIds:
      role === "assistente_sociale" || role === "amministratore_comunale" ? [comune.own] : [],
  };
  // A list filtered on another comune answers with an empty page, not a refusal: for lists only the permission counts.
  const record = { ambitoId, comuneId: op.onRecord ? comune[target] : comune.own };
  return allows(actor, op.permission, record) ? "allow" : "deny";
}

describe("the declared policy", () => {
  it("is the one reviewed (change the snapshot only with a reviewed policy change)", () => {
    expect(POLICY).toMatchSnapshot();
  });
});

describe.each(DRIVERS)("authorization matrix on %s", (driver) => {
  let t: TestDb;
  let w: World;

  beforeAll(async () => {
    t = await freshDb(driver);
    const a = await demoActors(t.handle);
    const id = async (nome: string) =>
      (await t.handle.db.select({ id: comuni.id }).from(comuni).where(eq(comuni.nome, nome)))[0]
        ?.id ?? "";
    w = {
      db: t.handle.db,
      a,
      comune: { own: await id("Pavia"), other: await id("Cava Manara") },
      b2: await measureId(t.handle.db),
    };
  });
  afterAll(async () => t?.close());

  for (const role of ROLES) {
    for (const op of OPS) {
      for (const target of ["own", "other"] as const) {
        it(`${role} · ${op.name} · ${target === "own" ? "own comune" : "other comune"}`, async () => {
          const actor = w.a[ACTOR_OF[role]];
          const want = expected(role, op, target, w.comune, actor.ambitoId);
          const got = await op.run(w, actor, target).then(
            () => "allow" as const,
            (e) => {
              if (e instanceof DataError && (e.status === 403 || e.status === 404))
                return "deny" as const;
              if (e instanceof DataError && e.status === 422 && op.deniedAsFieldError)
                return "deny" as const;
              throw e;
            },
          );
          expect(got).toBe(want);
        });
      }
    }
  }
});
