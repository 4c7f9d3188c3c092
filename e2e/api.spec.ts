import { computeCodiceFiscale } from "../lib/domain/codice-fiscale";
import { USERS } from "./support/accounts";
import { expectProblem } from "./support/api";
import { login } from "./support/auth";
import { expect, test } from "./support/fixtures";

function newPersonBody(comuneId: string) {
  const suffix = Math.random().toString(36).slice(2, 7).replace(/[0-9]/g, "x");
  const cognome = `Api${suffix}`;
  const nome = "Verifica";
  const dataNascita = `19${10 + Math.floor(Math.random() * 89)}-03-1${Math.floor(Math.random() * 9)}`;
  const codiceFiscale = computeCodiceFiscale({
    surname: cognome,
    name: nome,
    sex: "F",
    birthDate: dataNascita,
    birthplace: "G388",
  });
  return {
    codiceFiscale,
    cognome,
    nome,
    sesso: "F",
    dataNascita,
    cittadinanza: "Italiana",
    comuneId,
    indirizzo: "Via Roma 3",
  };
}

test.describe("JSON API v1", () => {
  test("documents itself in OpenAPI 3.1 and reports health", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/persons",
        "/api/v1/requests",
        "/api/v1/requests/{id}/transitions",
        "/api/v1/measures",
      ]),
    );
    const health = await (await request.get("/api/health")).json();
    expect(health).toMatchObject({ status: "ok", database: { status: "ok" } });
  });

  test("answers 401 problem+json without a session", async ({ request }) => {
    await expectProblem(await request.get("/api/v1/requests"), 401);
    await expectProblem(await request.post("/api/v1/persons", { data: {} }), 401);
  });

  test("creates, reads and lists through the API", async ({ page }) => {
    await login(page, USERS.asPavia.email);
    const api = page.request;
    const measures = (await (await api.get("/api/v1/measures")).json()).rows as {
      id: string;
      codice: string;
    }[];
    const b2 = measures.find((m) => m.codice === "B2-CAREGIVER");
    const persons = await (await api.get("/api/v1/persons?limit=1")).json();
    const mine = await (await api.get(`/api/v1/persons/${persons.rows[0].id}`)).json();
    const created = await api.post("/api/v1/persons", { data: newPersonBody(mine.comuneId) });
    expect(created.status()).toBe(201);
    const { id: personId } = await created.json();
    const filed = await api.post("/api/v1/requests", {
      data: {
        personId,
        measureId: b2?.id,
        importoMensile: 100,
        mesi: 12,
        motivazione: "Richiesta presentata tramite API di prova.",
      },
    });
    expect(filed.status()).toBe(201);
    const { id, protocollo } = await filed.json();
    expect(protocollo).toMatch(/^\d{4}\/\d{6}$/);
    const detail = await (await api.get(`/api/v1/requests/${id}`)).json();
    expect(detail).toMatchObject({ stato: "presentata", protocollo, personId });
    const list = await (await api.get(`/api/v1/requests?persona=${personId}`)).json();
    expect(list.rows.map((r: { id: string }) => r.id)).toEqual([id]);
  });

  test("refuses bad input with a clear 4xx and leaves the database unchanged", async ({ page }) => {
    await login(page, USERS.asPavia.email);
    const api = page.request;
    const totals = async () => ({
      persons: (await (await api.get("/api/v1/persons?limit=1")).json()).total,
      requests: (await (await api.get("/api/v1/requests?limit=1")).json()).total,
    });
    const before = await totals();
    const persons = await (await api.get("/api/v1/persons?limit=1")).json();
    const comuneId = (await (await api.get(`/api/v1/persons/${persons.rows[0].id}`)).json())
      .comuneId;
    const json = { "content-type": "application/json" };

    const malformed = await expectProblem(
      await api.post("/api/v1/persons", { headers: json, data: "{not json" }),
      400,
    );
    expect(malformed.detail).toContain("JSON");
    await expectProblem(
      await api.post("/api/v1/persons", { headers: { "content-type": "text/plain" }, data: "x" }),
      400,
    );
    await expectProblem(await api.post("/api/v1/requests", { headers: json, data: "[1,2]" }), 400);
    await expectProblem(
      await api.post("/api/v1/requests", {
        headers: json,
        data: JSON.stringify({ q: "x".repeat(70_000) }),
      }),
      400,
    );

    const missing = await expectProblem(
      await api.post("/api/v1/persons", { data: { cognome: "Solo" } }),
      422,
    );
    expect(Object.keys((missing as { errors: object }).errors)).toEqual(
      expect.arrayContaining(["codiceFiscale", "nome", "sesso"]),
    );
    const oversize = await expectProblem(
      await api.post("/api/v1/persons", {
        data: { ...newPersonBody(comuneId), cognome: "x".repeat(5000) },
      }),
      422,
    );
    expect((oversize as { errors: Record<string, string[]> }).errors.cognome).toBeDefined();
    const wrongTypes = await expectProblem(
      await api.post("/api/v1/requests", {
        data: { personId: 7, measureId: true, importoMensile: "cento", mesi: [], motivazione: {} },
      }),
      422,
    );
    expect(Object.keys((wrongTypes as { errors: object }).errors)).toEqual(
      expect.arrayContaining(["personId", "measureId", "importoMensile", "mesi", "motivazione"]),
    );
    await expectProblem(
      await api.post("/api/v1/persons", { data: { ...newPersonBody(comuneId), ruolo: "admin" } }),
      422,
    );

    const unknown = "00000000-0000-4000-8000-000000000000";
    await expectProblem(await api.get(`/api/v1/persons/${unknown}`), 404);
    await expectProblem(await api.get("/api/v1/requests/not-an-id"), 404);
    await expectProblem(
      await api.post(`/api/v1/requests/${unknown}/transitions`, {
        data: { action: "rinuncia", nota: "x" },
      }),
      404,
    );
    await expectProblem(
      await api.post("/api/v1/requests", {
        data: {
          personId: unknown,
          measureId: unknown,
          importoMensile: 10,
          mesi: 1,
          motivazione: "Persona inesistente.",
        },
      }),
      404,
    );
    await expectProblem(await api.get("/api/v1/requests?stato=volante"), 400);
    await expectProblem(await api.get("/api/v1/requests?limit=1000"), 400);
    await expectProblem(await api.get("/api/v1/does-not-exist"), 404);

    expect(await totals()).toEqual(before);
  });

  test("finds likely duplicates and merges two records through the API", async ({
    page,
    loginAs,
  }) => {
    await login(page, USERS.asPavia.email);
    const api = page.request;
    const persons = await (await api.get("/api/v1/persons?limit=1")).json();
    const mine = await (await api.get(`/api/v1/persons/${persons.rows[0].id}`)).json();
    const body = newPersonBody(mine.comuneId);
    const first = (await (await api.post("/api/v1/persons", { data: body })).json()).id;
    const typo = `${body.cognome.slice(0, -1)}${body.cognome.at(-1) === "a" ? "e" : "a"}`;
    const found = await api.post("/api/v1/persons/duplicates", {
      data: { cognome: typo, nome: body.nome, dataNascita: body.dataNascita },
    });
    expect(found.status()).toBe(200);
    expect((await found.json()).visible.map((d: { id: string }) => d.id)).toContain(first);
    await expectProblem(
      await api.post("/api/v1/persons/duplicates", { data: { cognome: "" } }),
      422,
    );
    const second = (
      await (
        await api.post("/api/v1/persons", {
          data: { ...newPersonBody(mine.comuneId), cognome: typo, nome: body.nome },
        })
      ).json()
    ).id;
    await expectProblem(
      await api.post(`/api/v1/persons/${first}/merge`, {
        data: { dropId: second, motivo: "Stessa persona registrata due volte." },
      }),
      403,
    );

    const capi = (await loginAs("coordinatore")).request;
    await expectProblem(
      await capi.post(`/api/v1/persons/${first}/merge`, { data: { dropId: second, motivo: "x" } }),
      422,
    );
    const merged = await capi.post(`/api/v1/persons/${first}/merge`, {
      data: { dropId: second, motivo: "Stessa persona registrata due volte." },
    });
    expect(merged.status()).toBe(200);
    expect(await merged.json()).toMatchObject({ keepId: first, moved: { richieste: 0 } });
    expect((await (await capi.get(`/api/v1/persons/${second}`)).json()).unitaIn).toBe(first);
  });
});
