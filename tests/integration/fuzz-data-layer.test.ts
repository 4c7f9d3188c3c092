import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { persons, requestEvents, requests } from "@/db/schema";
import { DataError } from "@/lib/data/errors";
import { createPerson, listPersons, searchPersons } from "@/lib/data/persons";
import { createRequest, listRequests, transitionRequest } from "@/lib/data/requests";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId, personInput, requestInput } from "../support/fixtures";

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** Anything JSON can carry, biased towards the shapes the operations expect. */
const jsonValue = fc.jsonValue({ maxDepth: 3 });
const mutated = (base: Record<string, unknown>) =>
  fc
    .record({
      key: fc.constantFrom(...Object.keys(base), "extra", "__proto__"),
      value: jsonValue,
      drop: fc.boolean(),
    })
    .map(({ key, value, drop }) => {
      const copy: Record<string, unknown> = { ...base };
      if (drop) delete copy[key];
      else copy[key] = value;
      return copy;
    });

describe.each(DRIVERS)("data layer under random input on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;
  const counts = async () => {
    const one = async (table: typeof persons | typeof requests | typeof requestEvents) =>
      (await db().select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;
    return {
      persons: await one(persons),
      requests: await one(requests),
      events: await one(requestEvents),
    };
  };
  /** The operation either succeeds or fails with a typed 4xx; a failure writes nothing. */
  async function expectCleanOutcome(run: () => Promise<unknown>) {
    const before = await counts();
    try {
      await run();
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      expect(e.status).toBeLessThan(500);
      expect(await counts()).toEqual(before);
    }
  }

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  it("createPerson", async () => {
    const base = await personInput(db(), "Pavia");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(jsonValue, mutated(base as Record<string, unknown>)),
        async (input) => {
          await expectCleanOutcome(() => createPerson(db(), a.asPavia, input));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("createRequest and transitionRequest", async () => {
    const person = await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"));
    const base = requestInput(person.id, await measureId(db()));
    const { id } = await createRequest(db(), a.asPavia, base);
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonValue, mutated(base)), async (input) => {
        await expectCleanOutcome(() => createRequest(db(), a.asPavia, input));
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(jsonValue, mutated({ action: "avvia_istruttoria", nota: "x" })),
        fc.oneof(fc.constant(id), fc.string(), fc.uuid()),
        async (input, target) => {
          await expectCleanOutcome(() => transitionRequest(db(), a.coordinatore, target, input));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("searches and lists", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }),
        fc.record(
          {
            comuneId: fc.oneof(fc.string(), fc.uuid()),
            after: fc.oneof(fc.string(), fc.base64String()),
            before: fc.string(),
            limit: fc.integer(),
            desc: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        async (text, query) => {
          await searchPersons(db(), a.asPavia, text);
          await listPersons(db(), a.coordinatore, query);
          await listRequests(db(), a.comunePavia, {
            ...query,
            measureId: query.comuneId,
            personId: query.after,
          });
        },
      ),
      { numRuns: RUNS },
    );
  });
});
