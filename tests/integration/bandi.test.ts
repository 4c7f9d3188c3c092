import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bandi, comuni } from "@/db/schema";
import { createBando, getBando, listBandi } from "@/lib/data/bandi";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId } from "../support/fixtures";

describe.each(DRIVERS)("bandi on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let b2: string;
  let pavia: string;
  const db = () => t.handle.db;
  const valid = () => ({
    measureId: b2,
    titolo: "Misura B2 — anno 2026",
    periodoInizio: "2026-01-01",
    periodoFine: "2026-12-31",
    apertura: "2026-02-01",
    chiusura: "2026-03-31",
    modalita: "graduatoria" as const,
    importoMensile: 100,
    mesi: 12,
    budget: [{ stanziato: 30000 }, { comuneId: pavia, stanziato: 20000 }],
    regoleAmmissione: [
      {
        type: "isee",
        kinds: ["sociosanitario"],
        max: 25000,
        minorsKinds: ["ordinario", "minorenni"],
        minorsMax: 40000,
      },
      { type: "isee_valid" },
      { type: "residence" },
      { type: "disability", anyOf: ["l104_art3c3", "indennita_accompagnamento"] },
      { type: "at_home" },
    ],
    regolePunteggio: [
      {
        type: "isee_band",
        bands: [
          { upTo: 10000, points: 20 },
          { upTo: 25000, points: 10 },
        ],
      },
    ],
  });

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    b2 = await measureId(db());
    pavia = (await db().select({ id: comuni.id }).from(comuni).where(eq(comuni.nome, "Pavia")))[0]
      ?.id as string;
  });
  afterAll(async () => t?.close());

  it("lets the coordinator create a bando, and shows its budget lines to every case role", async () => {
    const { id } = await createBando(db(), a.coordinatore, valid());
    const seen = await getBando(db(), a.asPavia, id);
    expect(seen.budget.map((l) => [l.comune, l.stanziato, l.disponibile])).toEqual([
      ["Pavia", "20000.00", "20000.00"],
      [null, "30000.00", "30000.00"],
    ]);
    expect((await listBandi(db(), a.comunePavia)).map((b) => b.id)).toContain(id);
    await expect(getBando(db(), a.admin, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getBando(db(), a.coordinatore, "nope")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses other roles", async () => {
    for (const who of ["asPavia", "comunePavia", "admin"] as const) {
      await expect(createBando(db(), a[who], valid())).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("refuses bad definitions with a clear message and writes nothing", async () => {
    const before = (await db().select({ id: bandi.id }).from(bandi)).length;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...valid(), budget: [{ stanziato: -5 }] }, "budget", /negativ/],
      [{ ...valid(), chiusura: "2026-01-15" }, "chiusura", /precedere/],
      [
        { ...valid(), regoleAmmissione: [{ type: "isee", kinds: ["sociosanitario"], max: -1 }] },
        "regoleAmmissione",
        /./,
      ],
      [{ ...valid(), regoleAmmissione: [{ type: "volare" }] }, "regoleAmmissione", /./],
      [{ ...valid(), regolePunteggio: [] }, "regolePunteggio", /punteggio/],
      [{ ...valid(), budget: [{ stanziato: 1 }, { stanziato: 2 }] }, "budget", /stessa area/],
      [
        {
          ...valid(),
          budget: [{ comuneId: "00000000-0000-4000-8000-000000000000", stanziato: 1 }],
        },
        "budget",
        /ambito/,
      ],
      [{ ...valid(), measureId: "00000000-0000-4000-8000-000000000000" }, "measureId", /catalogo/],
      [{ ...valid(), termineGiorni: 400 }, "termineGiorni", /180/],
    ];
    for (const [input, field, message] of cases) {
      const e = await createBando(db(), a.coordinatore, input).catch((err) => err);
      expect(e, field).toBeInstanceOf(ValidationError);
      expect(e.fieldErrors[field]?.join(" "), field).toMatch(message);
    }
    expect((await db().select({ id: bandi.id }).from(bandi)).length).toBe(before);
  });
});
