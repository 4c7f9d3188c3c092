import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, comuni } from "@/db/schema";
import { DataError } from "@/lib/data/errors";
import {
  findPortalAmbito,
  getPortalCatalogue,
  listPortalComuni,
  listPortalDocuments,
  listPortalOffices,
  openPortalDocument,
} from "@/lib/data/portal";
import {
  listOfficesForAdmin,
  listOfficialDocumentsForAdmin,
  saveOffice,
  uploadOfficialDocument,
  withdrawOfficialDocument,
} from "@/lib/data/portal-admin";
import { romeDate } from "@/lib/domain/dates";
import { evaluateEligibility } from "@/lib/domain/eligibility";
import { applicantFromAnswers, runSelfCheck } from "@/lib/domain/self-check";
import { type Actors, DRIVERS, demoActors, freshDb, seedStore, type TestDb } from "../support/db";
import { PNG_1PX, tinyPdf } from "../support/files";

const status = (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e) => (e instanceof DataError ? e.status : Promise.reject(e)),
  );

describe.each(DRIVERS)("public portal on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let ambitoId: string;
  const today = romeDate(new Date());

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    ambitoId = (await findPortalAmbito(t.handle.db, undefined))?.id ?? "";
  });
  afterAll(async () => t?.close());

  it("serves the only ambito, or the one named, and nothing for an unknown code", async () => {
    expect(ambitoId).toBe(a.coordinatore.ambitoId);
    expect((await findPortalAmbito(t.handle.db, "PV-PAVIA"))?.nome).toBe("Distretto di Pavia");
    expect(await findPortalAmbito(t.handle.db, "NESSUNO")).toBeNull();
  });

  it("reads the comuni, the seeded offices with hours and the published documents", async () => {
    const list = await listPortalComuni(t.handle.db, ambitoId);
    expect(list).toHaveLength(12);
    expect(list[0]).toMatchObject({ nome: "Pavia", capofila: true });
    const offices = await listPortalOffices(t.handle.db, ambitoId);
    expect(offices.length).toBe(3);
    expect(offices[0]?.orari[0]).toEqual({ giorno: 1, dalle: "09:00", alle: "12:30" });
    expect(typeof offices[0]?.aggiornatoIl).toBe("string");
    const docs = await listPortalDocuments(t.handle.db, ambitoId);
    expect(docs.map((d) => d.titolo)).toContain("Accordo di Programma");
    const file = await openPortalDocument(t.handle.db, ambitoId, docs[0]?.id ?? "", seedStore);
    expect(Buffer.from(file.bytes).subarray(0, 4).toString()).toBe("%PDF");
  });

  it("reads only the portal's ambito: another ambito's id sees nothing", async () => {
    const other = "00000000-0000-4000-8000-000000000000";
    const cat = await getPortalCatalogue(t.handle.db, other, today);
    expect(cat).toMatchObject({ measures: [], openBandi: [], comuneIds: [] });
    expect(await listPortalOffices(t.handle.db, other)).toEqual([]);
  });

  it("gives the open bandi with their rules, and the self-check runs the engine on them", async () => {
    const cat = await getPortalCatalogue(t.handle.db, ambitoId, today);
    expect(cat.openBandi.map((b) => b.titolo).sort()).toEqual([
      "Misura B2 — buono caregiver familiare",
      "Voucher anziani fragili — ordine di arrivo",
    ]);
    expect(cat.measures.every((m) => m.nome)).toBe(true);
    const [pavia] = await t.handle.db
      .select({ id: comuni.id })
      .from(comuni)
      .where(eq(comuni.nome, "Pavia"));
    const answers = {
      comuneId: pavia?.id ?? null,
      age: 80,
      isee: { kind: "sociosanitario" as const, value: 9000 },
      disabilities: ["indennita_accompagnamento" as const],
      livesAtHome: true,
      receiving: [],
      declarations: ["caregiver"],
    };
    const results = runSelfCheck(cat.openBandi, answers, today, cat.comuneIds);
    expect(results.map((r) => r.result.outcome)).toEqual(["eligible", "eligible"]);
    const young = runSelfCheck(cat.openBandi, { ...answers, age: 40 }, today, cat.comuneIds);
    const voucher = young.find((r) => r.bando.titolo.startsWith("Voucher"));
    expect(voucher?.result.outcome).toBe("not_eligible");
    expect(voucher?.result).toEqual(
      evaluateEligibility(
        voucher?.bando.regoleAmmissione ?? [],
        applicantFromAnswers(
          { ...answers, age: 40 },
          today,
          cat.comuneIds,
          voucher?.bando.regoleAmmissione ?? [],
        ),
        today,
      ),
    );
  });

  it("lets the administrator and the coordinator edit offices, logged; nobody else", async () => {
    const [first] = await listOfficesForAdmin(t.handle.db, a.admin);
    const input = {
      nome: "Sede di prova",
      indirizzo: "Via Prova 1, 27100 Pavia",
      telefono: "0382 1",
      email: "",
      note: "",
      ordine: 1,
      orari: [
        { giorno: 6, dalle: "10:00", alle: "11:00" },
        { giorno: 2, dalle: "09:00", alle: "10:00" },
      ],
    };
    await saveOffice(t.handle.db, a.admin, first?.id ?? "", input);
    const [public0] = await listPortalOffices(t.handle.db, ambitoId);
    expect(public0?.nome).toBe("Sede di prova");
    expect(public0?.orari.map((h) => h.giorno)).toEqual([2, 6]);
    const created = await saveOffice(t.handle.db, a.coordinatore, null, {
      ...input,
      nome: "Nuova",
    });
    const logged = await t.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entitaId, created.id));
    expect(logged.map((l) => l.azione)).toEqual(["create"]);
    expect(await status(saveOffice(t.handle.db, a.asPavia, null, input))).toBe(403);
    expect(await status(saveOffice(t.handle.db, a.comunePavia, null, input))).toBe(403);
    expect(
      await status(
        saveOffice(t.handle.db, a.admin, null, {
          ...input,
          orari: [{ giorno: 1, dalle: "12:00", alle: "09:00" }],
        }),
      ),
    ).toBe(422);
    expect(await status(saveOffice(t.handle.db, a.admin, "not-a-uuid", input))).toBe(404);
  });

  it("publishes PDFs only, and a withdrawn document leaves the portal", async () => {
    const doc = await uploadOfficialDocument(
      t.handle.db,
      a.admin,
      {
        titolo: "Relazione sociale",
        dataAtto: "2026-03-01",
        file: { name: "relazione.pdf", bytes: tinyPdf() },
      },
      { store: seedStore },
    );
    expect((await listPortalDocuments(t.handle.db, ambitoId)).map((d) => d.id)).toContain(doc.id);
    expect(
      await status(
        uploadOfficialDocument(
          t.handle.db,
          a.admin,
          { titolo: "Immagine", file: { name: "foto.png", bytes: PNG_1PX } },
          { store: seedStore },
        ),
      ),
    ).toBe(415);
    expect(
      await status(
        uploadOfficialDocument(
          t.handle.db,
          a.admin,
          { titolo: "Percorso", file: { name: "../x.pdf", bytes: tinyPdf() } },
          { store: seedStore },
        ),
      ),
    ).toBe(422);
    await withdrawOfficialDocument(t.handle.db, a.coordinatore, doc.id);
    expect((await listPortalDocuments(t.handle.db, ambitoId)).map((d) => d.id)).not.toContain(
      doc.id,
    );
    expect(await status(openPortalDocument(t.handle.db, ambitoId, doc.id, seedStore))).toBe(404);
    const all = await listOfficialDocumentsForAdmin(t.handle.db, a.admin);
    expect(all.find((d) => d.id === doc.id)?.ritiratoIl).not.toBeNull();
    expect(await status(withdrawOfficialDocument(t.handle.db, a.admin, doc.id))).toBe(404);
  });
});
