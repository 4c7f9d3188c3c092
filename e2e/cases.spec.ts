import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { expectProblem } from "./support/api";
import { expect, test } from "./support/fixtures";
import { newPerson, registerPerson } from "./support/people";

const label = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
const shot = (page: Page, name: string) =>
  process.env.E2E_SHOTS
    ? page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true })
    : Promise.resolve();

async function changeStatus(page: Page, action: string, motivo: string, expected: string) {
  const form = page.getByTestId("case-status-form");
  await form.getByLabel(label("Cosa vuoi fare")).selectOption({ label: action });
  await form.getByLabel(label("Motivo")).fill(motivo);
  await form.getByRole("button", { name: "Conferma" }).click();
  await expect(page.getByTestId("case-status").first()).toHaveAttribute("data-status", expected);
}

test.describe("presa in carico e trasferimento", () => {
  test("Pavia apre, sospende e riprende una cartella; Cava Manara accetta il trasferimento", async ({
    loginAs,
  }) => {
    test.setTimeout(240_000);
    const person = newPerson();
    const pavia = await loginAs("asPavia");
    const personId = await registerPerson(pavia, person);

    // Opening a cartella with the keyboard only: the summary, the area, the reason, submit.
    const summary = pavia.getByText("Apri una nuova cartella");
    await summary.focus();
    await pavia.keyboard.press("Enter");
    const form = pavia.getByTestId("open-case-form");
    await form.getByRole("button", { name: "Apri la cartella" }).focus();
    await pavia.keyboard.press("Enter");
    const area = form.getByLabel(label("Area d'intervento"));
    await expect(area).toHaveAttribute("aria-invalid", "true");
    await expect(area).toHaveAccessibleDescription(/area/i);
    await expectNoA11yViolations(pavia);
    await area.focus();
    await pavia.keyboard.press("ArrowDown");
    await expect(area).toHaveValue("anziani");
    await pavia.keyboard.press("Tab");
    await expect(form.getByLabel(label("Motivo della presa in carico"))).toBeFocused();
    await pavia.keyboard.type("Segnalazione del medico di base.");
    await pavia.keyboard.press("Tab");
    await expect(form.getByRole("button", { name: "Apri la cartella" })).toBeFocused();
    await pavia.keyboard.press("Enter");

    await expect(pavia).toHaveURL(/\/cartelle\/[0-9a-f-]{36}$/);
    const caseUrl = new URL(pavia.url()).pathname;
    await expect(pavia.getByRole("heading", { level: 1 })).toHaveText(
      `${person.cognome} ${person.nome}`,
    );
    await expect(pavia).toHaveTitle(/^Cartella sociale/);
    await expect(pavia.getByTestId("case-event")).toHaveCount(1);
    await expectNoA11yViolations(pavia);

    // Closing needs a reason.
    const statusForm = pavia.getByTestId("case-status-form");
    await statusForm
      .getByLabel(label("Cosa vuoi fare"))
      .selectOption({ label: "Chiudi la cartella" });
    await statusForm.getByRole("button", { name: "Conferma" }).click();
    const motivo = statusForm.getByLabel(label("Motivo"));
    await expect(motivo).toHaveAttribute("aria-invalid", "true");
    await expect(motivo).toHaveAccessibleDescription(/motivo della chiusura/);

    await changeStatus(pavia, "Sospendi la cartella", "Ricovero ospedaliero.", "sospesa");
    await expect(pavia.getByTestId("case-status-saved")).toBeVisible();
    await changeStatus(pavia, "Riprendi la cartella", "Dimessa.", "aperta");
    await expect(pavia.getByTestId("case-event")).toHaveCount(3);
    await expect(pavia.getByTestId("case-history")).toContainText("Ricovero ospedaliero.");
    await expectNoA11yViolations(pavia);
    await shot(pavia, "case-overview");

    // The same through the API.
    const caseId = caseUrl.split("/").pop() as string;
    const origin = new URL(pavia.url()).origin;
    const overview = await pavia.request.get(`/api/v1/cases/${caseId}`);
    expect(overview.status()).toBe(200);
    expect(await overview.json()).toMatchObject({ stato: "aperta", history: expect.any(Array) });
    await expectProblem(
      await pavia.request.post(`/api/v1/cases/${caseId}/status`, {
        data: { azione: "chiudi" },
        headers: { origin },
      }),
      422,
    );
    const listed = await pavia.request.get(`/api/v1/persons/${personId}/cases`);
    expect((await listed.json()).rows).toHaveLength(1);

    // The transfer request, from the person page.
    await pavia.goto(`/persone/${personId}`);
    await expect(pavia.getByTestId("person-case")).toHaveCount(1);
    await pavia.getByText("Trasferisci in un altro comune del distretto").click();
    const transfer = pavia.getByTestId("transfer-form");
    await transfer
      .getByLabel(label("Comune di destinazione"))
      .selectOption({ label: "Cava Manara" });
    await transfer.getByLabel(label("Motivo del trasferimento")).fill("Va a vivere con la figlia.");
    await transfer.getByLabel(label("Nuovo indirizzo")).fill("Via Roma 12");
    await transfer.getByRole("button", { name: "Chiedi il trasferimento" }).click();
    await expect(pavia.getByTestId("transfer-pending")).toContainText("Cava Manara");
    await expectNoA11yViolations(pavia);
    await shot(pavia, "person-cases");

    await pavia.goto("/trasferimenti");
    const outgoing = pavia
      .getByTestId("transfers-out")
      .getByTestId("transfer")
      .filter({
        hasText: `${person.cognome} ${person.nome}`,
      });
    await expect(outgoing).toHaveAttribute("data-status", "in_attesa");
    await expectNoA11yViolations(pavia);

    // Cava Manara sees it with what it needs, and accepts.
    const cava = await loginAs("asCavaManara");
    await expect(cava.getByRole("link", { name: "Trasferimenti" })).toBeVisible();
    await cava.goto("/trasferimenti");
    const incoming = cava
      .getByTestId("transfers-in")
      .getByTestId("transfer")
      .filter({
        hasText: `${person.cognome} ${person.nome}`,
      });
    await expect(incoming).toContainText("Anziani");
    await expect(incoming).toContainText("Va a vivere con la figlia.");
    await expectNoA11yViolations(cava);
    await shot(cava, "transfers");
    await incoming.getByRole("button", { name: "Accetta la presa in carico" }).click();
    // The list refreshes with the action: the transfer is accepted and links to the person.
    await expect(incoming).toHaveAttribute("data-status", "accettato");
    await incoming.getByRole("link", { name: "Apri la scheda della persona" }).click();
    await expect(cava).toHaveURL(new RegExp(`/persone/${personId}$`));
    await expect(cava.getByText("Via Roma 12, Cava Manara")).toBeVisible();
    await cava.getByRole("link", { name: "Apri la cartella Anziani" }).click();
    await expect(cava).toHaveURL(new RegExp(`${caseUrl}$`));
    const events = cava.getByTestId("case-event");
    await expect(events).toHaveCount(4);
    await expect(events.first()).toHaveAttribute("data-event", "trasferita");
    await expect(events.first()).toContainText("da Pavia a Cava Manara");
    await expect(events.last()).toHaveAttribute("data-event", "aperta");
    await expect(events.last()).toContainText("Chiara Valli");
    await expect(cava.getByTestId("team-member")).toHaveText(/Davide Poggi/);
    await expectNoA11yViolations(cava);

    // Pavia no longer reaches the person or the cartella.
    await expectProblem(await pavia.request.get(`/api/v1/cases/${caseId}`), 404);
    const gone = await pavia.goto(caseUrl);
    expect(gone?.status()).toBe(404);
    await expectProblem(
      await cava.request.post(`/api/v1/transfers/${caseId}/bogus`, { headers: { origin } }),
      404,
    );
  });
});
