import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { expectProblem } from "./support/api";
import { expect, test } from "./support/fixtures";
import { registerPerson } from "./support/people";

const year = new Date().getFullYear();
const label = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
const protocol = (y: number) =>
  `INPS-ISEE-${y}-${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}K-00`;
const shot = (page: Page, name: string) =>
  process.env.E2E_SHOTS
    ? page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true })
    : Promise.resolve();

async function fillIsee(
  page: Page,
  v: { tipo: string; valore: string; protocollo: string; data: string },
) {
  await page.getByLabel(label("Tipo di ISEE")).selectOption({ label: v.tipo });
  await page.getByLabel(label("Valore ISEE (€)")).fill(v.valore);
  await page.getByLabel(label("Protocollo della DSU")).fill(v.protocollo);
  await page.getByLabel(label("Data di presentazione della DSU")).fill(v.data);
}

test.describe("condizioni per i bandi sulla scheda della persona", () => {
  test("l'assistente sociale registra ISEE, certificazione e condizioni di vita", async ({
    loginAs,
  }) => {
    // A long journey through three forms on a shared two-core machine.
    test.setTimeout(240_000);
    const page = await loginAs("asPavia");
    const personId = await registerPerson(page);
    await expect(page.getByRole("heading", { name: "Condizioni per i bandi" })).toBeVisible();
    await expect(page.getByText("Nessuna attestazione registrata.")).toBeVisible();

    // An invalid ISEE value: a field error, nothing recorded.
    await page.getByText("Aggiungi un'attestazione ISEE").click();
    await fillIsee(page, {
      tipo: "ISEE sociosanitario",
      valore: "-100",
      protocollo: protocol(year),
      data: `${year}-01-02`,
    });
    await expect(page.getByText(`Sarà valida fino al 31/12/${year}.`)).toBeVisible();
    await page.getByRole("button", { name: "Registra l'attestazione" }).click();
    const valore = page.getByLabel(label("Valore ISEE (€)"));
    await expect(valore).toHaveAttribute("aria-invalid", "true");
    await expect(valore).toHaveAccessibleDescription(/non può essere negativo/);
    await expectNoA11yViolations(page);
    await shot(page, "isee-field-error");
    await expect(page.getByTestId("isee-row")).toHaveCount(0);

    // Corrected: recorded, valid until 31 December.
    await valore.fill("8.500,50");
    await page.getByLabel(label("ISE (€)")).fill("13345,79");
    await page.getByLabel(label("Scala di equivalenza")).fill("1,57");
    await page.getByRole("button", { name: "Registra l'attestazione" }).click();
    await expect(page.getByTestId("isee-saved")).toContainText(
      `Attestazione registrata, valida fino al 31/12/${year}.`,
    );
    const valid = page.getByTestId("isee-row").filter({ hasText: "ISEE sociosanitario" });
    await expect(valid).toContainText(/8\.500,50\s€/);
    await expect(valid).toContainText(`31/12/${year}`);
    await expect(valid).toHaveAttribute("data-state", "current");
    await expect(valid.getByText("Valida", { exact: true })).toBeVisible();

    // Last year's DSU is recorded as expired, in words.
    await page.getByText("Aggiungi un'attestazione ISEE").click();
    await fillIsee(page, {
      tipo: "ISEE ordinario",
      valore: "12000",
      protocollo: protocol(year - 1),
      data: `${year - 1}-03-10`,
    });
    await page.getByRole("button", { name: "Registra l'attestazione" }).click();
    const expired = page.getByTestId("isee-row").filter({ hasText: "ISEE ordinario" });
    await expect(expired.getByText("Scaduta", { exact: true })).toBeVisible();
    await expect(page.getByTestId("isee-row")).toHaveCount(2);

    // A disability certification.
    await page.getByText("Aggiungi una certificazione").click();
    await page
      .getByLabel(label("Condizione certificata"))
      .selectOption({ label: "L. 104/1992 art. 3 c. 3 (handicap grave)" });
    await page.getByLabel(label("Data di rilascio")).fill(`${year - 2}-05-20`);
    await page
      .getByLabel(label("Ente che l'ha rilasciata"))
      .fill("Commissione medica INPS di Pavia");
    await page.getByRole("button", { name: "Registra la certificazione" }).click();
    await expect(page.getByTestId("disability-saved")).toBeVisible();
    const cert = page.getByTestId("disability-item");
    await expect(cert).toHaveCount(1);
    await expect(cert).toContainText("L. 104/1992 art. 3 c. 3 (handicap grave)");
    await expect(cert).toContainText(`Rilasciata il 20/05/${year - 2}`);

    // Living conditions: living alone contradicts a household of three.
    await page.getByText("Modifica le condizioni").click();
    const household = page.getByLabel(label("Componenti del nucleo familiare"));
    const livesAlone = page.getByRole("group", { name: "Vive sola/o" });
    const atHome = page.getByRole("group", { name: "Vive al proprio domicilio" });
    await household.fill("3");
    await livesAlone.getByLabel("Sì").check();
    await atHome.getByLabel("Sì").check();
    await page.getByRole("button", { name: "Salva le condizioni" }).click();
    await expect(livesAlone).toHaveAccessibleDescription(/nucleo di un componente/);
    await household.fill("1");
    await page.getByRole("button", { name: "Salva le condizioni" }).click();
    await expect(page.getByTestId("conditions-saved")).toBeVisible();
    const shown = page.getByTestId("living-conditions");
    await expect(shown).toContainText("1 persona");
    await expect(shown.getByText("Sì")).toHaveCount(2);

    await expectNoA11yViolations(page);
    await shot(page, "person-facts");

    // After a reload everything is still there.
    await page.reload();
    await expect(page.getByTestId("isee-row")).toHaveCount(2);
    await expect(page.getByTestId("disability-item")).toHaveCount(1);
    await expect(page.getByTestId("living-conditions")).toContainText("1 persona");

    // The comune's administrator reads them, without forms.
    const admin = await loginAs("comunePavia");
    await admin.goto(`/persone/${personId}`);
    await expect(admin.getByTestId("isee-row")).toHaveCount(2);
    await expect(admin.getByTestId("disability-item")).toHaveCount(1);
    await expect(admin.getByText("Aggiungi un'attestazione ISEE")).toHaveCount(0);
    await expect(admin.getByText("Modifica le condizioni")).toHaveCount(0);
    await expect(admin.getByRole("button", { name: /Elimina/ })).toHaveCount(0);
    await expectNoA11yViolations(admin);

    // A certification entered by mistake is removed after a confirmation.
    await cert.getByRole("button", { name: /Elimina/ }).click();
    await expect(page.getByRole("button", { name: "Sì, elimina" })).toBeFocused();
    await page.getByRole("button", { name: "Sì, elimina" }).click();
    await expect(page.getByTestId("disability-item")).toHaveCount(0);
    await expect(page.getByText("Nessuna certificazione registrata.")).toBeVisible();
  });

  test("l'API registra, rifiuta con errori per campo e non rivela persone di altri comuni", async ({
    loginAs,
  }) => {
    test.setTimeout(180_000);
    const page = await loginAs("asPavia");
    const personId = await registerPerson(page);
    const headers = { origin: new URL(page.url()).origin };
    const base = `/api/v1/persons/${personId}`;

    const bad = await page.request.post(`${base}/isee`, {
      headers,
      data: { tipo: "ordinario", valore: -1, protocolloDsu: "x", dataPresentazione: "2026-02-30" },
    });
    const problem = (await expectProblem(bad, 422)) as { errors?: Record<string, string[]> };
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual([
      "dataPresentazione",
      "protocolloDsu",
      "valore",
    ]);
    const created = await page.request.post(`${base}/isee`, {
      headers,
      data: {
        tipo: "corrente",
        valore: 7000.5,
        protocolloDsu: protocol(year),
        dataPresentazione: `${year}-01-02`,
      },
    });
    expect(created.status()).toBe(201);
    expect((await created.json()).scadenza).toBe(`${year}-07-02`);
    const list = await (await page.request.get(`${base}/isee`)).json();
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({ tipo: "corrente", valore: "7000.50" });

    const cert = await page.request.post(`${base}/disabilities`, {
      headers,
      data: { codice: "invalidita_100", dataRilascio: `${year - 1}-04-01` },
    });
    expect(cert.status()).toBe(201);
    const { id: certId } = await cert.json();

    await expectProblem(
      await page.request.put(`${base}/conditions`, {
        headers,
        data: { componentiNucleo: 2, viveSolo: true, alDomicilio: true },
      }),
      422,
    );
    const put = await page.request.put(`${base}/conditions`, {
      headers,
      data: { componentiNucleo: 2, viveSolo: false, alDomicilio: null },
    });
    expect(put.status()).toBe(200);
    expect(await put.json()).toMatchObject({ componentiNucleo: 2, viveSolo: false });

    // Another comune's worker: the person does not exist for them.
    const other = await loginAs("asCavaManara");
    const otherHeaders = { origin: new URL(other.url()).origin };
    await expectProblem(await other.request.get(`${base}/isee`), 404);
    await expectProblem(
      await other.request.delete(`${base}/disabilities/${certId}`, { headers: otherHeaders }),
      404,
    );

    const removed = await page.request.delete(`${base}/disabilities/${certId}`, { headers });
    expect(removed.status()).toBe(204);
    await expectProblem(
      await page.request.delete(`${base}/disabilities/${certId}`, { headers }),
      404,
    );
  });
});
