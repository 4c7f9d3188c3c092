import { expectNoA11yViolations } from "./support/a11y";
import { USERS } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { columnCells, historyItems, personWithRequest, requestStatus } from "./support/requests";

test.describe("presentazione e decisione di una richiesta", () => {
  test("l'assistente sociale presenta, il coordinatore istruisce e approva", async ({
    loginAs,
  }) => {
    const worker = await loginAs("asPavia");
    const filed = await personWithRequest(worker, { misura: "Buono B2 assistente personale" });
    await expect(requestStatus(worker)).toHaveText("Presentata");
    await expect(worker.getByRole("heading", { level: 1 })).toHaveText(
      `Richiesta ${filed.protocollo}`,
    );
    await expect(historyItems(worker)).toHaveCount(1);

    // The coordinator finds it in the district queue, filtered by status.
    const coord = await loginAs("coordinatore");
    await coord.goto("/richieste");
    await expectNoA11yViolations(coord);
    await coord.getByLabel("Stato").selectOption({ label: "Presentata" });
    await coord.getByRole("button", { name: "Filtra" }).click();
    await expect(coord).toHaveURL(/[?&]stato=presentata\b/);
    const table = coord.getByTestId("requests-table");
    const link = table.getByRole("link", { name: filed.protocollo, exact: true });
    await expect(link).toBeVisible();
    const stati = await columnCells(table, "Stato");
    for (const text of await stati.allInnerTexts()) expect(text.trim()).toBe("Presentata");
    await expectNoA11yViolations(coord);
    await link.click();
    await expect(coord).toHaveURL(new RegExp(`/richieste/${filed.id}$`));
    await expect(requestStatus(coord)).toHaveText("Presentata");
    await expectNoA11yViolations(coord);

    // Istruttoria.
    await coord.getByRole("button", { name: "Avvia istruttoria" }).click();
    await expect(requestStatus(coord)).toHaveText("In istruttoria");
    await expect(historyItems(coord)).toHaveCount(2);
    await expectNoA11yViolations(coord);

    // Approving needs a written reason (L. 241/1990 art. 3).
    const motivazione = coord.getByLabel(/^Motivazione/);
    await expect(motivazione).toHaveValue("");
    await coord.getByRole("button", { name: "Approva" }).click();
    await expect(motivazione).toHaveAttribute("aria-invalid", "true");
    await expect(motivazione).toHaveAccessibleDescription(/Scrivi la motivazione/);
    await expect(coord.getByTestId("field-error")).toContainText("obbligatoria");
    await expect(requestStatus(coord)).toHaveText("In istruttoria");
    await expect(coord.getByTestId("decision-reason")).toHaveCount(0);
    await expectNoA11yViolations(coord);

    const reason = `ISEE entro soglia, valutazione favorevole (rif. ${filed.protocollo}).`;
    await motivazione.fill(reason);
    await coord.getByRole("button", { name: "Approva" }).click();
    await expect(requestStatus(coord)).toHaveText("Approvata");
    await expect(coord.getByTestId("decision-reason")).toHaveText(reason);
    await expect(coord.getByTestId("field-error")).toHaveCount(0);

    // Every step is in the history: who, what, why.
    const history = historyItems(coord);
    await expect(history).toHaveCount(3);
    await expect(history.nth(0)).toContainText("Presenta");
    await expect(history.nth(0)).toContainText(USERS.asPavia.nome);
    await expect(history.nth(1)).toContainText("Avvia istruttoria");
    await expect(history.nth(1)).toContainText("Presentata → In istruttoria");
    await expect(history.nth(1)).toContainText(USERS.coordinatore.nome);
    await expect(history.nth(2)).toContainText("Approva");
    await expect(history.nth(2)).toContainText("In istruttoria → Approvata");
    await expect(history.nth(2)).toContainText(reason);
    await expectNoA11yViolations(coord);

    // The social worker sees the decision and its reason.
    await worker.goto(`/richieste/${filed.id}`);
    await expect(requestStatus(worker)).toHaveText("Approvata");
    await expect(worker.getByTestId("decision-reason")).toHaveText(reason);
    await expect(historyItems(worker)).toHaveCount(3);
    await expectNoA11yViolations(worker);
  });

  test("il coordinatore respinge una richiesta dopo il preavviso e le osservazioni", async ({
    loginAs,
  }) => {
    const worker = await loginAs("asPavia");
    const filed = await personWithRequest(worker, {
      misura: "Trasporto sociale",
      importoMensile: "60",
      mesi: "6",
    });

    const coord = await loginAs("coordinatore");
    await coord.goto(`/richieste/${filed.id}`);
    await expect(requestStatus(coord)).toHaveText("Presentata");
    await expectNoA11yViolations(coord);
    // No rejection without a preavviso first (L. 241/1990 art. 10-bis).
    await expect(coord.getByRole("button", { name: "Respingi" })).toHaveCount(0);

    // The preavviso needs its reason too.
    await coord.getByRole("button", { name: "Preavviso di rigetto" }).click();
    await expect(coord.getByLabel(/^Motivazione/)).toHaveAttribute("aria-invalid", "true");
    await expect(requestStatus(coord)).toHaveText("Presentata");
    const motivi = "ISEE superiore alla soglia prevista dal bando.";
    await coord.getByLabel(/^Motivazione/).fill(motivi);
    await coord.getByRole("button", { name: "Preavviso di rigetto" }).click();
    await expect(requestStatus(coord)).toHaveText("Preavviso di rigetto");
    await expect(coord.getByTestId("term-status")).toContainText("Termine sospeso");

    // Before the 10 days, a rejection waits for the observations.
    const reason = "ISEE superiore alla soglia; le osservazioni non portano elementi nuovi.";
    await coord.getByLabel(/^Motivazione/).fill(reason);
    await coord.getByRole("button", { name: "Respingi" }).click();
    await expect(coord.getByTestId("form-error")).toContainText("osservazioni");
    await expect(requestStatus(coord)).toHaveText("Preavviso di rigetto");
    await coord.getByLabel(/^Motivazione/).fill("Il richiedente conferma l'ISEE presentato.");
    await coord.getByRole("button", { name: "Registra osservazioni" }).click();
    await expect(historyItems(coord)).toHaveCount(3);
    await coord.getByLabel(/^Motivazione/).fill(reason);
    await coord.getByRole("button", { name: "Respingi" }).click();
    await expect(requestStatus(coord)).toHaveText("Respinta");
    await expect(coord.getByTestId("decision-reason")).toHaveText(reason);
    const history = historyItems(coord);
    await expect(history).toHaveCount(4);
    await expect(history.nth(3)).toContainText("Respingi");
    await expect(history.nth(3)).toContainText("Preavviso di rigetto → Respinta");
    await expect(history.nth(3)).toContainText(reason);
    // A rejection is final, and its letters are kept with the request.
    await expect(coord.getByText("Nessuna azione disponibile")).toBeVisible();
    await expect(coord.getByRole("button", { name: "Approva" })).toHaveCount(0);
    await expect(coord.getByText("Provvedimento di rigetto").first()).toBeVisible();
    await expectNoA11yViolations(coord);

    await worker.goto(`/richieste/${filed.id}`);
    await expect(requestStatus(worker)).toHaveText("Respinta");
    await expect(worker.getByTestId("decision-reason")).toHaveText(reason);
    await expectNoA11yViolations(worker);
  });
});
