import { expectNoA11yViolations } from "./support/a11y";
import { DEMO_PASSWORD, USERS, type UserKey } from "./support/accounts";
import { login, submitLogin } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { freshTotp } from "./support/totp";

test.describe("accesso", () => {
  for (const key of Object.keys(USERS) as UserKey[]) {
    const user = USERS[key];
    test(`${user.ruolo} (${user.email}) accede e arriva alla scrivania`, async ({ page }) => {
      await login(page, user.email);
      await expect(page).toHaveURL(/\/scrivania$/);
      await expect(page.getByTestId("current-user")).toContainText(user.nome);
      await expect(page.getByTestId("current-user")).toContainText(user.ruolo);
      await expect(page.getByRole("button", { name: "Esci" })).toBeVisible();
    });
  }

  test("con la password sbagliata resta su /login e mostra l'errore", async ({ page }) => {
    await page.goto("/login");
    await expectNoA11yViolations(page);
    await submitLogin(page, USERS.asPavia.email, "password-sbagliata");
    await expect(page.getByTestId("login-error")).toBeVisible();
    await expect(page.getByTestId("login-error")).toContainText("non corretti");
    await expect(page).toHaveURL(/\/login$/);
    // The email typed is kept, the password is not.
    await expect(page.getByLabel("Email")).toHaveValue(USERS.asPavia.email);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByTestId("current-user")).toHaveCount(0);
    await expectNoA11yViolations(page);
    // Still no way into the staff pages.
    await page.goto("/scrivania");
    await expect(page).toHaveURL(/\/login$/);
  });

  test("senza sessione, /richieste porta al login", async ({ page }) => {
    await page.goto("/richieste");
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole("heading", { name: "Accesso operatori" })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("Esci chiude la sessione", async ({ page, context }) => {
    await login(page, USERS.asPavia.email);
    await page.getByRole("button", { name: "Esci" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expectNoA11yViolations(page);
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name)).not.toContain("authjs.session-token");
    await page.goto("/richieste");
    await expect(page).toHaveURL(/\/login$/);
  });

  test("accesso con la sola tastiera", async ({ page }) => {
    await page.goto("/login");
    await expectNoA11yViolations(page);
    const email = page.getByLabel("Email");
    const password = page.getByLabel("Password");
    // From the top of the page: the skip link first, then the form's fields.
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      if (await email.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(email).toBeFocused();
    await page.keyboard.type(USERS.coordinatore.email);
    await page.keyboard.press("Tab");
    await expect(password).toBeFocused();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    // The coordinator has an authenticator: the code field takes the focus.
    await expect(page.getByLabel("Codice di verifica")).toBeFocused();
    await expectNoA11yViolations(page);
    await page.keyboard.type(await freshTotp(USERS.coordinatore.email));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/scrivania$/);
    await expect(page.getByTestId("current-user")).toContainText(USERS.coordinatore.nome);
    await expectNoA11yViolations(page);
  });
});
