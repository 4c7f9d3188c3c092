import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, personDocuments } from "@/db/schema";
import { listPersonAccesses } from "@/lib/data/access-log";
import {
  DataError,
  FileRejectedError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from "@/lib/data/errors";
import {
  listPersonDocuments,
  openPersonDocument,
  uploadPersonDocument,
} from "@/lib/data/person-documents";
import { FsStore } from "@/lib/storage/fs-store";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { personWithCase } from "../support/diary";
import { filesUnder, PNG_1PX, TEXT, tinyPdf, ZIP } from "../support/files";

const KEY_PATH = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

describe.each(DRIVERS)("person documents on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let dir: string;
  let store: FsStore;
  const db = () => t.handle.db;
  const rows = async () =>
    (await db().select({ n: sql<number>`count(*)::int` }).from(personDocuments))[0]?.n ?? 0;
  const upload = (
    actor: Actors[keyof Actors],
    personId: string,
    name: string,
    bytes: Uint8Array,
    over: Record<string, unknown> = {},
  ) =>
    uploadPersonDocument(
      db(),
      actor,
      personId,
      { titolo: "Verbale di valutazione", file: { name, bytes }, ...over },
      { store },
    );

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "zona-docs-"));
    store = new FsStore(dir);
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it("stores an upload under a generated key, lists it and serves it back with a logged download", async () => {
    const { personId, caseId } = await personWithCase(db(), a.asPavia, "Pavia");
    const pdf = tinyPdf();
    const doc = await upload(a.asPavia, personId, "Relazione sociale.pdf", pdf, { caseId });
    expect(doc).toMatchObject({
      nomeFile: "Relazione sociale.pdf",
      tipoMime: "application/pdf",
      dimensione: pdf.byteLength,
    });
    const files = await filesUnder(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(KEY_PATH);
    expect(new Uint8Array(await readFile(path.join(dir, files[0] as string)))).toEqual(pdf);

    const general = await upload(a.asPavia, personId, "carta-identita.png", PNG_1PX, {
      titolo: "Carta d'identità",
    });
    const byCase = await listPersonDocuments(db(), a.asPavia, { caseId });
    expect(byCase.documents.map((d) => d.id).sort()).toEqual([doc.id, general.id].sort());
    expect(byCase.canUpload).toBe(true);
    expect((await listPersonDocuments(db(), a.coordinatore, { personId })).canUpload).toBe(false);

    const opened = await openPersonDocument(db(), a.coordinatore, doc.id, { store });
    expect(opened.bytes).toEqual(pdf);
    expect(opened).toMatchObject({
      nomeFile: "Relazione sociale.pdf",
      tipoMime: "application/pdf",
    });
    const logged = await db()
      .select({ azione: auditLog.azione, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.entita, "documento"), eq(auditLog.entitaId, doc.id)));
    expect(logged).toEqual(
      expect.arrayContaining([
        { azione: "create", actorId: a.asPavia.id },
        { azione: "download", actorId: a.coordinatore.id },
      ]),
    );
    // The person's access log shows the upload, the lists and the download.
    const accesses = await listPersonAccesses(db(), a.coordinatore, personId);
    expect(accesses.map((e) => `${e.azione} ${e.entita}`)).toEqual(
      expect.arrayContaining([
        "create documento",
        "view documenti_persona",
        "download documento",
        "create cartella",
      ]),
    );
  });

  it("answers 404 to another comune and refuses comune administrators", async () => {
    const { personId } = await personWithCase(db(), a.asPavia, "Pavia");
    const doc = await upload(a.asPavia, personId, "a.pdf", tinyPdf());
    await expect(openPersonDocument(db(), a.asCava, doc.id, { store })).rejects.toThrow(
      NotFoundError,
    );
    await expect(listPersonDocuments(db(), a.asCava, { personId })).rejects.toThrow(NotFoundError);
    await expect(upload(a.asCava, personId, "b.pdf", tinyPdf())).rejects.toThrow(NotFoundError);
    await expect(openPersonDocument(db(), a.comunePavia, doc.id, { store })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(upload(a.coordinatore, personId, "c.pdf", tinyPdf())).rejects.toThrow(
      ForbiddenError,
    );
    await expect(openPersonDocument(db(), a.asCava, randomUUID(), { store })).rejects.toThrow(
      NotFoundError,
    );
    const downloads = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.azione, "download"), eq(auditLog.entitaId, doc.id)));
    expect(downloads[0]?.n).toBe(0);
  });

  it("refuses content that is not an accepted type, whatever the name says, and stores nothing", async () => {
    const { personId } = await personWithCase(db(), a.asPavia, "Pavia");
    const before = await rows();
    for (const [name, bytes] of [
      ["relazione.pdf", PNG_1PX],
      ["relazione.pdf", ZIP],
      ["relazione.pdf", TEXT],
      ["foto.png", tinyPdf()],
      ["documento", ZIP],
      ["script.pdf.exe", tinyPdf()],
    ] as const) {
      const err = await upload(a.asPavia, personId, name, bytes).catch((e) => e);
      expect(err, name).toBeInstanceOf(FileRejectedError);
      expect((err as FileRejectedError).status).toBe(415);
      expect((err as FileRejectedError).fieldErrors.file?.[0]).toMatch(/PDF|contenuto/);
    }
    expect(await filesUnder(dir)).toEqual([]);
    expect(await rows()).toBe(before);
  });

  it("refuses an oversize file (413) and an empty one, storing nothing", async () => {
    const { personId } = await personWithCase(db(), a.asPavia, "Pavia");
    const before = await rows();
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(tinyPdf());
    const err = await upload(a.asPavia, personId, "grande.pdf", big).catch((e) => e);
    expect(err).toBeInstanceOf(FileRejectedError);
    expect((err as FileRejectedError).status).toBe(413);
    expect((err as FileRejectedError).message).toContain("10 MB");
    const small = await uploadPersonDocument(
      db(),
      a.asPavia,
      personId,
      { titolo: "x", file: { name: "x.pdf", bytes: tinyPdf("un po' più lungo") } },
      { store, maxBytes: 64 },
    ).catch((e) => e);
    expect((small as FileRejectedError).status).toBe(413);
    const empty = await upload(a.asPavia, personId, "vuoto.pdf", new Uint8Array()).catch((e) => e);
    expect(empty).toBeInstanceOf(ValidationError);
    const untitled = await upload(a.asPavia, personId, "a.pdf", tinyPdf(), { titolo: " " }).catch(
      (e) => e,
    );
    expect((untitled as ValidationError).fieldErrors.titolo).toBeDefined();
    expect(await filesUnder(dir)).toEqual([]);
    expect(await rows()).toBe(before);
  });

  it("refuses path-traversal names with a clear error and stores nothing", async () => {
    const { personId } = await personWithCase(db(), a.asPavia, "Pavia");
    const before = await rows();
    for (const raw of [
      "../../etc/passwd",
      "..\\..\\x.pdf",
      "%2e%2e%2f%2e%2e%2fetc%2fpasswd.pdf",
      "%252e%252e%252fsegreto.pdf",
      "%2e%2e/%2e%2e/segreto.pdf",
      "/abs/path/../relazione.pdf",
      "cartella/relazione.pdf",
      "..",
    ]) {
      const refused = await upload(a.asPavia, personId, raw, tinyPdf()).catch((e) => e);
      expect(refused, raw).toBeInstanceOf(ValidationError);
      expect((refused as ValidationError).fieldErrors.file?.[0]).toMatch(/percorso/);
    }
    expect(await filesUnder(dir)).toEqual([]);
    expect(await rows()).toBe(before);
  });

  it("cleans what is left of a bare name and never writes under it", async () => {
    const { personId } = await personWithCase(db(), a.asPavia, "Pavia");
    const cases: [string, string][] = [
      ["rel\u0000azione\u202egdp.pdf", "relazionegdp.pdf"],
      ["  .nascosto.pdf  ", "nascosto.pdf"],
      ["verbale<1>:bis?.pdf", "verbale_1__bis_.pdf"],
      [`${"a".repeat(300)}.pdf`, `${"a".repeat(116)}.pdf`],
    ];
    for (const [raw, clean] of cases) {
      const doc = await upload(a.asPavia, personId, raw, tinyPdf());
      expect(doc.nomeFile, raw).toBe(clean);
    }
    const files = await filesUnder(dir);
    expect(files).toHaveLength(cases.length);
    for (const f of files) expect(f).toMatch(KEY_PATH);
  });

  it("removes the stored bytes when the row cannot be written", async () => {
    const { personId } = await personWithCase(db(), a.asPavia, "Pavia");
    const before = await rows();
    // An actor whose account row is gone: the document's caricato_da cannot reference it.
    const ghost = { ...a.asPavia, id: randomUUID() };
    const puts: string[] = [];
    const counting = new (class extends FsStore {
      override async put(key: string, bytes: Uint8Array) {
        await super.put(key, bytes);
        puts.push(key);
      }
    })(dir);
    const err = await uploadPersonDocument(
      db(),
      ghost,
      personId,
      { titolo: "x", file: { name: "a.pdf", bytes: tinyPdf() } },
      { store: counting },
    ).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(DataError);
    expect(puts).toHaveLength(1);
    expect(await filesUnder(dir)).toEqual([]);
    expect(await rows()).toBe(before);
  });
});
