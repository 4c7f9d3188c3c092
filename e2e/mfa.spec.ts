import { Secret, TOTP } from "otpauth";
import { expectNoA11yViolations } from "./support/a11y";
import { DEMO_PASSWORD } from "./support/accounts";
import { login, submitLogin } from "./support/auth";
import { expect, test } from "./support/fixtures";

// The seed's worker in Zinasco is used by this spec alone: she enrols, logs in with a code and
// with a recovery code, then switches the second factor off again, leaving the account as it was.
const EMAIL = "as.zinasco@pdz-pavia.example";

function codeFor(secret: string, offsetSteps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });
}

test("verifica in due passaggi: attivazione, accesso con il codice e con un codice di recupero", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const first = await browser.newContext();
  const page = await first.newPage();
  await login(page, EMAIL);
  await page.getByRole("link", { name: "Verifica in due passaggi" }).click();
  await expect(page).toHaveURL(/\/account\/mfa$/);
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Attiva la verifica in due passaggi" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(
    page.getByRole("img", { name: "Codice QR per l'app di autenticazione" }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel("Codice a 6 cifre").fill("000000");
  await page.getByRole("button", { name: "Conferma e attiva" }).click();
  await expect(page.getByTestId("field-error")).toBeVisible();
  await page.getByLabel("Codice a 6 cifre").fill(codeFor(secret));
  await page.getByRole("button", { name: "Conferma e attiva" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())?.trim() ?? "";
  await expectNoA11yViolations(page);
  await first.close();

  // With a code from the app. The enrolment used the current step: take the next one.
  const second = await browser.newContext();
  const p2 = await second.newPage();
  await p2.goto("/login");
  await submitLogin(p2, EMAIL, DEMO_PASSWORD);
  await expect(p2.getByLabel("Codice di verifica")).toBeFocused();
  await p2.getByLabel("Codice di verifica").fill("123456");
  await p2.getByRole("button", { name: "Accedi" }).click();
  await expect(p2.getByTestId("login-error")).toContainText("non è valido");
  await p2.getByLabel("Codice di verifica").fill(codeFor(secret, 1));
  await p2.getByRole("button", { name: "Accedi" }).click();
  await expect(p2).toHaveURL(/\/scrivania$/);
  await second.close();

  // With a recovery code, good once.
  const third = await browser.newContext();
  const p3 = await third.newPage();
  await p3.goto("/login");
  await submitLogin(p3, EMAIL, DEMO_PASSWORD);
  await p3.getByLabel("Codice di verifica").fill(recovery);
  await p3.getByRole("button", { name: "Accedi" }).click();
  await expect(p3).toHaveURL(/\/scrivania$/);
  await p3.goto("/account/mfa");
  await expect(p3.getByText("Codici di recupero ancora utilizzabili: 9.")).toBeVisible();
  await expectNoA11yViolations(p3);

  // Back as it was: switched off with a current code.
  await p3.getByLabel("Codice a 6 cifre").fill(codeFor(secret, -1));
  await p3.getByRole("button", { name: "Disattiva la verifica in due passaggi" }).click();
  await expect(
    p3.getByRole("button", { name: "Attiva la verifica in due passaggi" }),
  ).toBeVisible();
  await third.close();
});
