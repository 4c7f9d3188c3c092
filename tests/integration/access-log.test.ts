import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPersonAccesses } from "@/lib/data/access-log";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { createPerson, getPerson } from "@/lib/data/persons";
import { createRequest, getRequest } from "@/lib/data/requests";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId, personInput, requestInput } from "../support/fixtures";

describe.each(DRIVERS)("access log of a person on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  it("lists who viewed the person and their requests, newest first, for the coordinator only", async () => {
    const { id } = await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"));
    const r = await createRequest(db(), a.asPavia, requestInput(id, await measureId(db())));
    await getPerson(db(), a.comunePavia, id);
    await getRequest(db(), a.asPavia, r.id);
    const entries = await listPersonAccesses(db(), a.coordinatore, id);
    expect(entries.map((e) => [e.azione, e.entita, e.utente])).toEqual([
      ["view", "richiesta", "Chiara Valli"],
      ["view", "persona", "Stefano Arrigoni"],
      ["create", "richiesta", "Chiara Valli"],
      ["create", "persona", "Chiara Valli"],
    ]);
    // Reading the log is logged too.
    expect((await listPersonAccesses(db(), a.coordinatore, id))[0]).toMatchObject({
      entita: "accessi_persona",
      utente: "Laura Bellini",
    });
    for (const who of ["asPavia", "comunePavia", "admin"] as const) {
      await expect(listPersonAccesses(db(), a[who], id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(listPersonAccesses(db(), a.coordinatore, "nope")).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
