import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { romeDate } from "../lib/domain/dates";
import { expectNoA11yViolations } from "./support/a11y";
import { anagrafeCsv } from "./support/anagrafe";
import { expectProblem } from "./support/api";
import { expect, test } from "./support/fixtures";

const label = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
const shot = (page: Page, name: string) =>
  process.env.E2E_SHOTS
    ? page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true })
    : Promise.resolve();
const pad = (n: number) => String(n).padStart(2, "0");

test.describe("agenda e importazione dall'anagrafe", () => {
  test("l'assistente sociale fissa una visita solo con la tastiera e la ritrova in agenda e sulla scrivania", async ({
    loginAs,
  }) => {
    test.setTimeout(180_000);
    const page = await loginAs("asPavia");
    await page.getByRole("link", { name: "Agenda" }).click();
    await expect(page).toHaveURL(/\/agenda$/);
    await expect(page.getByRole("heading", { level: 1, name: "Agenda" })).toBeVisible();
    // Seven day headings, Monday first: the week reads as headings and lists.
    const days = page.getByTestId("week").getByRole("heading", { level: 2 });
    await expect(days).toHaveCount(7);
    await expect(days.first()).toContainText("Lunedì");
    await expectNoA11yViolations(page);

    // A slot in the evening (the demo's are in the morning and afternoon), unlikely reused.
    // 17 to 19 only: headless Chromium here lays the time field out in 12 hours, where typed
    // "20…" or "09…" land in the wrong segments (the "flake" of earlier CI runs, 1 in 4).
    const hour = 17 + Math.floor(Math.random() * 3);
    const minute = 5 * Math.floor(Math.random() * 9);
    const from = `${pad(hour)}:${pad(minute)}`;
    const to = `${pad(hour)}:${pad(minute + 15)}`;

    // Keyboard only: from the type field, Tab through the form and submit with Enter.
    await page.getByLabel(label("Tipo")).focus();
    await page.keyboard.press("ArrowDown"); // Visita domiciliare
    await expect(page.getByLabel(label("Tipo"))).toHaveValue("visita_domiciliare");
    // Date and time inputs take one Tab per segment (dd/mm/yyyy, hh:mm): Tab until the field.
    const tabTo = async (name: string) => {
      const field = page.getByLabel(label(name));
      for (let i = 0; i < 6 && !(await field.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press("Tab");
      await expect(field).toBeFocused();
    };
    await tabTo("Data");
    await expect(page.getByLabel(label("Data"))).toHaveValue(romeDate(new Date()));
    const typeTime = async (name: string, value: string) => {
      await page.keyboard.type(value.replace(":", ""));
      await expect(page.getByLabel(label(name))).toHaveValue(value);
    };
    await tabTo("Ora di inizio");
    await typeTime("Ora di inizio", from);
    await tabTo("Ora di fine");
    await typeTime("Ora di fine", to);
    await expect(page.getByLabel(label("Ora di inizio"))).toHaveValue(from);
    await expect(page.getByLabel(label("Ora di fine"))).toHaveValue(to);
    await tabTo("Cartella");
    await page.keyboard.press("ArrowDown"); // the first open cartella
    const chosen = await page
      .getByLabel(label("Cartella"))
      .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
    const persona = chosen.split(" — ")[0] ?? "";
    expect(persona.length).toBeGreaterThan(3);
    await tabTo("Luogo");
    await page.keyboard.type("Domicilio della persona");
    await tabTo("Note");
    await page.keyboard.press("Tab"); // submit
    await expect(page.getByRole("button", { name: "Fissa l'appuntamento" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("appointment-saved")).toContainText(`alle ${from}`);

    const today = romeDate(new Date());
    const todayColumn = page.locator(`[data-day="${today}"]`);
    const item = todayColumn.getByTestId("appointment").filter({ hasText: `${from}–${to}` });
    await expect(item).toContainText("Visita domiciliare");
    await expect(item.getByRole("link", { name: persona })).toBeVisible();
    await shot(page, "agenda");

    // The same slot again: refused, naming the clash.
    await page.getByLabel(label("Tipo")).selectOption({ label: "Colloquio" });
    await page.getByLabel(label("Ora di inizio")).fill(from);
    await page.getByLabel(label("Ora di fine")).fill(to);
    await page.getByRole("button", { name: "Fissa l'appuntamento" }).click();
    await expect(page.getByLabel(label("Ora di inizio"))).toHaveAccessibleDescription(
      new RegExp(`dalle ${from} alle ${to}`),
    );

    // The API refuses the same double booking as a problem with the field's error.
    const api = await page.request.post("/api/v1/appointments", {
      data: { tipo: "riunione", data: today, oraInizio: from, oraFine: to },
      headers: { origin: new URL(page.url()).origin },
    });
    const problem = (await expectProblem(api, 422)) as { errors?: Record<string, string[]> };
    expect(problem.errors?.oraInizio?.[0]).toContain(`dalle ${from}`);
    const week = await page.request.get(`/api/v1/appointments?settimana=${today}`);
    expect(week.status()).toBe(200);
    const body = (await week.json()) as { items: { inizio: string; persona: string | null }[] };
    expect(body.items.some((i) => i.persona === persona)).toBe(true);

    // Next and previous week, with the date in the URL and nothing else.
    await page.getByRole("link", { name: "Settimana successiva" }).click();
    await expect(page).toHaveURL(/\/agenda\?settimana=\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator(`[data-day="${today}"]`)).toHaveCount(0);
    await page.getByRole("link", { name: "Oggi" }).click();
    await expect(page.locator(`[data-day="${today}"]`)).toHaveCount(1);

    // The cartella's appointments: the visit is there and can be marked as held.
    await page
      .locator(`[data-day="${today}"]`)
      .getByTestId("appointment")
      .filter({ hasText: `${from}–${to}` })
      .getByRole("link", { name: persona })
      .click();
    await expect(page).toHaveURL(/\/cartelle\/[0-9a-f-]{36}\/appuntamenti$/);
    const row = page.getByRole("listitem").filter({ hasText: `${from}–${to}` });
    await expect(row).toContainText("Visita domiciliare");
    await expectNoA11yViolations(page);
    await row.getByRole("button", { name: "Segna come svolto" }).click();
    await expect(row).toContainText("(Svolto)");

    await page.getByRole("link", { name: "Scrivania" }).click();
    const desk = page.getByTestId("desk-oggi");
    await expect(desk).toContainText(`${from}–${to}`);
    await expect(desk.getByRole("link", { name: persona })).toBeVisible();
    await expect(page.getByTestId("desk-cartelle")).toBeVisible();
    await expect(page.getByTestId("desk-verifiche")).toBeVisible();
    await expectNoA11yViolations(page);
    await shot(page, "scrivania");
  });

  test("importa 1.000 residenti con 20 righe errate: il rapporto elenca esattamente quelle 20", async ({
    loginAs,
  }) => {
    test.setTimeout(240_000);
    const file = anagrafeCsv(1000, 20, Math.floor(Math.random() * 10));
    const page = await loginAs("asPavia");
    await page.goto("/persone");
    await page.getByRole("link", { name: "Importa dall'anagrafe" }).click();
    await expect(page).toHaveURL(/\/persone\/importa$/);
    await expectNoA11yViolations(page);

    await expect(page.getByLabel(label("Comune"))).toHaveValue(/.+/);
    await page.getByLabel(label("File CSV")).setInputFiles({
      name: "residenti.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(file.csv, "utf8"),
    });
    await page.getByRole("button", { name: "Avvia l'importazione" }).click();
    await expect(
      page.getByRole("progressbar", { name: "Avanzamento dell'importazione" }),
    ).toBeVisible();
    const summary = page.getByTestId("import-summary");
    await expect(summary).toBeVisible({ timeout: 180_000 });
    await expect(page.getByTestId("import-progress")).toHaveText("Righe elaborate: 1000 su 1000");
    await expect(page.getByTestId("import-scartate")).toHaveText("20");
    const counted = await Promise.all(
      ["create", "aggiornate", "invariate"].map(async (k) =>
        Number(await page.getByTestId(`import-${k}`).textContent()),
      ),
    );
    expect(counted.reduce((x, y) => x + y, 0)).toBe(980);
    await expectNoA11yViolations(page);
    await shot(page, "importa");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Scarica il rapporto/ }).click(),
    ]);
    const report = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
    const [header, ...rows] = report.trim().split(/\r?\n/);
    expect(header).toBe("riga;codice_fiscale;motivo");
    expect(rows.map((r) => Number(r.split(";")[0]))).toEqual(file.badLines);
    // No whole codice fiscale in the report: at most the surname's three characters.
    for (const r of rows) expect(r.split(";")[1]).toMatch(/^([A-Z0-9]{0,3}\**)?$/);
  });

  test("il coordinatore guarda la settimana di un'assistente sociale; l'amministratore comunale non ha l'agenda", async ({
    loginAs,
  }) => {
    const coordinator = await loginAs("coordinatore");
    await coordinator.goto("/agenda");
    // No form: the coordinator does not schedule, and looks at the workers' weeks.
    await expect(coordinator.getByRole("button", { name: "Fissa l'appuntamento" })).toHaveCount(0);
    await coordinator.getByLabel("Operatore").selectOption({ label: "Chiara Valli" });
    await coordinator.getByRole("button", { name: "Mostra" }).click();
    await expect(coordinator).toHaveURL(/operatore=[0-9a-f-]{36}/);
    await expect(coordinator.getByTestId("appointment").first()).toBeVisible();
    await expectNoA11yViolations(coordinator);
    expect((await coordinator.request.get("/persone/importa")).status()).toBe(200);

    const admin = await loginAs("comunePavia");
    await expect(admin.getByRole("link", { name: "Agenda" })).toHaveCount(0);
    for (const url of ["/agenda", "/persone/importa"])
      expect((await admin.request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
  });
});
