import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import {
  newPerson,
  otherBirthDate,
  PersonFormPage,
  registerPerson,
  withWrongCheckCharacter,
} from "./support/people";

test.describe("registrazione di una persona", () => {
  test("il codice fiscale è controllato, poi la persona è registrata", async ({ loginAs }) => {
    const page = await loginAs("asPavia");
    const person = newPerson();
    const form = new PersonFormPage(page);
    await form.goto();

    // 1. A wrong check character: refused on the codice fiscale field.
    await form.fill(person, { codiceFiscale: withWrongCheckCharacter(person.codiceFiscale) });
    await form.submit.click();
    await expect(form.codiceFiscale).toHaveAttribute("aria-invalid", "true");
    await expect(form.codiceFiscale).toHaveAccessibleDescription(/carattere di controllo/);
    await expect(form.fieldErrors()).toHaveCount(1);
    await expect(page).toHaveURL(/\/persone\/nuova$/);
    await expectNoA11yViolations(page);

    // 2. The right code, but sex and birth date that contradict it.
    await form.codiceFiscale.fill(person.codiceFiscale);
    await form.sesso.selectOption({ label: person.sesso === "F" ? "Maschio" : "Femmina" });
    await form.dataNascita.fill(otherBirthDate(person.dataNascita));
    await form.submit.click();
    await expect(form.sesso).toHaveAccessibleDescription(/sesso non corrisponde/);
    await expect(form.dataNascita).toHaveAccessibleDescription(/data di nascita non corrisponde/);
    await expect(form.sesso).toHaveAttribute("aria-invalid", "true");
    await expect(form.dataNascita).toHaveAttribute("aria-invalid", "true");
    await expect(form.codiceFiscale).toHaveAttribute("aria-invalid", "false");
    await expect(form.fieldErrors()).toHaveCount(2);
    await expect(page).toHaveURL(/\/persone\/nuova$/);
    await expectNoA11yViolations(page);

    // Nothing was created: the search does not find the person.
    await page.goto("/persone");
    await expectNoA11yViolations(page);
    await page.getByLabel(/^Codice fiscale o cognome e nome/).fill(person.codiceFiscale);
    await page.getByRole("button", { name: "Cerca" }).click();
    await expect(page.getByTestId("search-empty")).toBeVisible();

    // 3. Consistent data: registered, and the record opens.
    await form.goto();
    await form.fill(person);
    await form.submit.click();
    await expect(page).toHaveURL(/\/persone\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `${person.cognome} ${person.nome}`,
    );
    await expect(page.getByText(person.codiceFiscale, { exact: true })).toBeVisible();
    await expect(page.getByText(`Residente a ${person.comune}`)).toBeVisible();
    await expectNoA11yViolations(page);

    // The search now finds exactly this person.
    const personUrl = page.url();
    await page.goto("/persone");
    await page.getByLabel(/^Codice fiscale o cognome e nome/).fill(person.codiceFiscale);
    await page.getByRole("button", { name: "Cerca" }).click();
    const results = page.getByTestId("search-results").getByRole("link");
    await expect(results).toHaveCount(1);
    await expect(results).toHaveText(`${person.cognome} ${person.nome}`);
    await expectNoA11yViolations(page);
    await results.click();
    await expect(page).toHaveURL(personUrl);
  });

  test("lo stesso codice fiscale non si registra due volte", async ({ loginAs }) => {
    const page = await loginAs("asPavia");
    const person = newPerson();
    const existingId = await registerPerson(page, person);

    const form = new PersonFormPage(page);
    await form.goto();
    // Same code, other spelling of the names: still the same person.
    await form.fill({ ...person, cognome: `${person.cognome}x`, nome: `${person.nome}y` });
    await form.submit.click();
    await expect(form.formError).toBeVisible();
    await expect(form.formError).toContainText("già registrata");
    await expect(form.codiceFiscale).toHaveAccessibleDescription(/già registrata/);
    await expect(page).toHaveURL(/\/persone\/nuova$/);
    await expectNoA11yViolations(page);

    const link = form.formError.getByRole("link", { name: /scheda della persona già registrata/ });
    await expect(link).toHaveAttribute("href", `/persone/${existingId}`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/persone/${existingId}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `${person.cognome} ${person.nome}`,
    );
    await expectNoA11yViolations(page);
  });
});
