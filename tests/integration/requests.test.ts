import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, requestEvents, requests } from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { createPerson } from "@/lib/data/persons";
import {
  countRequestsByStatus,
  createRequest,
  getRequest,
  listRequests,
  transitionRequest,
} from "@/lib/data/requests";
import { parseProtocol } from "@/lib/domain/request-workflow";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId, personInput, requestInput } from "../support/fixtures";

describe.each(DRIVERS)("requests on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let b2: string;
  const db = () => t.handle.db;
  const counts = async () => ({
    requests: (await db().select({ n: sql<number>`count(*)::int` }).from(requests))[0]?.n,
    events: (await db().select({ n: sql<number>`count(*)::int` }).from(requestEvents))[0]?.n,
  });
  const newPerson = async (comune = "Pavia", actor = a.asPavia) =>
    (await createPerson(db(), actor, await personInput(db(), comune))).id;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    b2 = await measureId(db());
  });
  afterAll(async () => t?.close());

  describe("createRequest", () => {
    it("files a request with the next protocol number, without gaps", async () => {
      const personId = await newPerson();
      const r1 = await createRequest(db(), a.asPavia, requestInput(personId, b2));
      const r2 = await createRequest(db(), a.asPavia, requestInput(personId, b2));
      const p1 = parseProtocol(r1.protocollo);
      const p2 = parseProtocol(r2.protocollo);
      expect(p2?.year).toBe(p1?.year);
      expect((p2?.seq ?? 0) - (p1?.seq ?? 0)).toBe(1);
      // A refused filing consumes no number.
      await createRequest(db(), a.asPavia, {
        ...requestInput(personId, b2),
        measureId: "00000000-0000-4000-8000-000000000000",
      }).catch(() => {});
      const r3 = await createRequest(db(), a.asPavia, requestInput(personId, b2));
      expect(parseProtocol(r3.protocollo)?.seq).toBe((p2?.seq ?? 0) + 1);
      const detail = await getRequest(db(), a.asPavia, r1.id);
      expect(detail.stato).toBe("presentata");
      expect(detail.history).toHaveLength(1);
    });

    it("gives distinct consecutive numbers to concurrent filings", async () => {
      const personId = await newPerson();
      const made = await Promise.all(
        Array.from({ length: 8 }, () => createRequest(db(), a.asPavia, requestInput(personId, b2))),
      );
      const seqs = made.map((m) => parseProtocol(m.protocollo)?.seq ?? 0).sort((x, y) => x - y);
      expect(new Set(seqs).size).toBe(8);
      expect((seqs.at(-1) ?? 0) - (seqs[0] ?? 0)).toBe(7);
    });

    it("refuses another comune's person as not found, and roles that do not file", async () => {
      const personId = await newPerson();
      const before = await counts();
      await expect(
        createRequest(db(), a.asCava, requestInput(personId, b2)),
      ).rejects.toBeInstanceOf(NotFoundError);
      for (const who of ["coordinatore", "comunePavia", "admin"] as const) {
        await expect(
          createRequest(db(), a[who], requestInput(personId, b2)),
        ).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await counts()).toEqual(before);
    });

    it("reports bad input per field and writes nothing", async () => {
      const personId = await newPerson();
      const before = await counts();
      const base = requestInput(personId, b2);
      const cases: [Record<string, unknown>, string][] = [
        [{ ...base, importoMensile: -5 }, "importoMensile"],
        [{ ...base, importoMensile: "100" }, "importoMensile"],
        [{ ...base, importoMensile: 1e9 }, "importoMensile"],
        [{ ...base, mesi: 0 }, "mesi"],
        [{ ...base, mesi: 2.5 }, "mesi"],
        [{ ...base, motivazione: "breve" }, "motivazione"],
        [{ ...base, motivazione: "x".repeat(4001) }, "motivazione"],
        [{ ...base, measureId: null }, "measureId"],
        [{ ...base, dataInizio: "2026-02-30" }, "dataInizio"],
        [{ personId }, "measureId"],
      ];
      for (const [input, field] of cases) {
        const e = await createRequest(db(), a.asPavia, input).catch((err) => err);
        expect(e, field).toBeInstanceOf(ValidationError);
        expect(Object.keys(e.fieldErrors), field).toContain(field);
      }
      expect(await counts()).toEqual(before);
    });
  });

  describe("transitionRequest", () => {
    it("lets the coordinator approve with a reason, recording decision and history", async () => {
      const { id } = await createRequest(db(), a.asPavia, requestInput(await newPerson(), b2));
      await transitionRequest(db(), a.coordinatore, id, { action: "avvia_istruttoria" });
      await expect(
        transitionRequest(db(), a.coordinatore, id, { action: "approva" }),
      ).rejects.toMatchObject({
        fieldErrors: { nota: [expect.any(String)] },
      });
      await transitionRequest(db(), a.coordinatore, id, {
        action: "approva",
        nota: "Requisiti verificati.",
      });
      const r = await getRequest(db(), a.asPavia, id);
      expect(r.stato).toBe("approvata");
      expect(r.esitoMotivazione).toBe("Requisiti verificati.");
      expect(r.importoApprovato).toBe("1200.00");
      expect(r.history.map((h) => h.aStato)).toEqual(["presentata", "in_istruttoria", "approvata"]);
    });

    it("lets the coordinator reject with a reason, after a preavviso and the observations", async () => {
      const { id } = await createRequest(db(), a.asPavia, requestInput(await newPerson(), b2));
      await expect(
        transitionRequest(db(), a.coordinatore, id, { action: "respingi", nota: "No." }),
      ).rejects.toBeInstanceOf(ConflictError);
      await transitionRequest(db(), a.coordinatore, id, {
        action: "preavviso_rigetto",
        nota: "ISEE oltre soglia.",
      });
      await transitionRequest(db(), a.coordinatore, id, {
        action: "registra_osservazioni",
        nota: "Nessun elemento nuovo.",
      });
      await transitionRequest(db(), a.coordinatore, id, {
        action: "respingi",
        nota: "ISEE oltre soglia.",
      });
      const r = await getRequest(db(), a.coordinatore, id);
      expect(r.stato).toBe("respinta");
      expect(r.actions).toEqual([]);
    });

    it("refuses transitions not allowed from the current state, changing nothing", async () => {
      const { id } = await createRequest(db(), a.asPavia, requestInput(await newPerson(), b2));
      await transitionRequest(db(), a.asPavia, id, { action: "rinuncia", nota: "Rinuncia." });
      const before = await counts();
      await expect(
        transitionRequest(db(), a.coordinatore, id, { action: "approva", nota: "Sì." }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await counts()).toEqual(before);
    });

    it("denies workers the coordinator's decisions, the comune administrator everything, other comuni as not found", async () => {
      const { id } = await createRequest(db(), a.asPavia, requestInput(await newPerson(), b2));
      const before = await counts();
      await expect(
        transitionRequest(db(), a.asPavia, id, { action: "approva", nota: "x" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        transitionRequest(db(), a.comunePavia, id, { action: "avvia_istruttoria" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        transitionRequest(db(), a.asCava, id, { action: "rinuncia", nota: "x" }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        transitionRequest(db(), a.admin, id, { action: "approva", nota: "x" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await counts()).toEqual(before);
      await transitionRequest(db(), a.asPavia, id, {
        action: "rinuncia",
        nota: "La famiglia rinuncia.",
      });
      expect((await getRequest(db(), a.asPavia, id)).stato).toBe("rinunciata");
    });

    it("refuses malformed transitions", async () => {
      const { id } = await createRequest(db(), a.asPavia, requestInput(await newPerson(), b2));
      for (const input of [
        {},
        { action: "vola" },
        { action: 3 },
        { action: "approva", nota: 5 },
        { action: "approva", nota: "x".repeat(4001) },
      ]) {
        await expect(transitionRequest(db(), a.coordinatore, id, input)).rejects.toBeInstanceOf(
          ValidationError,
        );
      }
      await expect(
        transitionRequest(db(), a.coordinatore, "nope", { action: "approva" }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it("approves a request once when two coordinators race", async () => {
      const { id } = await createRequest(db(), a.asPavia, requestInput(await newPerson(), b2));
      const results = await Promise.allSettled([
        transitionRequest(db(), a.coordinatore, id, { action: "approva", nota: "A" }),
        transitionRequest(db(), a.coordinatore, id, { action: "approva", nota: "B" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const events = await db()
        .select()
        .from(requestEvents)
        .where(and(eq(requestEvents.requestId, id), eq(requestEvents.aStato, "approvata")));
      expect(events).toHaveLength(1);
    });
  });

  describe("getRequest and listRequests", () => {
    it("scope the reads by comune and log each view", async () => {
      const { id } = await createRequest(db(), a.asPavia, requestInput(await newPerson(), b2));
      await getRequest(db(), a.comunePavia, id);
      await expect(getRequest(db(), a.asCava, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getRequest(db(), a.admin, id)).rejects.toBeInstanceOf(ForbiddenError);
      const views = await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entitaId, id), eq(auditLog.azione, "view")));
      expect(views).toHaveLength(1);

      const cava = await listRequests(db(), a.asCava, { limit: 100 });
      expect(cava.rows.every((r) => r.comune === "Cava Manara")).toBe(true);
      const admin = await listRequests(db(), a.comunePavia, { limit: 100 });
      expect(admin.rows.every((r) => r.comune === "Pavia")).toBe(true);
      await expect(listRequests(db(), a.admin, {})).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("filters, sorts and pages on the server", async () => {
      const presented = await listRequests(db(), a.coordinatore, {
        stato: "presentata",
        limit: 100,
      });
      expect(presented.rows.every((r) => r.stato === "presentata")).toBe(true);
      const anziani = await listRequests(db(), a.coordinatore, { area: "anziani", limit: 100 });
      expect(anziani.rows.every((r) => r.area === "anziani")).toBe(true);
      const byProtocol = await listRequests(db(), a.coordinatore, {
        sort: "protocollo",
        desc: false,
        limit: 10,
      });
      const keys = byProtocol.rows.map((r) => r.protocolloKey);
      expect(keys).toEqual([...keys].sort((x, y) => x - y));
      const ids: string[] = [];
      let page = await listRequests(db(), a.coordinatore, { sort: "stato", limit: 9 });
      ids.push(...page.rows.map((r) => r.id));
      while (page.nextCursor) {
        page = await listRequests(db(), a.coordinatore, {
          sort: "stato",
          limit: 9,
          after: page.nextCursor,
        });
        ids.push(...page.rows.map((r) => r.id));
      }
      expect(new Set(ids).size).toBe(page.total);
    });

    it("counts by status within scope", async () => {
      const district = await countRequestsByStatus(db(), a.coordinatore);
      const pavia = await countRequestsByStatus(db(), a.comunePavia);
      const sum = (o: Record<string, number>) => Object.values(o).reduce((x, y) => x + y, 0);
      expect(sum(pavia)).toBeLessThan(sum(district));
      expect(sum(pavia)).toBe((await listRequests(db(), a.comunePavia, { limit: 1 })).total);
      await expect(countRequestsByStatus(db(), a.admin)).rejects.toBeInstanceOf(ForbiddenError);
    });
  });
});
