import { expectNoA11yViolations } from "./support/a11y";
import { BandoFormPage, bandoTitle, createBandoViaApi, romeDay } from "./support/bandi";
import { expect, test } from "./support/fixtures";

const SHOTS = process.env.BANDI_SCREENSHOTS;

test.describe("bandi: il coordinatore li definisce, gli altri li leggono", () => {
  // Signing in with the authenticator waits for a fresh code; axe runs on every page.
  test.setTimeout(180_000);

  test("crea un bando dal modulo, lo ritrova in elenco e lo modifica dopo l'apertura", async ({
    loginAs,
  }) => {
    const page = await loginAs("coordinatore");
    const titolo = bandoTitle("Buono B2 caregiver");

    await page.goto("/bandi");
    await expectNoA11yViolations(page);
    await page.getByRole("link", { name: "Nuovo bando" }).click();
    await expect(page).toHaveURL(/\/bandi\/nuovo$/);
    const form = new BandoFormPage(page);

    // 1. A bad definition: closing before opening and a negative amount are refused on their fields.
    await form.fillGeneral({
      titolo,
      misura: "Buono B2 caregiver familiare",
      apertura: romeDay(0),
      chiusura: romeDay(-5),
      importoMensile: "-5",
      mesi: "12",
    });
    await form.field("Voce 1: stanziamento (€)").fill("30000");
    await form.submit.click();
    await expect(form.field("Chiusura delle domande")).toHaveAttribute("aria-invalid", "true");
    await expect(form.field("Chiusura delle domande")).toHaveAccessibleDescription(/precedere/);
    await expect(form.field("Importo mensile (€)")).toHaveAccessibleDescription(/negativo/);
    await expect(page.getByTestId("form-error")).toContainText("Correggi i campi segnalati");
    await expect(page).toHaveURL(/\/bandi\/nuovo$/);
    await expectNoA11yViolations(page);

    // 2. Put right, with an ISEE rule, a declaration and two budget lines.
    await form.field("Chiusura delle domande").fill(romeDay(60));
    await form.field("Fine del periodo").fill(romeDay(365));
    await form.field("Importo mensile (€)").fill("100");
    await form.field("Limite di ISEE").check();
    await form.field("sociosanitario").check();
    await form.field("ISEE massimo (€)").fill("25000");
    await form.field("L'ISEE deve essere valido alla data della domanda").check();
    await form.form.getByRole("button", { name: "Aggiungi dichiarazione" }).click();
    await form
      .field("Dichiarazione 1: testo")
      .fill("Il caregiver familiare convive con la persona assistita.");
    await form.form.getByRole("button", { name: "Aggiungi voce di budget" }).click();
    await form.field("Voce 2: comune").selectOption({ label: "Pavia" });
    await form.field("Voce 2: stanziamento (€)").fill("20000");
    await expect(form.fieldErrors()).toHaveCount(0);
    await expectNoA11yViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/bando-form.png`, fullPage: true });
    await form.submit.click();

    await expect(page).toHaveURL(/\/bandi\/[0-9a-f-]{36}\?creato=1$/);
    const detailUrl = page.url().replace(/\?.*$/, "");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titolo);
    await expect(page.getByTestId("bando-saved")).toBeVisible();
    await expect(page.getByTestId("window-status").first()).toHaveText("aperto");
    const rules = page.getByTestId("bando-rules");
    await expect(rules).toContainText("ISEE sociosanitario non superiore a 25.000,00 €.");
    await expect(rules).toContainText("L'ISEE deve essere valido alla data della domanda");
    await expect(rules).toContainText("Dichiara: «Il caregiver familiare convive");
    const budget = page.getByTestId("budget-table");
    await expect(budget.getByRole("row", { name: /Pavia · Tutte le aree/ })).toContainText(
      "20.000,00 €",
    );
    await expect(budget.getByRole("row", { name: /Tutti i comuni · Tutte le aree/ })).toContainText(
      "30.000,00 €",
    );
    await expect(budget.getByRole("row", { name: /Totale/ })).toContainText("50.000,00 €");
    await expect(page.getByTestId("budget-per-comune")).toContainText("Non ripartito");
    await expect(page.getByTestId("bando-history")).toContainText("Bando creato");
    await expectNoA11yViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/bando-detail.png`, fullPage: true });

    // 3. In the list, with its window open and its money.
    await page.goto("/bandi");
    const row = page.getByTestId("bandi-table").getByRole("row", { name: new RegExp(titolo) });
    await expect(row).toContainText("aperto");
    await expect(row).toContainText("50.000,00 €");
    await expectNoA11yViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/bandi-list.png`, fullPage: true });

    // 4. Changed after the opening: the change is in the history, with before and after.
    await page.goto(detailUrl);
    await page.getByRole("link", { name: "Modifica" }).click();
    await expect(page).toHaveURL(/\/modifica$/);
    await expect(page.getByTestId("edit-after-opening")).toBeVisible();
    await expectNoA11yViolations(page);
    const edit = new BandoFormPage(page);
    await expect(edit.field("Titolo")).toHaveValue(titolo);
    await expect(edit.field("ISEE massimo (€)")).toHaveValue("25000");
    await edit.field("Voce 2: stanziamento (€)").fill("25000");
    await edit.field("Titolo").fill(`${titolo} (rettificato)`);
    await edit.submit.click();
    await expect(page).toHaveURL(/\?salvato=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${titolo} (rettificato)`);
    const history = page.getByTestId("bando-history");
    await expect(history).toContainText("Bando modificato");
    await expect(history).toContainText(`Titolo: «${titolo}» → «${titolo} (rettificato)»`);
    await expect(history).toContainText("Pavia · Tutte le aree: 20.000,00 € → 25.000,00 €");
    await expect(
      page.getByTestId("budget-table").getByRole("row", { name: /Totale/ }),
    ).toContainText("55.000,00 €");
    await expectNoA11yViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/bando-history.png`, fullPage: true });
  });

  test("un'assistente sociale legge il bando ma non può modificarlo", async ({ loginAs }) => {
    const coordinator = await loginAs("coordinatore");
    const id = await createBandoViaApi(coordinator);

    const worker = await loginAs("asPavia");
    await worker.goto(`/bandi/${id}`);
    await expect(worker.getByTestId("budget-table")).toBeVisible();
    await expect(worker.getByRole("link", { name: "Modifica" })).toHaveCount(0);
    await expectNoA11yViolations(worker);
    await worker.goto("/bandi");
    await expect(worker.getByRole("link", { name: "Nuovo bando" })).toHaveCount(0);

    for (const url of [`/bandi/${id}/modifica`, "/bandi/nuovo"]) {
      const res = await worker.request.get(url, { maxRedirects: 0 });
      expect(res.status(), url).toBe(404);
    }
    const patch = await worker.request.patch(`/api/v1/bandi/${id}`, {
      data: { titolo: "Titolo che non deve passare" },
    });
    expect(patch.status()).toBe(403);
    const after = await coordinator.request.get(`/api/v1/bandi/${id}`);
    expect(((await after.json()) as { titolo: string }).titolo).not.toBe(
      "Titolo che non deve passare",
    );
  });
});
