import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";

test.describe("accessibilità", () => {
  test("pagine pubbliche", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/Zona/);
    await expectNoA11yViolations(page);

    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Accesso operatori" })).toBeVisible();
    await expect(page).toHaveTitle(/Accesso/);
    await expectNoA11yViolations(page);

    const res = await page.goto("/pagina-che-non-esiste");
    expect(res?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("pagine del coordinatore", async ({ loginAs }) => {
    const page = await loginAs("coordinatore");
    for (const [path, title] of [
      ["/scrivania", "Scrivania"],
      ["/richieste", "Richieste"],
      ["/persone", "Persone"],
      ["/misure", "Catalogo misure"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(title));
      await expectNoA11yViolations(page);
    }
  });

  test("pagine dell'amministratore di sistema", async ({ loginAs }) => {
    const page = await loginAs("admin");
    await page.goto("/utenti");
    await expect(page.getByRole("heading", { name: "Utenti", level: 1 })).toBeVisible();
    await expect(page.getByRole("cell", { name: "coordinatore@pdz-pavia.example" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.goto("/scrivania");
    await expect(page.getByRole("heading", { name: "Scrivania", level: 1 })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
