import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { newPerson, registerPerson } from "./support/people";

const label = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
const shot = (page: Page, name: string) =>
  process.env.E2E_SHOTS
    ? page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true })
    : Promise.resolve();

test.describe("nucleo, valutazione e progetto della cartella sociale", () => {
  test("l'assistente sociale apre una cartella e aggiunge un componente del nucleo, una valutazione, un progetto e una voce di diario", async ({
    loginAs,
  }) => {
    test.setTimeout(240_000);
    const page = await loginAs("asPavia");
    const spouse = newPerson({ dataNascita: "1950-04-12" });
    await registerPerson(page, spouse);
    const personId = await registerPerson(page, newPerson({ dataNascita: "1948-09-03" }));

    // Household: the member is found through the registry search, then the relation.
    await expect(page.getByRole("heading", { name: "Nucleo familiare e rete" })).toBeVisible();
    await page.getByText("Aggiungi un componente del nucleo").click();
    await page.getByRole("button", { name: "Aggiungi al nucleo" }).click();
    await expect(page.getByLabel(label("Persona"))).toHaveAccessibleDescription(
      /Scegli la persona/,
    );
    await page
      .getByLabel(label("Cerca per cognome e nome, codice fiscale o data di nascita"))
      .fill(spouse.codiceFiscale);
    await page.getByRole("button", { name: "Cerca", exact: true }).click();
    const choose = page.getByLabel(label("Persona"));
    await expect(choose.locator("option")).toHaveCount(2);
    await choose.selectOption({ index: 1 });
    await page.getByLabel(label("Relazione")).first().selectOption({ label: "Coniuge" });
    await page.getByRole("button", { name: "Aggiungi al nucleo" }).click();
    await expect(page.getByTestId("member-saved")).toBeVisible();
    const member = page.getByTestId("link-nucleo");
    await expect(member).toContainText(`${spouse.cognome} ${spouse.nome}`);
    await expect(member).toContainText("Coniuge");
    // The nucleo feeds the household facts of the bandi.
    await expect(page.getByTestId("household-size")).toContainText("2 componenti");
    await expect(page.getByTestId("living-conditions")).toContainText("2 persone");
    await expect(page.getByTestId("household-prefill")).toContainText("Dal nucleo: 2 componenti");
    // The relation select is emptied for the next member.
    await expect(page.getByLabel(label("Relazione")).first()).toHaveValue("");

    // The network: a service described by name does not change the household.
    await page.getByText("Aggiungi un contatto della rete").click();
    await page.getByLabel(label("Relazione")).nth(1).selectOption({ label: "Servizio" });
    await page.getByLabel(label("Nome o servizio")).fill("CPS di Pavia");
    await page.getByLabel(label("Contatto")).fill("0382 431111");
    await page.getByRole("button", { name: "Aggiungi alla rete" }).click();
    await expect(page.getByTestId("link-rete")).toContainText("CPS di Pavia");
    await expect(page.getByTestId("household-size")).toContainText("2 componenti");
    await expectNoA11yViolations(page);
    await shot(page, "household");

    // The presa in carico, from the person page.
    await page.getByText("Apri una nuova cartella").click();
    const openForm = page.getByTestId("open-case-form");
    await openForm.getByLabel(label("Area d'intervento")).selectOption("anziani");
    await openForm.getByLabel(label("Motivo della presa in carico")).fill("Segnalazione del MMG.");
    await openForm.getByRole("button", { name: "Apri la cartella" }).click();
    await expect(page).toHaveURL(/\/cartelle\/[0-9a-f-]{36}$/);
    const caseId = new URL(page.url()).pathname.split("/")[2] as string;
    expect(personId).toBeTruthy();
    await page.getByRole("link", { name: "Valutazione e progetto" }).click();
    await expect(page.getByRole("link", { name: "Valutazione e progetto" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByText("Nessuna valutazione registrata.")).toBeVisible();
    await expectNoA11yViolations(page);

    // The assessment, with the keyboard only.
    const summary = page.getByText("Nuova valutazione");
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText(/scheda SINA \(persona adulta\)/)).toBeVisible();
    const submit = page.getByRole("button", { name: "Registra la valutazione" });
    await submit.focus();
    await page.keyboard.press("Enter");
    const mobility = page.getByRole("group", { name: "Mobilità" });
    await expect(mobility).toHaveAccessibleDescription("Scegli una risposta per «Mobilità».");
    await expectNoA11yViolations(page);
    await mobility.getByRole("radio").first().focus();
    // Arrows move within a group and select; Tab goes on to the next group.
    await page.keyboard.press("ArrowDown");
    await expect(mobility.getByLabel("Si sposta assistito")).toBeChecked();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      await page.keyboard.press("Space");
    }
    await page.keyboard.press("Tab");
    await page.keyboard.type("Parzialmente autonoma; la moglie assiste, stanca.");
    await page.keyboard.press("Tab");
    await expect(submit).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("assessment-saved")).toBeVisible();
    const latest = page.getByTestId("latest-assessment");
    await expect(latest).toContainText("Si sposta assistito");
    await expect(latest).toContainText("Autonomo e in equilibrio finanziario");
    await expect(latest).toContainText("la moglie assiste");

    // The plan: a goal is required, more can be added.
    await page.getByText("Nuovo progetto").click();
    await page.getByLabel(label("Titolo del progetto")).fill("Sostegno alla domiciliarità");
    const goals = page.getByTestId("goal-fields");
    await goals.first().getByLabel(label("Descrizione")).fill("Restare al domicilio in sicurezza");
    await page.getByRole("button", { name: "Aggiungi un obiettivo" }).click();
    await expect(goals).toHaveCount(2);
    await page.getByRole("button", { name: "Apri il progetto" }).click();
    await expect(goals.nth(1).getByLabel(label("Descrizione"))).toHaveAccessibleDescription(
      "Descrivi l'obiettivo.",
    );
    await goals.nth(1).getByLabel(label("Descrizione")).fill("Sollievo alla moglie");
    await goals.nth(1).getByLabel(label("Indicatore")).fill("Due pomeriggi liberi a settimana");
    await page.getByRole("button", { name: "Aggiungi un intervento" }).click();
    await page
      .getByRole("group", { name: "Intervento 1" })
      .getByLabel(label("Descrizione"))
      .fill("Visita domiciliare mensile");
    await page.getByRole("button", { name: "Apri il progetto" }).click();
    const plan = page.getByTestId("active-plan");
    await expect(plan).toContainText("Sostegno alla domiciliarità");
    await expect(plan.getByTestId("goal")).toHaveCount(2);
    await expect(plan.getByTestId("intervention")).toContainText("Visita domiciliare mensile");
    await expect(plan.getByTestId("next-review")).toHaveAttribute("data-overdue", "false");

    // A goal's outcome, then a review that moves the next one.
    await plan.getByLabel("Esito dell'obiettivo 1").selectOption({ label: "Raggiunto" });
    await expect(plan.getByText("Esito salvato.")).toBeVisible();
    await page.getByText("Registra verifica").click();
    await page.getByLabel(label("Esito della verifica")).fill("Primo mese regolare.");
    const next = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel(label("Prossima verifica")).fill(next);
    await page.getByRole("button", { name: "Registra la verifica" }).click();
    await expect(plan.getByTestId("review")).toContainText("Primo mese regolare.");
    await page.reload();
    await expect(page.getByTestId("active-plan").getByTestId("goal").first()).toBeVisible();
    await expectNoA11yViolations(page);
    await shot(page, "case-plan");

    // And the diario sociale of the same cartella: the first colloquio.
    await page.getByRole("link", { name: "Diario" }).click();
    await expect(page).toHaveURL(new RegExp(`/cartelle/${caseId}/diario$`));
    await page.getByText("Nuova voce", { exact: true }).click();
    await page.getByLabel(label("Tipo")).selectOption({ label: "Visita domiciliare" });
    await page.getByLabel(label("Testo")).fill("Prima visita: casa adeguata, moglie presente.");
    await page.getByRole("button", { name: "Aggiungi al diario" }).click();
    await expect(page.getByTestId("diary-saved")).toBeVisible();
    await expect(page.getByTestId("diary-entry")).toContainText("Prima visita: casa adeguata");
    await expectNoA11yViolations(page);
  });

  test("il comune vede la cartella ma non valutazione e progetto", async ({ loginAs }) => {
    // A cartella of Pavia, opened by Pavia's worker through the API.
    const worker = await loginAs("asPavia");
    const personId = await registerPerson(worker, newPerson());
    const opened = await worker.request.post(`/api/v1/persons/${personId}/cases`, {
      data: { area: "anziani" },
    });
    expect(opened.status()).toBe(201);
    const { id: caseId } = (await opened.json()) as { id: string };

    // The comune administrator reads the cartella, but the tab is not offered and the page
    // answers as if absent.
    const page = await loginAs("comunePavia");
    await page.goto(`/cartelle/${caseId}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Valutazione e progetto" })).toHaveCount(0);
    const direct = await page.goto(`/cartelle/${caseId}/progetto`);
    expect(direct?.status()).toBe(404);
  });
});
