import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { newPerson, PersonFormPage, registerPerson } from "./support/people";

/** Lowercase letters only: unique across runs, yet a plain word for the trigram search. */
function suffix(n = 5): string {
  const letters = "bcdfglmnprstvz";
  return Array.from({ length: n }, () => letters[Math.floor(Math.random() * letters.length)]).join(
    "",
  );
}

async function search(page: Page, text: string) {
  await page.goto("/persone");
  await page.getByLabel(/^Codice fiscale o cognome e nome/).fill(text);
  await page.getByRole("button", { name: "Cerca" }).click();
  return page.getByTestId("search-results");
}

test.describe("anagrafe senza doppioni", () => {
  test("la ricerca tollera errori di battitura e accenti", async ({ loginAs }) => {
    // Two registrations and three searches, each page checked with axe.
    test.setTimeout(240_000);
    const page = await loginAs("asPavia");
    const rossi = newPerson({ cognome: "Rossi", nome: `Maria${suffix()}` });
    await registerPerson(page, rossi);
    const results = await search(page, `rosi ${rossi.nome.toLowerCase()}`);
    await expect(results.getByRole("link", { name: `Rossi ${rossi.nome}` })).toBeVisible();
    await expectNoA11yViolations(page);

    const base = newPerson({ nome: "Niccolo" });
    const niccolo = { ...base, nome: "Niccolò" };
    await registerPerson(page, niccolo);
    const found = await search(page, `niccolo ${niccolo.cognome.toLowerCase()}`);
    await expect(found.getByRole("link", { name: `${niccolo.cognome} Niccolò` })).toBeVisible();

    const byBirth = await search(page, niccolo.dataNascita.split("-").reverse().join("/"));
    await expect(byBirth.getByRole("link", { name: `${niccolo.cognome} Niccolò` })).toBeVisible();
  });

  test("prima di registrare mostra le persone simili", async ({ loginAs }) => {
    test.setTimeout(240_000);
    const page = await loginAs("asPavia");
    const first = newPerson({ cognome: `Verdi${suffix()}`, luogoNascita: "G388" });
    const firstId = await registerPerson(page, first);

    // Same birth date, a typo in the surname, another birthplace (hence another codice fiscale).
    const near = newPerson({
      cognome: first.cognome.slice(0, -1),
      nome: first.nome,
      sesso: first.sesso,
      dataNascita: first.dataNascita,
      luogoNascita: "F205",
    });
    const form = new PersonFormPage(page);
    await form.goto();
    await form.fill(near);
    await form.submit.click();
    const warning = page.getByTestId("likely-duplicates");
    await expect(warning).toBeVisible();
    await expect(
      warning.getByRole("link", { name: `${first.cognome} ${first.nome}` }),
    ).toHaveAttribute("href", `/persone/${firstId}`);
    await expect(page).toHaveURL(/\/persone\/nuova$/);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: "test-results/registry-duplicates.png", fullPage: true });

    // A worker of another comune learns only that a similar person exists elsewhere.
    const cava = await loginAs("asCavaManara");
    const cavaForm = new PersonFormPage(cava);
    await cavaForm.goto();
    await cavaForm.fill({ ...near, comune: "Cava Manara" });
    await cavaForm.submit.click();
    const elsewhere = cava.getByTestId("likely-duplicates");
    await expect(elsewhere).toContainText("Esiste già una persona simile in un altro comune");
    await expect(elsewhere).not.toContainText(first.cognome);

    // Confirmed as someone else: registered.
    await page.getByRole("button", { name: "È una persona diversa: registra" }).click();
    await expect(page).toHaveURL(/\/persone\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `${near.cognome} ${near.nome}`,
    );
  });

  test("il coordinatore unisce due schede della stessa persona", async ({ loginAs }) => {
    // Two logins, the coordinator's with an authenticator code that may take up to 30 s.
    test.setTimeout(240_000);
    const worker = await loginAs("asPavia");
    const cognome = `Gialli${suffix()}`;
    const keepId = await registerPerson(worker, newPerson({ cognome, nome: "Luca" }));
    const dropId = await registerPerson(worker, newPerson({ cognome, nome: "Lucca" }));
    await worker.goto(`/persone/${dropId}`);
    await expect(worker.getByRole("link", { name: "Unisci a un'altra scheda" })).toHaveCount(0);
    await worker.goto(`/persone/${dropId}/unisci`);
    await expect(worker.getByRole("heading", { name: "Unisci due schede" })).toHaveCount(0);

    const page = await loginAs("coordinatore");
    await page.goto(`/persone/${dropId}`);
    await page.getByRole("link", { name: "Unisci a un'altra scheda" }).click();
    await expect(page.getByRole("heading", { name: "Unisci due schede", level: 1 })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByLabel(/^Codice fiscale o cognome e nome/).fill(`${cognome} luca`);
    await page.getByRole("button", { name: "Cerca" }).click();
    await page
      .getByTestId("merge-results")
      .getByRole("link", { name: `Scegli questa: ${cognome} Luca` })
      .click();
    await expect(page.getByTestId("merge-compare")).toContainText(`${cognome} Lucca`);
    await expect(page.getByTestId("merge-compare")).toContainText(`${cognome} Luca`);
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Unisci le schede" }).click();
    await expect(page.getByTestId("field-error")).toBeVisible();
    await page.getByLabel(/^Motivo dell'unione/).fill("Stessa persona registrata due volte.");
    await page.screenshot({ path: "test-results/registry-merge.png", fullPage: true });
    await page.getByRole("button", { name: "Unisci le schede" }).click();
    await expect(page).toHaveURL(new RegExp(`/persone/${keepId}$`));

    await page.goto(`/persone/${dropId}`);
    await expect(page.getByTestId("merged-notice")).toBeVisible();
    await expectNoA11yViolations(page);
    const results = await search(page, `${cognome} luca`);
    await expect(results.getByRole("link")).toHaveCount(1);
  });
});
