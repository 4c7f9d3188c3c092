import type { APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { USERS } from "./support/accounts";
import { login } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { anyId, expectSafe, jsonBody, queryString, RUNS, totals } from "./support/fuzz";
import { newPerson } from "./support/people";

// The cartella sociale's API under random input: no 5xx, no stack trace, and a refused write
// changes neither the registry totals nor the cartella's own counts.
type Target = (body: unknown) => ReturnType<APIRequestContext["post"]>;

/** A person of Pavia with an open cartella, made for the run by Pavia's worker. */
async function caseOfSomePavian(api: APIRequestContext) {
  const anyone = (await (await api.get("/api/v1/persons?limit=1")).json()).rows[0].id as string;
  const { comuneId } = await (await api.get(`/api/v1/persons/${anyone}`)).json();
  const p = newPerson();
  const created = await api.post("/api/v1/persons", {
    data: {
      codiceFiscale: p.codiceFiscale,
      cognome: p.cognome,
      nome: p.nome,
      sesso: p.sesso,
      dataNascita: p.dataNascita,
      cittadinanza: p.cittadinanza,
      comuneId,
      indirizzo: p.indirizzo,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const personId = (await created.json()).id as string;
  const opened = await api.post(`/api/v1/persons/${personId}/cases`, { data: { area: "anziani" } });
  expect(opened.status(), await opened.text()).toBe(201);
  return { personId, caseId: (await opened.json()).id as string };
}

/** What a refused write must leave as it was: the registry, the cartelle, the diary, the links. */
async function caseCounts(api: APIRequestContext, personId: string, caseId: string) {
  const [persons, cases, diary, links] = await Promise.all([
    api.get("/api/v1/persons?limit=1").then(async (r) => (await r.json()).total as number),
    api
      .get(`/api/v1/persons/${personId}/cases`)
      .then(async (r) => JSON.stringify((await r.json()).rows)),
    api
      .get(`/api/v1/cases/${caseId}/diary?limit=100`)
      .then(async (r) => (await r.json()).entries.length as number),
    api.get(`/api/v1/persons/${personId}/links`).then((r) => r.text()),
  ]);
  return { persons, cases, diary, links };
}

/** Each target under `RUNS` random bodies; a refusal must leave every count as it was. */
async function fuzzWrites(targets: Target[], counts: () => Promise<unknown>) {
  for (const send of targets) {
    let current = await counts();
    await fc.assert(
      fc.asyncProperty(jsonBody, async (body) => {
        const res = await send(body);
        await expectSafe(res);
        if (res.status() >= 400) expect(await counts()).toEqual(current);
        else current = await counts();
      }),
      { numRuns: RUNS },
    );
  }
}

test.describe("API della cartella sotto input casuale (fast-check)", () => {
  test.setTimeout(600_000);

  test("scritture dell'assistente sociale", async ({ page }) => {
    await login(page, USERS.asPavia.email);
    const api = page.request;
    const { personId, caseId } = await caseOfSomePavian(api);
    const week = await (await api.get("/api/v1/appointments")).json();
    const someAppointment = (week.items?.[0]?.id as string | undefined) ?? crypto.randomUUID();
    const diary = await (await api.get(`/api/v1/cases/${caseId}/diary`)).json();
    const someEntry = (diary.entries?.[0]?.id as string | undefined) ?? crypto.randomUUID();
    const comuni = await (await api.get(`/api/v1/persons/${personId}`)).json();
    const started = await api.post("/api/v1/imports", {
      data: { comuneId: comuni.comuneId, nomeFile: "fuzz.csv", righeTotali: 10 },
    });
    expect(started.status()).toBe(201);
    const someImport = (await started.json()).id as string;
    const post =
      (path: string): Target =>
      (body) =>
        api.post(path, { data: body as object });
    const patch =
      (path: string): Target =>
      (body) =>
        api.patch(path, { data: body as object });
    await fuzzWrites(
      [
        post("/api/v1/persons/duplicates"),
        post(`/api/v1/persons/${personId}/cases`),
        post(`/api/v1/cases/${caseId}/status`),
        post(`/api/v1/cases/${caseId}/team`),
        post("/api/v1/transfers"),
        post(`/api/v1/transfers/${crypto.randomUUID()}/accept`),
        post(`/api/v1/persons/${personId}/links`),
        post(`/api/v1/cases/${caseId}/assessments`),
        post(`/api/v1/cases/${caseId}/plans`),
        post(`/api/v1/plans/${crypto.randomUUID()}/reviews`),
        post(`/api/v1/cases/${caseId}/diary`),
        patch(`/api/v1/diary/${someEntry}`),
        post("/api/v1/appointments"),
        patch(`/api/v1/appointments/${someAppointment}`),
        post("/api/v1/imports"),
        post(`/api/v1/imports/${someImport}/rows`),
      ],
      () => caseCounts(api, personId, caseId),
    );
  });

  test("caricamenti: contenuti e nomi casuali non passano e non lasciano nulla", async ({
    page,
  }) => {
    await login(page, USERS.asPavia.email);
    const api = page.request;
    const { personId } = await caseOfSomePavian(api);
    const documents = async () =>
      (await (await api.get(`/api/v1/persons/${personId}/documents`)).json()).documents.length;
    const before = await documents();
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.string({ maxLength: 80 }),
        fc.string({ maxLength: 40 }),
        async (bytes, name, titolo) => {
          const res = await api.post(`/api/v1/persons/${personId}/documents`, {
            multipart: {
              titolo,
              file: { name: name || "x", mimeType: "application/pdf", buffer: Buffer.from(bytes) },
            },
          });
          await expectSafe(res);
          // Random bytes are never a PDF, JPEG, PNG or WebP: every upload is refused.
          expect(res.status()).toBeGreaterThanOrEqual(400);
        },
      ),
      { numRuns: RUNS },
    );
    expect(await documents()).toEqual(before);
  });

  test("scritture del coordinatore e letture", async ({ page, loginAs }) => {
    const { personId, caseId } = await caseOfSomePavian((await loginAs("asPavia")).request);
    await login(page, USERS.coordinatore.email);
    const api = page.request;
    await fuzzWrites(
      [(body) => api.post(`/api/v1/persons/${personId}/merge`, { data: body as object })],
      () => totals(api),
    );
    await fc.assert(
      fc.asyncProperty(queryString, anyId, async (qs, id) => {
        await expectSafe(await api.get(`/api/v1/cases/${id}`));
        await expectSafe(await api.get(`/api/v1/cases/${caseId}/diary?${qs}`));
        await expectSafe(await api.get(`/api/v1/diary/${id}/versions`));
        await expectSafe(await api.get(`/api/v1/persons/${id}/cases`));
        await expectSafe(await api.get(`/api/v1/persons/${id}/links`));
        await expectSafe(await api.get(`/api/v1/persons/${id}/documents?${qs}`));
        await expectSafe(await api.get(`/api/v1/documents/${id}`));
        await expectSafe(await api.get(`/api/v1/cases/${id}/assessments`));
        await expectSafe(await api.get(`/api/v1/cases/${id}/plans`));
        await expectSafe(await api.get(`/api/v1/appointments?${qs}`));
        await expectSafe(await api.get(`/api/v1/transfers?${qs}`));
        await expectSafe(await api.get(`/api/v1/imports/${id}`));
        await expectSafe(await api.get(`/api/v1/imports/${id}/report.csv`));
      }),
      { numRuns: RUNS },
    );
  });
});
