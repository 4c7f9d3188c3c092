import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";

const WORKER_SECTIONS = [
  "Termini scaduti",
  "Termini in scadenza entro 7 giorni",
  "In attesa di documenti o osservazioni",
  "ISEE in scadenza o scaduti",
  "Erogazioni che terminano entro 30 giorni",
];
const COORDINATOR_SECTIONS = ["Rate da liquidare", "Bandi da seguire"];

/** Each list shows its count, and either rows, a count line or its empty state. */
async function expectSections(page: import("@playwright/test").Page, names: string[]) {
  for (const name of names) {
    const section = page.getByRole("region", { name: new RegExp(`^${name}`) });
    await expect(section).toBeVisible();
    await expect(section.getByTestId("desk-count")).toHaveText(/^\d+$/);
    const count = Number(await section.getByTestId("desk-count").textContent());
    if (count === 0) await expect(section.getByTestId("desk-empty")).toBeVisible();
    else await expect(section.getByTestId("desk-empty")).toHaveCount(0);
  }
}

test.describe("la scrivania", () => {
  test("l'assistente sociale vede cosa fare oggi nei suoi comuni", async ({ loginAs }) => {
    const page = await loginAs("asPavia");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/scrivania");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Buongiorno/);
    await expectSections(page, WORKER_SECTIONS);
    for (const name of COORDINATOR_SECTIONS)
      await expect(page.getByRole("region", { name: new RegExp(`^${name}`) })).toHaveCount(0);
    // Overdue rows say so in words, not only in colour.
    const overdue = page.getByTestId("desk-scaduti");
    const rows = overdue.getByRole("listitem");
    if ((await rows.count()) > 0) await expect(rows.first()).toContainText("In ritardo");
    await expectNoA11yViolations(page);
    await page.screenshot({ path: "test-results/desk-worker.png", fullPage: true });

    // The summary links lead to their lists with the keyboard.
    const link = page.getByTestId("summary-isee");
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#isee$/);

    // A phone-sized screen: the cards stack, nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
    await page.screenshot({ path: "test-results/desk-worker-mobile.png", fullPage: true });
  });

  test("il coordinatore vede anche rate da liquidare e bandi", async ({ loginAs }) => {
    const page = await loginAs("coordinatore");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/scrivania");
    await expectSections(page, [...WORKER_SECTIONS, ...COORDINATOR_SECTIONS]);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: "test-results/desk-coordinator.png", fullPage: true });
  });

  test("l'amministratore comunale vede i numeri, senza nomi", async ({ loginAs }) => {
    const page = await loginAs("comunePavia");
    await page.goto("/scrivania");
    await expect(page.getByText(/senza i nomi delle persone/)).toBeVisible();
    await expectSections(page, WORKER_SECTIONS);
    await expect(page.locator('[data-testid^="desk-"] a[href^="/richieste/"]')).toHaveCount(0);
    await expect(page.locator('[data-testid^="desk-"] a[href^="/persone/"]')).toHaveCount(0);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: "test-results/desk-comune.png", fullPage: true });
  });
});
