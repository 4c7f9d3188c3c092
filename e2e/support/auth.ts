import { expect, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { DEMO_PASSWORD } from "./accounts";
import { freshTotp, hasDemoTotp, spendCurrentStep } from "./totp";

/** Fills and submits the login form; does not check the outcome. */
export async function submitLogin(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Accedi" }).click();
}

/** The second step for accounts with an authenticator: a fresh code, retried once on a clash. */
export async function submitSecondFactor(page: Page, email: string) {
  const field = page.getByLabel("Codice di verifica");
  for (let attempt = 0; attempt < 3; attempt++) {
    await expect(field).toBeVisible();
    await field.fill(await freshTotp(email));
    await page.getByRole("button", { name: "Accedi" }).click();
    const outcome = await Promise.race([
      page.waitForURL(/\/scrivania$/).then(() => "in" as const),
      page
        .getByTestId("login-error")
        .waitFor()
        .then(() => "refused" as const),
    ]);
    if (outcome === "in") return;
    spendCurrentStep(email);
  }
  throw new Error(`second factor refused three times for ${email}`);
}

/**
 * Logs in through the form (with the authenticator's code where the account has one) and
 * waits for the desk (/scrivania). Both pages are checked with axe on the way.
 */
export async function login(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Accesso operatori" })).toBeVisible();
  await expectNoA11yViolations(page);
  await submitLogin(page, email);
  if (hasDemoTotp(email)) {
    await expect(page.getByTestId("login-notice")).toBeVisible();
    await expectNoA11yViolations(page);
    await submitSecondFactor(page, email);
  }
  await expect(page).toHaveURL(/\/scrivania$/);
  await expect(page.getByTestId("current-user")).toBeVisible();
  await expectNoA11yViolations(page);
}
