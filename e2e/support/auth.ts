import { expect, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { DEMO_PASSWORD } from "./accounts";

/** Fills and submits the login form; does not check the outcome. */
export async function submitLogin(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Accedi" }).click();
}

/**
 * Logs in through the form and waits for the desk (/scrivania). Both pages are checked
 * with axe on the way.
 */
export async function login(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Accesso operatori" })).toBeVisible();
  await expectNoA11yViolations(page);
  await submitLogin(page, email);
  await expect(page).toHaveURL(/\/scrivania$/);
  await expect(page.getByTestId("current-user")).toBeVisible();
  await expectNoA11yViolations(page);
}
