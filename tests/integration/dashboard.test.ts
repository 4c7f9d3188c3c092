import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { dashboardFiltersOf, getDashboard } from "@/lib/data/dashboard";
import { ForbiddenError } from "@/lib/data/errors";
import { romeDate } from "@/lib/domain/dates";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";

async function one(db: Db, q: ReturnType<typeof sql>): Promise<number> {
  const rows = ((await db.execute(q)) as unknown as { rows: { n: unknown }[] }).rows;
  return Number(rows[0]?.n ?? 0);
}

// A period wide enough to hold every seeded request.
const ALL_TIME = { dal: "2000-01", al: "2099-12" };

describe.each(DRIVERS)("dashboard figures on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  }, 120_000);
  afterAll(async () => t?.close());

  it("the coordinator's figures equal counts on the base tables", async () => {
    const f = dashboardFiltersOf(a.coordinatore, ALL_TIME);
    const d = await getDashboard(db(), a.coordinatore, f);
    const today = romeDate(new Date());
    const sum = (xs: { n: number }[]) => xs.reduce((s, x) => s + x.n, 0);
    expect(sum(d.caseloadByArea)).toBe(
      await one(db(), sql`select count(*) n from cartelle where stato <> 'chiusa'`),
    );
    expect(sum(d.funnel)).toBe(await one(db(), sql`select count(*) n from richieste`));
    expect(d.funnel.find((x) => x.stato === "in_erogazione")?.n).toBe(
      await one(db(), sql`select count(*) n from richieste where stato = 'in_erogazione'`),
    );
    expect(sum(d.waiting)).toBe(
      await one(db(), sql`select count(*) n from richieste where stato = 'in_lista_attesa'`),
    );
    expect(d.decisionsByMonth.reduce((s, x) => s + x.approvate + x.respinte, 0)).toBe(
      await one(db(), sql`select count(*) n from richieste where deciso_il is not null`),
    );
    expect(sum(d.overdueByArea)).toBe(
      await one(
        db(),
        sql`select count(*) n from richieste r where r.stato in ('presentata','in_istruttoria','integrazione_richiesta','preavviso_rigetto')
          and r.scadenza_termine is not null
          and (r.sospeso_dal is null or ${today}::date - r.sospeso_dal >= case when r.stato = 'preavviso_rigetto' then 10 else 30 end)
          and r.scadenza_termine + case when r.sospeso_dal is null then 0 else case when r.stato = 'preavviso_rigetto' then 10 else 30 end end < ${today}::date`,
      ),
    );
    expect(d.people.reduce((s, x) => s + x.M + x.F, 0)).toBe(sum(d.caseloadByArea));
    const paid = await one(db(), sql`select coalesce(sum(pagato), 0) n from budget_voci`);
    expect(d.budgetByBando.reduce((s, x) => s + x.pagato, 0)).toBeCloseTo(paid, 2);
  });

  it("the comune administrator sees their comune only, whatever the URL asks", async () => {
    const pavia = a.comunePavia.comuneIds[0] as string;
    const cava = a.asCava.comuneIds[0] as string;
    const f = dashboardFiltersOf(a.comunePavia, { ...ALL_TIME, comune: cava });
    expect(f.comuneId).toBeNull();
    const d = await getDashboard(db(), a.comunePavia, f);
    expect(d.district).toBe(false);
    expect(d.funnel.reduce((s, x) => s + x.n, 0)).toBe(
      await one(db(), sql`select count(*) n from richieste where comune_id = ${pavia}`),
    );
    expect(d.caseloadByComune.every((x) => x.comune === "Pavia")).toBe(true);
    expect(d.budgetByComune.every((x) => x.comune === "Pavia")).toBe(true);
  });

  it("filters by comune and area for the coordinator", async () => {
    const cava = a.asCava.comuneIds[0] as string;
    const f = dashboardFiltersOf(a.coordinatore, { ...ALL_TIME, comune: cava, area: "anziani" });
    const d = await getDashboard(db(), a.coordinatore, f);
    expect(d.funnel.reduce((s, x) => s + x.n, 0)).toBe(
      await one(
        db(),
        sql`select count(*) n from richieste r join misure m on m.id = r.misura_id
          where r.comune_id = ${cava} and m.area = 'anziani'`,
      ),
    );
  });

  it("the system administrator has no dashboard", async () => {
    await expect(
      getDashboard(db(), a.admin, dashboardFiltersOf(a.admin, ALL_TIME)),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
