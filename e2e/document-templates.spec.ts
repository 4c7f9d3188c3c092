import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";

const KIND = "richiesta_integrazione";
const LABEL = "Richiesta di integrazione documentale";

test.describe("modelli dei documenti di decisione", () => {
  // The coordinator's login may wait for a fresh authenticator code.
  test.setTimeout(180_000);

  test("il coordinatore modifica un modello: campi sconosciuti rifiutati, anteprima, salvataggio", async ({
    loginAs,
  }) => {
    const coord = await loginAs("coordinatore");
    await coord
      .getByRole("navigation", { name: "Principale" })
      .getByRole("link", { name: "Modelli dei documenti" })
      .click();
    await expect(coord).toHaveURL(/\/modelli$/);
    await expect(
      coord.getByRole("heading", { name: "Modelli dei documenti", level: 1 }),
    ).toBeVisible();
    await expect(coord).toHaveTitle(/Modelli dei documenti/);
    await expect(coord.getByTestId(/^template-/)).toHaveCount(4);
    await expectNoA11yViolations(coord);

    await coord.getByRole("link", { name: new RegExp(`^Modifica\\s*: ${LABEL}$`) }).click();
    await expect(coord).toHaveURL(new RegExp(`/modelli/${KIND}$`));
    await expect(coord.getByRole("heading", { name: `Modello: ${LABEL}`, level: 1 })).toBeVisible();
    await expect(coord.getByTestId("template-fields")).toContainText("{{protocollo}}");
    await expectNoA11yViolations(coord);

    const oggetto = coord.getByLabel(/^Oggetto/);
    const corpo = coord.getByLabel(/^Testo della lettera/);
    await expect(corpo).toHaveValue(/\{\{motivazione\}\}/);

    // An unknown field is refused as a field error, tied to the text box.
    await corpo.fill(
      "Gentile {{richiedente}}, ci serve il documento {{codice_fiscale}} entro {{termine_giorni}} giorni.",
    );
    await coord.getByRole("button", { name: "Salva il modello" }).click();
    await expect(corpo).toHaveAttribute("aria-invalid", "true");
    await expect(corpo).toHaveAccessibleDescription(/Campo sconosciuto: \{\{codice_fiscale\}\}/);
    await expect(coord.getByTestId("template-saved")).toHaveCount(0);
    await expectNoA11yViolations(coord);

    // A valid text: the preview fills it with invented data, then it is saved.
    const marker = `Testo modificato nella prova ${Date.now()}`;
    await oggetto.fill("Integrazione della domanda prot. {{protocollo}}");
    await corpo.fill(
      `Gentile {{richiedente}},\n\n${marker}: {{motivazione}}\n\nEntro {{termine_giorni}} giorni.`,
    );
    await expect(corpo).toHaveAttribute("aria-invalid", "false");
    await coord.getByRole("button", { name: "Anteprima" }).click();
    const preview = coord.getByTestId("template-preview");
    await expect(preview).toContainText("Oggetto: Integrazione della domanda prot. 2026/000123");
    await expect(preview).toContainText("Gentile Maria Esempio,");
    await expect(preview).toContainText("Entro 30 giorni.");
    await expectNoA11yViolations(coord);

    await coord.getByRole("button", { name: "Salva il modello" }).click();
    await expect(coord.getByTestId("template-saved")).toContainText("Modello salvato");
    await coord.reload();
    await expect(coord.getByLabel(/^Testo della lettera/)).toHaveValue(new RegExp(marker));

    await coord.goto("/modelli");
    await expect(coord.getByTestId(`template-${KIND}`)).toContainText("Personalizzato");
    await expect(coord.getByTestId(`template-${KIND}`)).toContainText(
      "Integrazione della domanda prot. {{protocollo}}",
    );
    await expectNoA11yViolations(coord);

    // Back to Zona's default text, so that other tests see the standard letter.
    await coord.getByRole("link", { name: new RegExp(`^Modifica\\s*: ${LABEL}$`) }).click();
    await coord.getByRole("button", { name: "Ripristina il testo predefinito" }).click();
    await expect(coord.getByLabel(/^Testo della lettera/)).toHaveValue(/\{\{motivazione\}\}/);
    await coord.getByRole("button", { name: "Salva il modello" }).click();
    await expect(coord.getByTestId("template-saved")).toBeVisible();
  });

  test("l'API rifiuta campi sconosciuti con 422 e chi non è coordinatore con 403", async ({
    loginAs,
  }) => {
    const coord = await loginAs("coordinatore");
    const list = await coord.request.get("/api/v1/document-templates");
    expect(list.status()).toBe(200);
    expect(((await list.json()).rows as { tipo: string }[]).map((r) => r.tipo)).toContain(KIND);
    const bad = await coord.request.put(`/api/v1/document-templates/${KIND}`, {
      data: {
        oggetto: "Integrazione {{protocollo}}",
        corpo: "Testo con un campo {{iban}} sconosciuto.",
      },
    });
    expect(bad.status()).toBe(422);
    expect(bad.headers()["content-type"]).toMatch(/application\/problem\+json/);
    expect((await bad.json()).errors.corpo[0]).toContain("{{iban}}");
    const unknownKind = await coord.request.get("/api/v1/document-templates/altro");
    expect(unknownKind.status()).toBe(404);

    const worker = await loginAs("asPavia");
    await expect(
      worker
        .getByRole("navigation", { name: "Principale" })
        .getByRole("link", { name: "Modelli dei documenti" }),
    ).toHaveCount(0);
    expect((await worker.request.get("/modelli", { maxRedirects: 0 })).status()).toBe(404);
    expect((await worker.request.get("/api/v1/document-templates")).status()).toBe(403);
    const put = await worker.request.put(`/api/v1/document-templates/${KIND}`, {
      data: { oggetto: "Integrazione {{protocollo}}", corpo: "Testo valido ma di chi non può." },
    });
    expect(put.status()).toBe(403);
  });
});
