import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { getAmbitoName } from "@/lib/data/ambiti";
import { audit } from "@/lib/data/audit";
import { listComuni, listComuniForFilter, listComuniForPersonCreate } from "@/lib/data/comuni";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { getMeasure, listMeasures } from "@/lib/data/measures";
import { listUsers } from "@/lib/data/users";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";

describe.each(DRIVERS)("catalogue, comuni and accounts on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  it("listMeasures and getMeasure: case roles read the catalogue, the system administrator does not", async () => {
    const all = await listMeasures(db(), a.asPavia);
    expect(all.length).toBe(16);
    expect(new Set(all.map((m) => m.area)).size).toBe(6);
    const first = all[0];
    expect(first).toBeDefined();
    expect((await getMeasure(db(), a.comunePavia, first?.id ?? "")).nome).toBe(first?.nome);
    await expect(getMeasure(db(), a.asPavia, "x")).rejects.toBeInstanceOf(NotFoundError);
    await expect(listMeasures(db(), a.admin)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("listComuni*: the district for all, own comuni for registration and filters", async () => {
    expect((await listComuni(db(), a.admin)).length).toBe(12);
    expect((await listComuniForPersonCreate(db(), a.asPavia)).map((c) => c.nome)).toEqual([
      "Pavia",
    ]);
    expect(await listComuniForPersonCreate(db(), a.coordinatore)).toEqual([]);
    expect(await listComuniForPersonCreate(db(), a.comunePavia)).toEqual([]);
    expect((await listComuniForFilter(db(), a.coordinatore)).length).toBe(12);
    expect((await listComuniForFilter(db(), a.comunePavia)).map((c) => c.nome)).toEqual(["Pavia"]);
    expect(await listComuniForFilter(db(), a.admin)).toEqual([]);
  });

  it("listUsers: only the system administrator, and never a password hash", async () => {
    const rows = await listUsers(db(), a.admin);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(rows[0] ?? {})).not.toContain("passwordHash");
    for (const who of ["coordinatore", "asPavia", "comunePavia"] as const) {
      await expect(listUsers(db(), a[who])).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("getAmbitoName names the actor's own ambito", async () => {
    expect(await getAmbitoName(db(), a.asPavia)).toBe(
      "Consorzio Sociale Pavese · Distretto di Pavia",
    );
  });

  it("the audit log refuses updates and deletes", async () => {
    await audit(db(), a.asPavia, "view", "persona", "test");
    await expect(db().update(auditLog).set({ azione: "x" })).rejects.toThrow();
    await expect(db().delete(auditLog)).rejects.toThrow();
    await expect(db().execute(sql`truncate registro_accessi`)).rejects.toThrow();
  });
});
