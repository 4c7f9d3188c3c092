import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, personLinks, persons } from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import {
  addHouseholdMember,
  addNetworkContact,
  addPersonLink,
  listPersonLinks,
  removePersonLink,
} from "@/lib/data/household";
import { createPerson } from "@/lib/data/persons";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { personInput } from "../support/fixtures";

describe.each(DRIVERS)("household and network on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;
  const newPerson = async (comune = "Pavia", worker: keyof Actors = "asPavia") =>
    (await createPerson(db(), a[worker], await personInput(db(), comune))).id;
  const conditionsOf = async (id: string) =>
    (
      await db()
        .select({
          componentiNucleo: persons.componentiNucleo,
          viveSolo: persons.viveSolo,
          aggiornate: persons.condizioniAggiornateIl,
        })
        .from(persons)
        .where(eq(persons.id, id))
    )[0];
  const linkCount = async () =>
    (await db().select({ n: sql<number>`count(*)::int` }).from(personLinks))[0]?.n;
  const fieldErrors = async (p: Promise<unknown>) => {
    const e = await p.then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).fieldErrors;
  };

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  it("feeds household size and living alone from the nucleo, on every change", async () => {
    const id = await newPerson();
    const spouse = await newPerson();
    const child = await newPerson();
    const m1 = await addHouseholdMember(db(), a.asPavia, id, {
      collegataId: spouse,
      relazione: "coniuge",
    });
    expect(m1.componentiNucleo).toBe(2);
    expect(await conditionsOf(id)).toMatchObject({ componentiNucleo: 2, viveSolo: false });
    await addHouseholdMember(db(), a.asPavia, id, { collegataId: child, relazione: "figlio" });
    expect(await conditionsOf(id)).toMatchObject({ componentiNucleo: 3, viveSolo: false });

    const links = await listPersonLinks(db(), a.asPavia, id);
    expect(links.componentiNucleo).toBe(3);
    expect(links.nucleo.map((l) => [l.persona?.id, l.relazione])).toEqual([
      [spouse, "coniuge"],
      [child, "figlio"],
    ]);
    expect(links.nucleo[0]?.persona?.eta).toBeGreaterThan(20);

    await removePersonLink(db(), a.asPavia, id, m1.id);
    await removePersonLink(db(), a.asPavia, id, (links.nucleo[1] as { id: string }).id);
    const after = await conditionsOf(id);
    expect(after).toMatchObject({ componentiNucleo: 1, viveSolo: true });
    expect(after?.aggiornate).toBeInstanceOf(Date);
    // Removed, never deleted.
    const rows = await db()
      .select({ rimossoIl: personLinks.rimossoIl })
      .from(personLinks)
      .where(eq(personLinks.personId, id));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.rimossoIl instanceof Date)).toBe(true);
    expect((await listPersonLinks(db(), a.asPavia, id)).nucleo).toEqual([]);
    // A removed link cannot be removed again.
    await expect(removePersonLink(db(), a.asPavia, id, m1.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("keeps the network apart: contacts by name do not change the household", async () => {
    const id = await newPerson();
    const before = await conditionsOf(id);
    const c = await addNetworkContact(db(), a.asPavia, id, {
      relazione: "servizio",
      nome: "CPS di Pavia",
      contatto: "0382 000000",
      note: "Referente: dott.ssa Bianchi",
    });
    const neighbour = await newPerson();
    await addNetworkContact(db(), a.asPavia, id, { relazione: "vicino", collegataId: neighbour });
    expect(await conditionsOf(id)).toEqual(before);
    const links = await listPersonLinks(db(), a.asPavia, id);
    expect(links.rete).toHaveLength(2);
    expect(links.rete[0]).toMatchObject({
      id: c.id,
      nome: "CPS di Pavia",
      contatto: "0382 000000",
      registrata: false,
      persona: null,
    });
    expect(links.rete[1]?.persona?.id).toBe(neighbour);
    await removePersonLink(db(), a.asPavia, id, c.id);
    expect(await conditionsOf(id)).toEqual(before);
  });

  it("refuses bad links with field errors, and writes nothing", async () => {
    const id = await newPerson();
    const other = await newPerson();
    const cava = await newPerson("Cava Manara", "asCava");
    const n = await linkCount();
    expect(
      await fieldErrors(addHouseholdMember(db(), a.asPavia, id, { relazione: "coniuge" })),
    ).toHaveProperty("collegataId");
    expect(
      await fieldErrors(
        addHouseholdMember(db(), a.asPavia, id, { collegataId: other, relazione: "servizio" }),
      ),
    ).toHaveProperty("relazione");
    expect(
      await fieldErrors(
        addHouseholdMember(db(), a.asPavia, id, { collegataId: id, relazione: "coniuge" }),
      ),
    ).toEqual({ collegataId: ["Una persona non è legata a sé stessa."] });
    // A person of a comune the worker does not serve is as if absent.
    expect(
      await fieldErrors(
        addHouseholdMember(db(), a.asPavia, id, { collegataId: cava, relazione: "figlio" }),
      ),
    ).toEqual({ collegataId: ["Persona non trovata tra quelle visibili."] });
    expect(
      await fieldErrors(addNetworkContact(db(), a.asPavia, id, { relazione: "caregiver" })),
    ).toHaveProperty("nome");
    expect(
      await fieldErrors(
        addNetworkContact(db(), a.asPavia, id, { relazione: "caregiver", nome: "x".repeat(201) }),
      ),
    ).toEqual({ nome: ["Al massimo 200 caratteri."] });
    expect(
      await fieldErrors(
        addHouseholdMember(db(), a.asPavia, id, {
          collegataId: other,
          relazione: "coniuge",
          extra: 1,
        }),
      ),
    ).toHaveProperty("_");
    expect(await linkCount()).toBe(n);

    await addHouseholdMember(db(), a.asPavia, id, { collegataId: other, relazione: "coniuge" });
    expect(
      await fieldErrors(
        addHouseholdMember(db(), a.asPavia, id, { collegataId: other, relazione: "convivente" }),
      ),
    ).toEqual({ collegataId: ["La persona fa già parte del nucleo."] });
    expect(await linkCount()).toBe((n ?? 0) + 1);
  });

  it("lets only the worker of the comune write; the others read or are refused", async () => {
    const id = await newPerson();
    const other = await newPerson();
    const member = { collegataId: other, relazione: "coniuge" };
    // Coordinator and comune administrator read, and may not write.
    await expect(listPersonLinks(db(), a.coordinatore, id)).resolves.toBeTruthy();
    await expect(listPersonLinks(db(), a.comunePavia, id)).resolves.toBeTruthy();
    await expect(addHouseholdMember(db(), a.coordinatore, id, member)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(addHouseholdMember(db(), a.comunePavia, id, member)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // The worker of another comune: the person does not exist for them.
    await expect(listPersonLinks(db(), a.asCava, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addHouseholdMember(db(), a.asCava, id, member)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      addNetworkContact(db(), a.asCava, id, { relazione: "vicino", nome: "Sig. Verdi" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    // The system administrator reads no person at all.
    await expect(listPersonLinks(db(), a.admin, id)).rejects.toBeInstanceOf(ForbiddenError);
    const link = await addHouseholdMember(db(), a.asPavia, id, member);
    await expect(removePersonLink(db(), a.asCava, id, link.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(removePersonLink(db(), a.coordinatore, id, link.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // A link of another person cannot be removed through this one.
    const third = await newPerson();
    await expect(removePersonLink(db(), a.asPavia, third, link.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await listPersonLinks(db(), a.asPavia, id)).nucleo).toHaveLength(1);
  });

  it("hides the name of a member of a comune the reader does not serve", async () => {
    // The coordinator (whole district) links nobody, but a worker serving two comuni could:
    // here the link is written directly, as the anagrafe import does.
    const id = await newPerson();
    const cava = await newPerson("Cava Manara", "asCava");
    const [pavia] = await db()
      .select({ ambitoId: persons.ambitoId })
      .from(persons)
      .where(eq(persons.id, id));
    await db()
      .insert(personLinks)
      .values({
        ambitoId: pavia?.ambitoId as string,
        personId: id,
        tipo: "nucleo",
        relazione: "figlio",
        collegataId: cava,
      });
    const seen = await listPersonLinks(db(), a.asPavia, id);
    expect(seen.nucleo[0]).toMatchObject({ registrata: true, persona: null });
    const byCoordinator = await listPersonLinks(db(), a.coordinatore, id);
    expect(byCoordinator.nucleo[0]?.persona?.id).toBe(cava);
  });

  it("takes the API's single body, nucleo or rete by its tipo, scope before validation", async () => {
    const id = await newPerson();
    const other = await newPerson();
    await addPersonLink(db(), a.asPavia, id, {
      tipo: "nucleo",
      collegataId: other,
      relazione: "figlio",
    });
    await addPersonLink(db(), a.asPavia, id, {
      tipo: "rete",
      relazione: "volontario",
      nome: "AUSER",
    });
    const links = await listPersonLinks(db(), a.asPavia, id);
    expect([links.nucleo.length, links.rete.length, links.componentiNucleo]).toEqual([1, 1, 2]);
    expect(await fieldErrors(addPersonLink(db(), a.asPavia, id, { relazione: "figlio" }))).toEqual({
      tipo: ["Indica se è un componente del nucleo o della rete."],
    });
    await expect(addPersonLink(db(), a.asCava, id, {})).rejects.toBeInstanceOf(NotFoundError);
    await expect(addPersonLink(db(), a.coordinatore, id, null)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("refuses changes to an anonymised record", async () => {
    const id = await newPerson();
    const other = await newPerson();
    await db().update(persons).set({ anonimizzataIl: new Date() }).where(eq(persons.id, id));
    await expect(
      addHouseholdMember(db(), a.asPavia, id, { collegataId: other, relazione: "coniuge" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("logs creations, removals and views with ids only", async () => {
    const id = await newPerson();
    const other = await newPerson();
    const link = await addHouseholdMember(db(), a.asPavia, id, {
      collegataId: other,
      relazione: "convivente",
    });
    await removePersonLink(db(), a.asPavia, id, link.id);
    await listPersonLinks(db(), a.coordinatore, id);
    const rows = await db()
      .select({ azione: auditLog.azione, entita: auditLog.entita })
      .from(auditLog)
      .where(and(eq(auditLog.entitaId, link.id)));
    expect(rows.map((r) => `${r.azione} ${r.entita}`)).toEqual(["create legame", "update legame"]);
    const views = await db()
      .select({ actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.entita, "legami_persona"), eq(auditLog.entitaId, id)));
    expect(views.map((v) => v.actorId)).toEqual([a.coordinatore.id]);
  });
});
