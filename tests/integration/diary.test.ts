import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, cases, diaryEntries, diaryEntryVersions } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { addDiaryEntry, editDiaryEntry, listDiary, listEntryVersions } from "@/lib/data/diary";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { withActor } from "@/lib/data/scoped";
import { toRomeLocal } from "@/lib/domain/rome-time";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { colleagueOf, joinTeam, personWithCase } from "../support/diary";

const HOUR = 3_600_000;
const entry = (over: Record<string, unknown> = {}) => ({
  tipo: "colloquio",
  avvenutoIl: toRomeLocal(new Date(Date.now() - 2 * HOUR)),
  testo: "Colloquio con la persona e la figlia sulle esigenze di assistenza.",
  riservato: false,
  ...over,
});

describe.each(DRIVERS)("diario sociale on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let collega: Actor;
  const db = () => t.handle.db;
  const texts = async (actor: Actor, caseId: string) =>
    (await listDiary(db(), actor, caseId)).entries.map((e) => e.testo).sort();

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    collega = await colleagueOf(db(), a.asPavia);
  });
  afterAll(async () => t?.close());

  it("lets the referente write entries, lists them newest first and logs every read", async () => {
    const { caseId } = await personWithCase(db(), a.asPavia, "Pavia");
    const older = await addDiaryEntry(
      db(),
      a.asPavia,
      caseId,
      entry({ avvenutoIl: new Date(Date.now() - 48 * HOUR).toISOString(), testo: "Prima" }),
    );
    const newer = await addDiaryEntry(db(), a.asPavia, caseId, entry({ testo: "Seconda" }));
    const page = await listDiary(db(), a.asPavia, caseId);
    expect(page.entries.map((e) => e.id)).toEqual([newer.id, older.id]);
    expect(page.canWrite).toBe(true);
    expect(page.entries[0]).toMatchObject({ autore: a.asPavia.nome, versione: 1, canEdit: true });
    const logged = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.azione, "view"),
          eq(auditLog.entita, "diario"),
          eq(auditLog.entitaId, caseId),
          eq(auditLog.actorId, a.asPavia.id),
        ),
      );
    expect(logged[0]?.n).toBe(1);
  });

  it("pages with a keyset cursor on the date", async () => {
    const { caseId } = await personWithCase(db(), a.asPavia, "Pavia");
    for (let i = 1; i <= 5; i++)
      await addDiaryEntry(
        db(),
        a.asPavia,
        caseId,
        entry({ avvenutoIl: new Date(Date.now() - i * 24 * HOUR).toISOString(), testo: `V${i}` }),
      );
    const first = await listDiary(db(), a.asPavia, caseId, { limit: 2 });
    expect(first.entries.map((e) => e.testo)).toEqual(["V1", "V2"]);
    const second = await listDiary(db(), a.asPavia, caseId, { limit: 2, after: first.next ?? "" });
    expect(second.entries.map((e) => e.testo)).toEqual(["V3", "V4"]);
    const third = await listDiary(db(), a.asPavia, caseId, { limit: 2, after: second.next ?? "" });
    expect(third.entries.map((e) => e.testo)).toEqual(["V5"]);
    expect(third.next).toBeNull();
  });

  it("hides a riservato entry, without a trace, from whoever is neither author nor on the équipe", async () => {
    const { caseId } = await personWithCase(db(), a.asPavia, "Pavia");
    await addDiaryEntry(db(), a.asPavia, caseId, entry({ testo: "Aperta" }));
    const secret = await addDiaryEntry(
      db(),
      a.asPavia,
      caseId,
      entry({ testo: "Riservata", riservato: true }),
    );
    expect(await texts(a.asPavia, caseId)).toEqual(["Aperta", "Riservata"]);
    // A colleague of the same comune, not on the équipe.
    expect(await texts(collega, caseId)).toEqual(["Aperta"]);
    await expect(listEntryVersions(db(), collega, secret.id)).rejects.toThrow(NotFoundError);
    await expect(
      editDiaryEntry(db(), collega, secret.id, { testo: "x", versione: 1 }),
    ).rejects.toThrow(NotFoundError);
    // The coordinator reads the diary of the district, but not riservato entries off the équipe.
    expect(await texts(a.coordinatore, caseId)).toEqual(["Aperta"]);
    await joinTeam(db(), a.asPavia.ambitoId, caseId, a.coordinatore.id);
    expect(await texts(a.coordinatore, caseId)).toEqual(["Aperta", "Riservata"]);
    // Leaving the équipe hides it again.
    await db().execute(sql`update equipe_cartella set al_il = now() where cartella_id = ${caseId}
        and utente_id = ${a.coordinatore.id}`);
    expect(await texts(a.coordinatore, caseId)).toEqual(["Aperta"]);
    // Its own author sees it even when not on the équipe.
    const { caseId: other } = await personWithCase(db(), a.asPavia, "Pavia");
    await addDiaryEntry(db(), collega, other, entry({ testo: "Mia", riservato: true }));
    expect(await texts(collega, other)).toEqual(["Mia"]);
  });

  it("is closed to comune administrators and to other comuni", async () => {
    const { caseId } = await personWithCase(db(), a.asPavia, "Pavia");
    const e = await addDiaryEntry(db(), a.asPavia, caseId, entry());
    await expect(listDiary(db(), a.comunePavia, caseId)).rejects.toThrow(ForbiddenError);
    await expect(listEntryVersions(db(), a.comunePavia, e.id)).rejects.toThrow(ForbiddenError);
    await expect(listDiary(db(), a.asCava, caseId)).rejects.toThrow(NotFoundError);
    await expect(addDiaryEntry(db(), a.asCava, caseId, entry())).rejects.toThrow(NotFoundError);
    await expect(listEntryVersions(db(), a.asCava, e.id)).rejects.toThrow(NotFoundError);
    await expect(addDiaryEntry(db(), a.coordinatore, caseId, entry())).rejects.toThrow(
      ForbiddenError,
    );
  });

  it("keeps the riservato rows out even when the application's check is skipped (RLS)", async () => {
    const { caseId } = await personWithCase(db(), a.asPavia, "Pavia");
    const secret = await addDiaryEntry(
      db(),
      a.asPavia,
      caseId,
      entry({ testo: "Riservata", riservato: true }),
    );
    await editDiaryEntry(db(), a.asPavia, secret.id, { testo: "Riservata 2", versione: 1 });
    const raw = (actor: Actor) =>
      withActor(db(), actor, async (tx) => ({
        entries: await tx
          .select({ id: diaryEntries.id })
          .from(diaryEntries)
          .where(eq(diaryEntries.caseId, caseId)),
        versions: await tx
          .select({ id: diaryEntryVersions.id })
          .from(diaryEntryVersions)
          .where(eq(diaryEntryVersions.entryId, secret.id)),
      }));
    expect(await raw(collega)).toEqual({ entries: [], versions: [] });
    expect(await raw(a.coordinatore)).toEqual({ entries: [], versions: [] });
    const own = await raw(a.asPavia);
    expect(own.entries).toHaveLength(1);
    expect(own.versions).toHaveLength(1);
    // Nor can an outsider change it behind the application's back.
    const touched = await withActor(db(), collega, (tx) =>
      tx
        .update(diaryEntries)
        .set({ testo: "manomessa" })
        .where(eq(diaryEntries.id, secret.id))
        .returning({ id: diaryEntries.id }),
    );
    expect(touched).toEqual([]);
  });

  it("keeps the previous version on edit, and lets only the author or the équipe edit", async () => {
    const { caseId } = await personWithCase(db(), a.asPavia, "Pavia");
    const e = await addDiaryEntry(db(), a.asPavia, caseId, entry({ testo: "Prima stesura" }));
    await expect(
      editDiaryEntry(db(), collega, e.id, { testo: "Del collega", versione: 1 }),
    ).rejects.toThrow(ForbiddenError);
    const edited = await editDiaryEntry(db(), a.asPavia, e.id, {
      testo: "Seconda stesura",
      tipo: "telefonata",
      versione: 1,
    });
    expect(edited.versione).toBe(2);
    const versions = await listEntryVersions(db(), a.asPavia, e.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      versione: 1,
      testo: "Prima stesura",
      tipo: "colloquio",
      autore: a.asPavia.nome,
    });
    const [now] = (await listDiary(db(), a.asPavia, caseId, { versions: true })).entries;
    expect(now).toMatchObject({ testo: "Seconda stesura", tipo: "telefonata", versione: 2 });
    expect(now?.modificatoDa).toBe(a.asPavia.nome);
    expect(now?.versions?.map((v) => v.testo)).toEqual(["Prima stesura"]);
    // The colleague reads the public entry but may not edit it.
    expect((await listDiary(db(), collega, caseId)).entries[0]?.canEdit).toBe(false);
    // A version that was riservato stays hidden when the entry is later made public.
    const s = await addDiaryEntry(db(), a.asPavia, caseId, entry({ testo: "S1", riservato: true }));
    await editDiaryEntry(db(), a.asPavia, s.id, { testo: "S2", riservato: false, versione: 1 });
    expect(await listEntryVersions(db(), collega, s.id)).toEqual([]);
    expect((await listEntryVersions(db(), a.asPavia, s.id)).map((v) => v.testo)).toEqual(["S1"]);
  });

  it("lets one of two concurrent edits of the same version win, the other answers 409", async () => {
    const { caseId } = await personWithCase(db(), a.asPavia, "Pavia");
    await joinTeam(db(), a.asPavia.ambitoId, caseId, collega.id);
    const e = await addDiaryEntry(db(), a.asPavia, caseId, entry({ testo: "Originale" }));
    const results = await Promise.allSettled([
      editDiaryEntry(db(), a.asPavia, e.id, { testo: "Da Chiara", versione: 1 }),
      editDiaryEntry(db(), collega, e.id, { testo: "Dal collega", versione: 1 }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const versions = await listEntryVersions(db(), a.asPavia, e.id);
    expect(versions.map((v) => [v.versione, v.testo])).toEqual([[1, "Originale"]]);
    // A stale version is refused, a fresh one goes through.
    await expect(
      editDiaryEntry(db(), a.asPavia, e.id, { testo: "Tardi", versione: 1 }),
    ).rejects.toThrow(ConflictError);
    await editDiaryEntry(db(), a.asPavia, e.id, { testo: "Terza", versione: 2 });
  });

  it("refuses bad input as field errors and writes nothing", async () => {
    const { caseId } = await personWithCase(db(), a.asPavia, "Pavia");
    const bad = async (input: Record<string, unknown>, field: string) => {
      const err = await addDiaryEntry(db(), a.asPavia, caseId, input).catch((e) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect(Object.keys((err as ValidationError).fieldErrors)).toContain(field);
    };
    const tomorrow = new Date(Date.now() + 36 * HOUR);
    await bad(entry({ avvenutoIl: toRomeLocal(tomorrow) }), "avvenutoIl");
    await bad(entry({ avvenutoIl: "2026-02-30T10:00" }), "avvenutoIl");
    await bad(entry({ testo: "   " }), "testo");
    await bad(entry({ testo: "x".repeat(20_001) }), "testo");
    await bad(entry({ tipo: "pettegolezzo" }), "tipo");
    await bad({ ...entry(), extra: 1 }, "_");
    // Up to 20000 characters are fine, and earlier today too.
    await addDiaryEntry(db(), a.asPavia, caseId, entry({ testo: "y".repeat(20_000) }));
    expect((await listDiary(db(), a.asPavia, caseId)).entries).toHaveLength(1);
  });

  it("leaves the diary of a closed cartella read-only", async () => {
    const { caseId } = await personWithCase(db(), a.asPavia, "Pavia");
    const e = await addDiaryEntry(db(), a.asPavia, caseId, entry());
    await db()
      .update(cases)
      .set({ stato: "chiusa", chiusaIl: new Date() })
      .where(eq(cases.id, caseId));
    await expect(addDiaryEntry(db(), a.asPavia, caseId, entry())).rejects.toThrow(ConflictError);
    await expect(
      editDiaryEntry(db(), a.asPavia, e.id, { testo: "Dopo", versione: 1 }),
    ).rejects.toThrow(ConflictError);
    const page = await listDiary(db(), a.asPavia, caseId);
    expect(page.canWrite).toBe(false);
    expect(page.entries[0]?.canEdit).toBe(false);
  });
});

describe.each(DRIVERS)("the demo diary on %s", (driver) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb(driver);
  });
  afterAll(async () => t?.close());

  it("has riservato entries and an edited one with its earlier version", async () => {
    const rows = await t.handle.db
      .select({ riservato: diaryEntries.riservato, versione: diaryEntries.versione })
      .from(diaryEntries);
    expect(rows.filter((r) => r.riservato).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.versione === 2)).toHaveLength(1);
    const versions = await t.handle.db
      .select({ id: diaryEntryVersions.id })
      .from(diaryEntryVersions);
    expect(versions).toHaveLength(1);
  });
});
