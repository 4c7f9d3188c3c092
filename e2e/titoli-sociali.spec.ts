import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { BandoFormPage, bandoTitle, romeDay } from "./support/bandi";
import { expect, test } from "./support/fixtures";
import { newPerson, registerPerson } from "./support/people";
import { historyItems, PROTOCOL, requestStatus } from "./support/requests";

const SHOTS = process.env.BANDI_SCREENSHOTS;
const DAY = 86_400_000;

/** Gives a person an ISEE sociosanitario, a L. 104 art. 3 c. 3 certificate and living at home. */
async function recordFacts(page: Page, personId: string, isee: number) {
  const headers = { origin: new URL(page.url()).origin };
  const filed = romeDay(-10);
  const serial = Math.random().toString(36).slice(2, 10).toUpperCase().padEnd(8, "0");
  const res = [
    await page.request.post(`/api/v1/persons/${personId}/isee`, {
      headers,
      data: {
        tipo: "sociosanitario",
        valore: isee,
        protocolloDsu: `INPS-ISEE-${filed.slice(0, 4)}-${serial}-00`,
        dataPresentazione: filed,
      },
    }),
    await page.request.post(`/api/v1/persons/${personId}/disabilities`, {
      headers,
      data: { codice: "l104_art3c3", dataRilascio: romeDay(-400) },
    }),
    await page.request.put(`/api/v1/persons/${personId}/conditions`, {
      headers,
      data: { componentiNucleo: 2, viveSolo: false, alDomicilio: true },
    }),
  ];
  for (const r of res) expect(r.status(), await r.text()).toBeLessThan(300);
}

/** Files an application under the bando through the form, after reading the live check. */
async function fileUnder(page: Page, personId: string, bando: string, expected: RegExp) {
  await page.goto(`/richieste/nuova?persona=${personId}`);
  await page
    .getByLabel(/^Misura/)
    .selectOption({ label: "Buono B2 caregiver familiare (Buono sociale)" });
  await page.getByLabel(/^Bando/).selectOption({ label: bando });
  await page.getByLabel("Il caregiver familiare convive con la persona assistita.").check();
  const preview = page.getByTestId("eligibility-preview");
  await expect(preview.getByTestId("eligibility-outcome")).toHaveText(expected);
  await expect(preview).toHaveAttribute("aria-busy", "false");
  await page
    .getByLabel(/^Bisogno e motivazione/)
    .fill("Caregiver convivente, carico assistenziale elevato.");
  return { preview, submit: page.getByRole("button", { name: "Presenta richiesta" }) };
}

async function filedId(page: Page) {
  await expect(page).toHaveURL(/\/richieste\/[0-9a-f-]{36}\?nuova=1$/);
  const text = (await page.getByTestId("request-created").textContent()) ?? "";
  const protocollo = PROTOCOL.exec(text)?.[1] as string;
  return { id: new URL(page.url()).pathname.split("/").pop() as string, protocollo };
}

