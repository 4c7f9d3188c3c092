import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, bandi, bandoEvents, budgetLines, comuni } from "@/db/schema";
import { createBando, getBando, listBandi, listResponsabili, updateBando } from "@/lib/data/bandi";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId } from "../support/fixtures";

describe.each(DRIVERS)("changing a bando on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let b2: string;
  let pavia: string;
  let cava: string;
  const db = () => t.handle.db;

  /** A bando whose window opened long ago (`opened`) or opens in the future. */
  const definition = (opened: boolean) => ({
    measureId: b2,
    titolo: opened ? "Buono caregiver — bando aperto" : "Buono caregiver — bando futuro",
    periodoInizio: opened ? "2026-01-01" : "2099-01-01",
    periodoFine: opened ? "2026-12-31" : "2099-12-31",
    apertura: opened ? "2026-01-15" : "2099-01-15",
    chiusura: opened ? "2026-12-31" : "2099-03-31",
    modalita: "graduatoria" as const,
    importoMensile: 100,
    mesi: 12,
    budget: [
      { stanziato: 30000 },
      { comuneId: pavia, stanziato: 20000 },
      { comuneId: cava, area: "anziani" as const, stanziato: 5000 },
    ],
    regoleAmmissione: [{ type: "isee", kinds: ["sociosanitario"], max: 25000 }],
    regolePunteggio: [{ type: "lives_alone", points: 5 }],
  });

  const lineOf = async (bandoId: string, comuneId: string | null) => {
    const rows = await db().select().from(budgetLines).where(eq(budgetLines.bandoId, bandoId));
    const line = rows.find((l) => l.comuneId === comuneId);
    if (!line) throw new Error("no line");
    return line;
  };
  const eventsOf = (bandoId: string) =>
    db().select().from(bandoEvents).where(eq(bandoEvents.bandoId, bandoId));
  const auditOf = (bandoId: string) =>
    db()
      .select({ azione: auditLog.azione, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.entita, "bando"), eq(auditLog.entitaId, bandoId)));

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    b2 = await measureId(db());
    const id = async (nome: string) =>
      (await db().select({ id: comuni.id }).from(comuni).where(eq(comuni.nome, nome)))[0]
        ?.id as string;
    pavia = await id("Pavia");
    cava = await id("Cava Manara");
  });
  afterAll(async () => t?.close());

  it("records the creation in the history", async () => {
    const { id } = await createBando(db(), a.coordinatore, definition(false));
    const seen = await getBando(db(), a.asPavia, id);
    expect(seen.eventi.map((e) => [e.azione, e.attore])).toEqual([["creato", "Laura Bellini"]]);
  });

  it("lets only the coordinator change a bando", async () => {
    const { id } = await createBando(db(), a.coordinatore, definition(false));
    for (const who of ["asPavia", "asCava", "comunePavia", "admin"] as const) {
      await expect(
        updateBando(db(), a[who], id, { titolo: "Titolo cambiato" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(
      updateBando(db(), a.coordinatore, "00000000-0000-4000-8000-000000000000", {
        titolo: "Nuovo",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateBando(db(), a.coordinatore, "nope", {})).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await getBando(db(), a.coordinatore, id)).titolo).toBe(
      "Buono caregiver — bando futuro",
    );
  });

  it("before the window opens, changes are free: no entry in the history", async () => {
    const { id } = await createBando(db(), a.coordinatore, definition(false));
    const r = await updateBando(db(), a.coordinatore, id, {
      titolo: "Buono caregiver — rivisto",
      importoMensile: 120,
    });
    expect(r.changed.sort()).toEqual(["importoMensile", "titolo"]);
    const seen = await getBando(db(), a.coordinatore, id);
    expect([seen.titolo, seen.importoMensile]).toEqual(["Buono caregiver — rivisto", "120.00"]);
    expect((await eventsOf(id)).map((e) => e.azione)).toEqual(["creato"]);
  });

  it("once the window opened, every change is logged with before and after", async () => {
    const { id } = await createBando(db(), a.coordinatore, definition(true));
    const pav = await lineOf(id, pavia);
    const general = await lineOf(id, null);
    const cavaLine = await lineOf(id, cava);
    await updateBando(db(), a.coordinatore, id, {
      titolo: "Buono caregiver — anno 2026",
      chiusura: "2026-11-30",
      budget: [
        { id: general.id, stanziato: 30000 },
        { id: pav.id, comuneId: pavia, stanziato: 25000 },
        { id: cavaLine.id, comuneId: cava, area: "anziani", stanziato: 5000 },
        { area: "disabili", stanziato: 1000.5 },
      ],
    });
    const events = await eventsOf(id);
    const change = events.find((e) => e.azione === "modificato");
    expect(change?.actorId).toBe(a.coordinatore.id);
    const d = change?.dettagli as Record<string, { da: unknown; a: unknown }>;
    expect(Object.keys(d).sort()).toEqual(["budget", "chiusura", "titolo"]);
    expect(d.titolo).toEqual({
      da: "Buono caregiver — bando aperto",
      a: "Buono caregiver — anno 2026",
    });
    expect(d.chiusura).toEqual({ da: "2026-12-31", a: "2026-11-30" });
    expect(d.budget?.a).toContainEqual({ comuneId: pavia, area: null, stanziato: 25000 });
    expect(d.budget?.da).toContainEqual({ comuneId: pavia, area: null, stanziato: 20000 });
    expect((await auditOf(id)).map((r) => r.azione)).toEqual(["create", "update"]);

    const seen = await getBando(db(), a.asPavia, id);
    expect(seen.eventi.map((e) => [e.azione, e.attore])).toEqual([
      ["modificato", "Laura Bellini"],
      ["creato", "Laura Bellini"],
    ]);
    expect(seen.totali).toEqual({
      stanziato: "61000.50",
      impegnato: "0.00",
      pagato: "0.00",
      disponibile: "61000.50",
    });
    expect(seen.perComune.map((c) => [c.comune, c.stanziato])).toEqual([
      ["Cava Manara", "5000.00"],
      ["Pavia", "25000.00"],
      [null, "31000.50"],
    ]);
    expect(seen.perArea.map((c) => [c.area, c.stanziato])).toEqual([
      ["anziani", "5000.00"],
      ["disabili", "1000.50"],
      [null, "55000.00"],
    ]);
    const listed = (await listBandi(db(), a.comunePavia)).find((b) => b.id === id);
    expect([listed?.stanziato, listed?.disponibile]).toEqual(["61000.50", "61000.50"]);
  });

  it("a change that changes nothing writes nothing", async () => {
    const { id } = await createBando(db(), a.coordinatore, definition(true));
    const same = definition(true);
    const r = await updateBando(db(), a.coordinatore, id, {
      ...same,
      // Same lines, in another order and without ids: matched by comune and area.
      budget: [...same.budget].reverse(),
      regoleAmmissione: [{ max: 25000, kinds: ["sociosanitario"], type: "isee" }],
    });
    expect(r.changed).toEqual([]);
    expect((await eventsOf(id)).map((e) => e.azione)).toEqual(["creato"]);
    expect(await db().select().from(budgetLines).where(eq(budgetLines.bandoId, id))).toHaveLength(
      3,
    );
  });

  it("refuses to allocate less than what is committed, with a field error, and writes nothing", async () => {
    const { id } = await createBando(db(), a.coordinatore, definition(true));
    const pav = await lineOf(id, pavia);
    await db().update(budgetLines).set({ impegnato: "1200.00" }).where(eq(budgetLines.id, pav.id));
    const before = await getBando(db(), a.coordinatore, id);

    const lowered = await updateBando(db(), a.coordinatore, id, {
      titolo: "Titolo che non deve restare",
      budget: [
        { stanziato: 30000 },
        { id: pav.id, comuneId: pavia, stanziato: 1000 },
        { comuneId: cava, area: "anziani", stanziato: 5000 },
      ],
    }).catch((e) => e);
    expect(lowered).toBeInstanceOf(ValidationError);
    expect(lowered.fieldErrors.budget.join(" ")).toMatch(/Pavia.*1\.200,00\s€.*impegnati/);

    const removed = await updateBando(db(), a.coordinatore, id, {
      budget: [{ stanziato: 30000 }, { comuneId: cava, area: "anziani", stanziato: 5000 }],
    }).catch((e) => e);
    expect(removed).toBeInstanceOf(ValidationError);
    expect(removed.fieldErrors.budget.join(" ")).toMatch(/non si può togliere/);

    const moved = await updateBando(db(), a.coordinatore, id, {
      budget: [
        { stanziato: 30000 },
        { id: pav.id, comuneId: cava, stanziato: 20000 },
        { comuneId: cava, area: "anziani", stanziato: 5000 },
      ],
    }).catch((e) => e);
    expect(moved).toBeInstanceOf(ValidationError);
    expect(moved.fieldErrors.budget.join(" ")).toMatch(/non può cambiare comune o area/);

    const after = await getBando(db(), a.coordinatore, id);
    expect(after.titolo).toBe(before.titolo);
    expect(after.budget).toEqual(before.budget);
    expect((await eventsOf(id)).map((e) => e.azione)).toEqual(["creato"]);

    // Down to exactly what is committed is fine; a line without commitments may go.
    await updateBando(db(), a.coordinatore, id, {
      budget: [{ stanziato: 30000 }, { id: pav.id, comuneId: pavia, stanziato: 1200 }],
    });
    const final = await getBando(db(), a.coordinatore, id);
    expect(final.budget.map((l) => [l.comune, l.area, l.stanziato, l.disponibile])).toEqual([
      ["Pavia", null, "1200.00", "0.00"],
      [null, null, "30000.00", "30000.00"],
    ]);

    // The CHECK constraint is the backstop behind the data layer.
    await expect(
      db().update(budgetLines).set({ stanziato: "1000.00" }).where(eq(budgetLines.id, pav.id)),
    ).rejects.toThrow();
  });

  it("freezes the mode and the rules once the ranking was made", async () => {
    const { id } = await createBando(db(), a.coordinatore, definition(true));
    await db().update(bandi).set({ graduatoriaIl: new Date() }).where(eq(bandi.id, id));
    await expect(
      updateBando(db(), a.coordinatore, id, { modalita: "ordine_arrivo" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      updateBando(db(), a.coordinatore, id, {
        regolePunteggio: [{ type: "lives_alone", points: 50 }],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      updateBando(db(), a.coordinatore, id, { regoleAmmissione: [] }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await getBando(db(), a.coordinatore, id)).modalita).toBe("graduatoria");
    // Other changes are still allowed, and logged.
    await updateBando(db(), a.coordinatore, id, { termineGiorni: 60 });
    expect((await eventsOf(id)).map((e) => e.azione).sort()).toEqual(["creato", "modificato"]);
  });

  it("checks the changed bando as a whole", async () => {
    const { id } = await createBando(db(), a.coordinatore, definition(false));
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ chiusura: "2099-01-01" }, "chiusura", /precedere/],
      [
        { importiFasce: [{ iseeFino: 10000, importoMensile: 200 }] },
        "importiFasce",
        /non entrambi/,
      ],
      [{ mesi: null }, "mesi", /mesi/],
      [{ importoMensile: -1 }, "importoMensile", /negativ/],
      [{ importoMensile: 100_000_000 }, "importoMensile", /massimo/],
      [
        {
          importoMensile: null,
          importiFasce: [
            { iseeFino: 20000, importoMensile: 100 },
            { iseeFino: 10000, importoMensile: 200 },
          ],
        },
        "importiFasce",
        /crescenti/,
      ],
      [{ regolePunteggio: [] }, "regolePunteggio", /punteggio/],
      [{ responsabileId: a.asPavia.id }, "responsabileId", /coordinatore/],
      [{ budget: [{ stanziato: 1 }, { stanziato: 2 }] }, "budget", /stessa area/],
      [
        { budget: [{ id: "00000000-0000-4000-8000-000000000000", stanziato: 2 }] },
        "budget",
        /non appartiene/,
      ],
      [{ measureId: "00000000-0000-4000-8000-000000000000" }, "measureId", /catalogo/],
      [{ colore: "blu" }, "_", /colore/],
    ];
    for (const [input, field, message] of cases) {
      const e = await updateBando(db(), a.coordinatore, id, input).catch((err) => err);
      expect(e, field).toBeInstanceOf(ValidationError);
      expect(e.fieldErrors[field]?.join(" "), field).toMatch(message);
    }
    expect((await eventsOf(id)).map((e) => e.azione)).toEqual(["creato"]);
  });

  it("names a coordinator of the ambito as responsabile", async () => {
    const options = await listResponsabili(db(), a.coordinatore);
    expect(options).toEqual([{ id: a.coordinatore.id, nome: "Laura Bellini" }]);
    await expect(listResponsabili(db(), a.asPavia)).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await createBando(db(), a.coordinatore, {
      ...definition(true),
      responsabileId: a.coordinatore.id,
    });
    expect((await getBando(db(), a.asPavia, id)).responsabile).toBe("Laura Bellini");
    await updateBando(db(), a.coordinatore, id, { responsabileId: null });
    const seen = await getBando(db(), a.asPavia, id);
    expect(seen.responsabile).toBeNull();
    expect(seen.names.utenti[a.coordinatore.id]).toBe("Laura Bellini");
  });

  it("keeps tiers, hours and the co-payment band", async () => {
    const { id } = await createBando(db(), a.coordinatore, {
      ...definition(false),
      importoMensile: undefined,
      importiFasce: [
        { iseeFino: 10000, importoMensile: 400 },
        { iseeFino: 25000, importoMensile: 100 },
      ],
      oreMensili: 20,
      compartecipazione: { iseeMin: 6531, iseeMax: 11429, tMin: 3, tMax: 11 },
    });
    const seen = await getBando(db(), a.coordinatore, id);
    expect([
      seen.importoMensile,
      seen.oreMensili,
      seen.importiFasce,
      seen.compartecipazione,
    ]).toEqual([
      null,
      "20.00",
      [
        { iseeFino: 10000, importoMensile: 400 },
        { iseeFino: 25000, importoMensile: 100 },
      ],
      { iseeMin: 6531, iseeMax: 11429, tMin: 3, tMax: 11 },
    ]);
    const both = await createBando(db(), a.coordinatore, {
      ...definition(false),
      importiFasce: [{ iseeFino: 10000, importoMensile: 400 }],
    }).catch((e) => e);
    expect(both.fieldErrors.importiFasce.join(" ")).toMatch(/non entrambi/);
  });
});
