import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, persons } from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { createPerson, getPerson, listPersons, searchPersons } from "@/lib/data/persons";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { personInput } from "../support/fixtures";

describe.each(DRIVERS)("persons on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;
  const count = async () =>
    (await db().select({ n: sql<number>`count(*)::int` }).from(persons))[0]?.n;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  describe("createPerson", () => {
    it("lets a worker register a person in their comune", async () => {
      const created = await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"));
      const p = await getPerson(db(), a.asPavia, created.id);
      expect(p.comune).toBe("Pavia");
      expect(p.luogoNascitaLabel).toBe("Pavia (PV)");
    });

    it("refuses a comune the worker does not serve, with a field error", async () => {
      const before = await count();
      await expect(
        createPerson(db(), a.asPavia, await personInput(db(), "Cava Manara")),
      ).rejects.toMatchObject({
        fieldErrors: { comuneId: [expect.stringContaining("comuni che segui")] },
      });
      expect(await count()).toBe(before);
    });

    it.each(["coordinatore", "comunePavia", "admin"] as const)("refuses %s", async (who) => {
      const before = await count();
      await expect(
        createPerson(db(), a[who], await personInput(db(), "Pavia")),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await count()).toBe(before);
    });

    it("refuses a duplicate codice fiscale, naming the existing record only to who may see it", async () => {
      const input = await personInput(db(), "Pavia");
      const { id } = await createPerson(db(), a.asPavia, input);
      const again = await createPerson(db(), a.asPavia, { ...input, nome: "Altro" }).catch(
        (e) => e,
      );
      expect(again).toBeInstanceOf(ConflictError);
      expect(again.details).toMatchObject({ existingId: id });
      const other = await createPerson(db(), a.asCava, {
        ...input,
        comuneId: (await personInput(db(), "Cava Manara")).comuneId,
      }).catch((e) => e);
      expect(other).toBeInstanceOf(ConflictError);
      expect(other.details.existingId).toBeUndefined();
    });

    it("reports each bad field and writes nothing", async () => {
      const before = await count();
      const base = await personInput(db(), "Pavia");
      const cases: [Record<string, unknown>, string][] = [
        [
          {
            ...base,
            codiceFiscale: `${base.codiceFiscale.slice(0, 15)}${base.codiceFiscale.endsWith("A") ? "B" : "A"}`,
          },
          "codiceFiscale",
        ],
        [{ ...base, sesso: base.sesso === "M" ? "F" : "M" }, "sesso"],
        [{ ...base, dataNascita: "1950-13-40" }, "dataNascita"],
        [{ ...base, cognome: "x".repeat(101) }, "cognome"],
        [{ ...base, cognome: 42 }, "cognome"],
        [{ ...base, comuneId: "not-a-uuid" }, "comuneId"],
        [{ ...base, email: "not-an-email" }, "email"],
        [{ ...base, extra: "field" }, "_"],
      ];
      for (const [input, field] of cases) {
        const e = await createPerson(db(), a.asPavia, input).catch((err) => err);
        expect(e, field).toBeInstanceOf(ValidationError);
        expect(Object.keys(e.fieldErrors), field).toContain(field);
      }
      expect(await count()).toBe(before);
    });
  });

  describe("getPerson", () => {
    it("shows a person to their comune's worker and the coordinator, and logs each view", async () => {
      const { id } = await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"));
      await getPerson(db(), a.asPavia, id);
      await getPerson(db(), a.coordinatore, id);
      await getPerson(db(), a.comunePavia, id);
      const views = await db()
        .select({ actor: auditLog.actorId })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.entita, "persona"),
            eq(auditLog.entitaId, id),
            eq(auditLog.azione, "view"),
          ),
        );
      expect(views.map((v) => v.actor).sort()).toEqual(
        [a.asPavia.id, a.coordinatore.id, a.comunePavia.id].sort(),
      );
    });

    it("answers not found to another comune's worker, the system administrator and unknown ids", async () => {
      const { id } = await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"));
      await expect(getPerson(db(), a.asCava, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getPerson(db(), a.admin, id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        getPerson(db(), a.asPavia, "00000000-0000-4000-8000-000000000000"),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(getPerson(db(), a.asPavia, "../../etc")).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe("listPersons", () => {
    it("limits a worker to their comuni and gives the coordinator the district", async () => {
      const pavia = await listPersons(db(), a.asPavia, { limit: 100 });
      expect(pavia.rows.every((r) => r.comune === "Pavia")).toBe(true);
      const cava = await listPersons(db(), a.asCava, { limit: 100 });
      expect(cava.rows.every((r) => r.comune === "Cava Manara")).toBe(true);
      const all = await listPersons(db(), a.coordinatore, { limit: 100 });
      expect(all.total).toBeGreaterThan(pavia.total + cava.total);
      await expect(listPersons(db(), a.admin, {})).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("pages with keyset cursors, forwards and back, without gaps or repeats", async () => {
      const seen: string[] = [];
      let page = await listPersons(db(), a.coordinatore, { limit: 7 });
      const first = page;
      seen.push(...page.rows.map((r) => r.id));
      while (page.nextCursor) {
        page = await listPersons(db(), a.coordinatore, { limit: 7, after: page.nextCursor });
        seen.push(...page.rows.map((r) => r.id));
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(first.total);
      const second = await listPersons(db(), a.coordinatore, {
        limit: 7,
        after: first.nextCursor ?? "",
      });
      const back = await listPersons(db(), a.coordinatore, {
        limit: 7,
        before: second.prevCursor ?? "",
      });
      expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
      const sorted = [...first.rows].sort((x, y) => x.cognome.localeCompare(y.cognome, "en"));
      expect(first.rows.map((r) => r.cognome)).toEqual(sorted.map((r) => r.cognome));
    });

    it("treats a forged cursor as the first page", async () => {
      const page = await listPersons(db(), a.coordinatore, { limit: 5, after: "bm90LWpzb24" });
      expect(page.rows.length).toBe(5);
      expect(page.prevCursor).toBeNull();
    });
  });

  describe("searchPersons", () => {
    it("finds by codice fiscale and by name within scope only", async () => {
      const input = await personInput(db(), "Pavia");
      await createPerson(db(), a.asPavia, input);
      expect(
        (await searchPersons(db(), a.asPavia, input.codiceFiscale.toLowerCase())).map(
          (r) => r.cognome,
        ),
      ).toEqual([input.cognome]);
      expect((await searchPersons(db(), a.asPavia, `${input.cognome} ${input.nome}`)).length).toBe(
        1,
      );
      expect(await searchPersons(db(), a.asCava, input.codiceFiscale)).toEqual([]);
      expect(await searchPersons(db(), a.asPavia, "%")).toEqual([]);
      await expect(searchPersons(db(), a.admin, input.cognome)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    });
  });
});