test.describe("titoli sociali: dal bando alla graduatoria, con termini e lettere", () => {
  test.setTimeout(300_000);

  test("bando B2 a graduatoria: requisiti, graduatoria nei fondi, scorrimento, lettera PDF, termine scaduto", async ({
    loginAs,
    browser,
  }) => {
    // 1. The coordinator creates the bando: a ranking, 1.200 € for one buono of 100 € × 12.
    const coord = await loginAs("coordinatore");
    const titolo = bandoTitle("Misura B2");
    await coord.goto("/bandi/nuovo");
    const form = new BandoFormPage(coord);
    await form.fillGeneral({
      titolo,
      misura: "Buono B2 caregiver familiare",
      apertura: romeDay(0),
      chiusura: romeDay(30),
      importoMensile: "100",
      mesi: "12",
    });
    await form.field("Fine del periodo").fill(romeDay(365));
    await form.field("Graduatoria alla chiusura della finestra").check();
    await form.field("Limite di ISEE").check();
    await form.field("sociosanitario").check();
    await form.field("ISEE massimo (€)").fill("25000");
    await form.field("L'ISEE deve essere valido alla data della domanda").check();
    await form.form.getByRole("button", { name: "Aggiungi dichiarazione" }).click();
    await form
      .field("Dichiarazione 1: testo")
      .fill("Il caregiver familiare convive con la persona assistita.");
    // Leaving a field validates it: let that settle before clicking further down the form.
    await coord.keyboard.press("Tab");
    await expect(async () => form.field("Punti per fascia ISEE").check()).toPass();
    const addBand = form.form.getByRole("button", { name: "Aggiungi fascia" }).first();
    await addBand.click();
    await form.field("Fascia 1: ISEE fino a (€)").fill("10000");
    await form.field("Fascia 1: punti").fill("20");
    // Idempotent: a click that lands while the left field re-validates is tried again.
    const band2 = form.field("Fascia 2: ISEE fino a (€)");
    await expect(async () => {
      if ((await band2.count()) === 0) await addBand.click();
      await expect(band2).toBeVisible({ timeout: 2000 });
    }).toPass();
    await form.field("Fascia 2: ISEE fino a (€)").fill("25000");
    await form.field("Fascia 2: punti").fill("10");
    await form.field("Voce 1: stanziamento (€)").fill("1200");
    await form.submit.click();
    await expect(coord).toHaveURL(/\/bandi\/[0-9a-f-]{36}\?creato=1$/);
    const bandoUrl = coord.url().replace(/\?.*$/, "");
    await expect(coord.getByTestId("ranking-panel")).toContainText("Le domande sono aperte");

    // 2. The worker files three applications; the third is over the ISEE limit, with its reason.
    const worker = await loginAs("asPavia");
    const people = [];
    for (const isee of [5000, 15000, 30000]) {
      const id = await registerPerson(worker, newPerson({ comune: "Pavia" }));
      await recordFacts(worker, id, isee);
      people.push(id);
    }
    const filed = [];
    for (const [i, personId] of people.entries()) {
      const { preview, submit } = await fileUnder(
        worker,
        personId as string,
        titolo,
        i < 2 ? /^Ammissibile$/ : /^Non ammissibile$/,
      );
      if (i === 2) {
        const isee = preview
          .getByTestId("eligibility-lines")
          .getByRole("row", { name: /ISEE/ })
          .first();
        await expect(isee).toContainText("30.000,00 €");
        await expect(isee).toContainText("Non soddisfatto");
        await expectNoA11yViolations(worker);
        if (SHOTS)
          await worker.screenshot({ path: `${SHOTS}/filing-ineligible.png`, fullPage: true });
      }
      await submit.click();
      filed.push(await filedId(worker));
    }
    const [first, second, ineligible] = filed as [
      { id: string; protocollo: string },
      { id: string; protocollo: string },
      { id: string; protocollo: string },
    ];
    const card = worker.getByTestId("application-card");
    await expect(card.getByTestId("eligibility-outcome")).toHaveText("Non ammissibile");
    await expect(card.getByTestId("eligibility-lines")).toContainText("30.000,00 €");
    await expectNoA11yViolations(worker);
    if (SHOTS) await worker.screenshot({ path: `${SHOTS}/request-ineligible.png`, fullPage: true });

    // 3. The window closes, the ranking is made and approvals stop at the budget.
    await coord.goto(bandoUrl);
    coord.once("dialog", (d) => d.accept());
    await coord.getByRole("button", { name: "Chiudi le domande" }).click();
    await expect(coord.getByTestId("ranking-message")).toHaveText(
      "Finestra di presentazione chiusa.",
    );
    await coord.getByRole("button", { name: "Produci la graduatoria" }).click();
    await expect(coord.getByTestId("ranking-message")).toHaveText(
      "Graduatoria prodotta: approvate 1, in lista d'attesa 1, non ammissibili 1.",
    );
    const ranking = coord.getByTestId("ranking-table");
    await expect(ranking.getByRole("row", { name: first.protocollo })).toContainText(
      "Ammessa e finanziata",
    );
    await expect(ranking.getByRole("row", { name: second.protocollo })).toContainText(
      "In lista d'attesa",
    );
    await expect(ranking).not.toContainText(ineligible.protocollo);
    await expect(
      coord.getByTestId("budget-table").getByRole("row", { name: /Totale/ }),
    ).toContainText("1.200,00 €");
    await expectNoA11yViolations(coord);
    if (SHOTS) await coord.screenshot({ path: `${SHOTS}/bando-ranking.png`, fullPage: true });
    await coord.getByRole("link", { name: "Versione stampabile" }).click();
    await expect(coord.getByTestId("ranking-table")).toContainText(first.protocollo);
    await expectNoA11yViolations(coord);
    await coord.goto(bandoUrl);
    await coord.getByRole("button", { name: "Pubblica la graduatoria" }).click();
    await expect(coord.getByTestId("ranking-message")).toHaveText("Graduatoria pubblicata.");
    const anon = await browser.newContext();
    const citizen = await anon.newPage();
    await citizen.goto(`${new URL(coord.url()).origin}/graduatorie/${bandoUrl.split("/").pop()}`);
    await expect(citizen.getByTestId("ranking-table")).toContainText(first.protocollo);
    await expect(citizen.locator("main")).not.toContainText(/Via |INPS-ISEE/);
    await expectNoA11yViolations(citizen);
    await anon.close();

    // 4. The first renounces; the second moves up from the waiting list.
    await worker.goto(`/richieste/${second.id}`);
    await expect(requestStatus(worker)).toHaveText("In lista d'attesa");
    await worker.goto(`/richieste/${first.id}`);
    await expect(requestStatus(worker)).toHaveText("Approvata");
    await worker.getByLabel(/^Motivazione/).fill("Il beneficiario rinuncia: trasferito in RSA.");
    await worker.getByRole("button", { name: "Registra rinuncia" }).click();
    await expect(requestStatus(worker)).toHaveText("Rinunciata");
    await worker.goto(`/richieste/${second.id}`);
    await expect(requestStatus(worker)).toHaveText("Approvata");
    await expect(historyItems(worker).last()).toContainText("Scorrimento della graduatoria");
    await expectNoA11yViolations(worker);

    // 5. The approval letter downloads as a PDF.
    const [download] = await Promise.all([
      worker.waitForEvent("download"),
      worker
        .getByRole("link", { name: /Scarica PDF/ })
        .first()
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(download.suggestedFilename()).not.toMatch(/[A-Z][a-z]+ [A-Z]/);
    const pdf = await readFile((await download.path()) as string);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    if (SHOTS) await worker.screenshot({ path: `${SHOTS}/request-approved.png`, fullPage: true });

    // 6. The ineligible one is still undecided: 45 days later its term has passed.
    await worker.goto(`/richieste/${ineligible.id}`);
    await expect(worker.getByTestId("term-status")).toContainText(/mancano \d+ giorni/);
    await expect(worker.getByTestId("overdue-flag")).toHaveCount(0);
    const later = await (
      await browser.newContext({ storageState: await worker.context().storageState() })
    ).newPage();
    await later.clock.install({ time: new Date(Date.now() + 45 * DAY) });
    await later.goto(`/richieste/${ineligible.id}`);
    await expect(later.getByTestId("overdue-flag")).toContainText("Scaduto");
    await expectNoA11yViolations(later);
    if (SHOTS) await later.screenshot({ path: `${SHOTS}/request-overdue.png`, fullPage: true });
    await later.context().close();
  });
});
