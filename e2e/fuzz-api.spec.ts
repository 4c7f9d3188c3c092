import fc from "fast-check";
import { USERS } from "./support/accounts";
import { login } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { anyId, expectSafe, firstId, jsonBody, queryString, RUNS, totals } from "./support/fuzz";

// Property tests of the JSON API: random bodies, queries and ids never give a 5xx, never leak a
// stack trace, and a refused write leaves the database as it was.
test.describe("API sotto input casuale (fast-check)", () => {
  test.setTimeout(300_000);

  test("scritture: nessun 5xx, nessuna traccia, nessuna scrittura parziale", async ({ page }) => {
    await login(page, USERS.asPavia.email);
    const api = page.request;
    const someRequest = (await (await api.get("/api/v1/requests?limit=1")).json()).rows[0]
      .id as string;
    const somePerson = await firstId(api, "/api/v1/persons?limit=1");
    const someBando = await firstId(api, "/api/v1/bandi");
    const targets = [
      (body: unknown) => api.post(`/api/v1/persons/${somePerson}/isee`, { data: body as object }),
      (body: unknown) =>
        api.post(`/api/v1/persons/${somePerson}/disabilities`, { data: body as object }),
      (body: unknown) =>
        api.put(`/api/v1/persons/${somePerson}/conditions`, { data: body as object }),
      (body: unknown) =>
        api.post(`/api/v1/bandi/${someBando}/eligibility`, { data: body as object }),
      (body: unknown) => api.post("/api/v1/persons", { data: body as object }),
      (body: unknown) => api.post("/api/v1/requests", { data: body as object }),
      (body: unknown) =>
        api.post(`/api/v1/requests/${someRequest}/transitions`, { data: body as object }),
      (body: unknown) => api.post("/api/v1/persons/search", { data: body as object }),
    ];
    for (const send of targets) {
      await fc.assert(
        fc.asyncProperty(jsonBody, async (body) => {
          const before = await totals(api);
          const res = await send(body);
          await expectSafe(res);
          if (res.status() >= 400) expect(await totals(api)).toEqual(before);
        }),
        { numRuns: RUNS },
      );
    }
  });

  test("scritture del coordinatore: bandi, correzioni, modelli, liquidazioni", async ({ page }) => {
    await login(page, USERS.coordinatore.email);
    const api = page.request;
    const someRequest = await firstId(api, "/api/v1/requests?limit=1");
    const someBando = await firstId(api, "/api/v1/bandi");
    const targets = [
      (body: unknown) => api.post("/api/v1/bandi", { data: body as object }),
      (body: unknown) => api.patch(`/api/v1/bandi/${someBando}`, { data: body as object }),
      (body: unknown) =>
        api.post(`/api/v1/requests/${someRequest}/eligibility-override`, { data: body as object }),
      (body: unknown) => api.put("/api/v1/document-templates/rigetto", { data: body as object }),
      (body: unknown) =>
        api.post(`/api/v1/requests/${someRequest}/instalments/${someBando}/payment`, {
          data: body as object,
        }),
    ];
    for (const send of targets) {
      await fc.assert(
        fc.asyncProperty(jsonBody, async (body) => {
          const before = await totals(api);
          const res = await send(body);
          await expectSafe(res);
          if (res.status() >= 400) expect(await totals(api)).toEqual(before);
        }),
        { numRuns: RUNS },
      );
    }
  });

  test("letture: parametri e id casuali, nessun 5xx e nessuna traccia", async ({ page }) => {
    await login(page, USERS.coordinatore.email);
    const api = page.request;
    await fc.assert(
      fc.asyncProperty(queryString, anyId, async (qs, id) => {
        await expectSafe(await api.get(`/api/v1/requests?${qs}`));
        await expectSafe(await api.get(`/api/v1/persons?${qs}`));
        await expectSafe(await api.get(`/api/v1/requests/${id}`));
        await expectSafe(await api.get(`/api/v1/persons/${id}`));
        await expectSafe(await api.get(`/api/v1/measures/${id}`));
        await expectSafe(await api.get(`/api/v1/bandi/${id}`));
        await expectSafe(await api.get(`/api/v1/bandi/${id}/ranking?${qs}`));
        await expectSafe(await api.get(`/api/v1/requests/${id}/documents`));
        await expectSafe(await api.get(`/api/v1/requests/${id}/instalments`));
        await expectSafe(await api.get(`/api/v1/persons/${id}/isee`));
        await expectSafe(await api.get(`/api/v1/document-templates/${id}`));
      }),
      { numRuns: RUNS },
    );
  });

  // The operations the other files do not reach: acts on a bando or an import, removals,
  // transfer answers, the session ping, and the remaining reads. Their ids are random (the
  // bando's acts would otherwise close the demo's bando), so none of them can add or remove a
  // person, request or bando: the totals are counted once before and once after each target.
  test("le altre operazioni: atti, cancellazioni, risposte, letture", async ({ page, loginAs }) => {
    const worker = (await loginAs("asPavia")).request;
    const somePerson = await firstId(worker, "/api/v1/persons?limit=1");
    await login(page, USERS.coordinatore.email);
    const api = page.request;
    const someRequest = await firstId(api, "/api/v1/requests?limit=1");
    const writes = [
      (id: string, body: unknown) =>
        api.post(`/api/v1/bandi/${id}/close`, { data: body as object }),
      (id: string, body: unknown) =>
        api.post(`/api/v1/bandi/${id}/ranking`, { data: body as object }),
      (id: string, body: unknown) =>
        api.post(`/api/v1/bandi/${id}/ranking/advance`, { data: body as object }),
      (id: string, body: unknown) =>
        api.post(`/api/v1/bandi/${id}/ranking/publish`, { data: body as object }),
      (id: string, body: unknown) =>
        worker.post(`/api/v1/imports/${id}/finish`, { data: body as object }),
      (id: string) => worker.delete(`/api/v1/persons/${somePerson}/disabilities/${id}`),
      (id: string) => worker.delete(`/api/v1/persons/${somePerson}/links/${id}`),
      (id: string) => worker.delete(`/api/v1/persons/${id}/links/${id}`),
      (id: string, body: unknown) =>
        worker.post(`/api/v1/transfers/${id}/reject`, { data: body as object }),
      (id: string, body: unknown) =>
        worker.post(`/api/v1/transfers/${id}/${id}`, { data: body as object }),
      (_id: string, body: unknown) => worker.post("/api/v1/session", { data: body as object }),
    ];
    for (const send of writes) {
      const before = await totals(api);
      await fc.assert(
        fc.asyncProperty(anyId, jsonBody, async (id, body) => {
          await expectSafe(await send(id, body));
        }),
        { numRuns: RUNS },
      );
      expect(await totals(api)).toEqual(before);
    }
    await fc.assert(
      fc.asyncProperty(queryString, anyId, async (qs, id) => {
        await expectSafe(await api.get(`/api/v1/bandi?${qs}`));
        await expectSafe(await api.get(`/api/v1/measures?${qs}`));
        await expectSafe(await api.get(`/api/v1/document-templates?${qs}`));
        await expectSafe(await api.get(`/api/v1/persons/${id}/export?${qs}`));
        await expectSafe(await api.get(`/api/v1/persons/${id}/disabilities`));
        await expectSafe(await api.get(`/api/v1/requests/${someRequest}/documents/${id}?${qs}`));
        await expectSafe(await api.get(`/api/v1/requests/${id}/documents/${id}`));
      }),
      { numRuns: RUNS },
    );
  });

  test("corpi non JSON", async ({ page }) => {
    await login(page, USERS.asPavia.email);
    const api = page.request;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }),
        fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded"),
        async (raw, type) => {
          await expectSafe(
            await api.post("/api/v1/requests", { headers: { "content-type": type }, data: raw }),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
