import type { Browser, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { DEMO_PASSWORD } from "./support/accounts";
import { submitLogin } from "./support/auth";
import { expect, test } from "./support/fixtures";

// A worker no other spec signs in as: her password may change during the run. She ends with
// the demo password again, and the run starts with a reset, so a database that persists
// across runs (PostgreSQL) is fine even after a failed run.
const WORKER = { email: "as.distretto@pdz-pavia.example", nome: "Marta Cerri" };

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function signIn(page: Page, password: string) {
  await page.goto("/login");
  await expectNoA11yViolations(page);
  await submitLogin(page, WORKER.email, password);
}

/** The password form of /account/password. */
function passwordForm(page: Page) {
  return {
    // The label's text ends with the required marker, " *".
    attuale: page.getByLabel(/^Password attuale( \*)?$/),
    nuova: page.getByLabel(/^Nuova password( \*)?$/),
    conferma: page.getByLabel(/^Ripeti la nuova password( \*)?$/),
    submit: page.getByRole("button", { name: "Cambia password" }),
    async fill(attuale: string, nuova: string, conferma = nuova) {
      await this.attuale.fill(attuale);
      await this.nuova.fill(nuova);
      await this.conferma.fill(conferma);
      await this.submit.click();
    },
  };
}

/** Back on the login page, told why. */
async function expectSignedOutAfterChange(page: Page) {
  await expect(page).toHaveURL(/\/login\?motivo=password$/);
  await expect(page.getByText("Password cambiata: accedi con la nuova password.")).toBeVisible();
  await expectNoA11yViolations(page);
}

test("l'amministratore reimposta la password; al primo accesso va cambiata, poi si cambia dal menu", async ({
  browser,
  loginAs,
}) => {
  const admin = await loginAs("admin");
  await admin.goto("/utenti");
  await expect(admin.getByRole("heading", { name: "Utenti", level: 1 })).toBeVisible();
  await expectNoA11yViolations(admin);
  const row = admin.getByRole("row").filter({ hasText: WORKER.email });

  // A first press asks; Escape takes the question back and focus returns to the button.
  const endSessions = row.getByRole("button", { name: `Chiudi sessioni – ${WORKER.nome}` });
  await endSessions.click();
  await expect(row.getByRole("button", { name: "Conferma chiusura" })).toBeFocused();
  await admin.keyboard.press("Escape");
  await expect(endSessions).toBeFocused();

  // Reset, confirmed from the keyboard: the temporary password is shown once.
  const reset = row.getByRole("button", { name: `Reimposta password – ${WORKER.nome}` });
  await reset.focus();
  await admin.keyboard.press("Enter");
  const confirm = row.getByRole("button", { name: "Conferma reimpostazione" });
  await expect(confirm).toBeFocused();
  await expectNoA11yViolations(admin);
  await admin.keyboard.press("Enter");
  const shown = row.getByTestId("temporary-password");
  await expect(shown).toHaveText(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  const temporary = (await shown.textContent()) ?? "";
  await expect(row).toContainText("Password temporanea da cambiare");
  await expectNoA11yViolations(admin);

  // With the temporary password every staff page leads to the change of password.
  const worker = await newPage(browser);
  await signIn(worker, temporary);
  await expect(worker).toHaveURL(/\/account\/password$/);
  await expect(worker.getByTestId("must-change")).toContainText("Devi cambiare la password");
  await expect(worker.getByRole("navigation", { name: "Principale" })).toHaveCount(0);
  await expectNoA11yViolations(worker);
  await worker.goto("/persone");
  await expect(worker).toHaveURL(/\/account\/password$/);
  const api = await worker.request.get("/api/v1/persons?limit=1");
  expect(api.status()).toBe(403);
  expect(await api.text()).toContain("Devi cambiare la password");

  const chosen = `cambio-e2e-${Math.random().toString(36).slice(2, 10)}`;
  await passwordForm(worker).fill(temporary, chosen);
  await expectSignedOutAfterChange(worker);

  // The new password works, and the user changes it again from the header, making mistakes first.
  await submitLogin(worker, WORKER.email, chosen);
  await expect(worker).toHaveURL(/\/scrivania$/);
  await expectNoA11yViolations(worker);
  await worker.getByRole("link", { name: "Cambia password" }).click();
  await expect(worker).toHaveURL(/\/account\/password$/);
  await expect(worker.getByRole("heading", { name: "Cambia password", level: 1 })).toBeVisible();
  await expect(worker.getByTestId("must-change")).toHaveCount(0);
  await expectNoA11yViolations(worker);

  const form = passwordForm(worker);
  await form.fill("non-e-la-mia-password", DEMO_PASSWORD);
  await expect(form.attuale).toHaveAttribute("aria-invalid", "true");
  await expect(form.attuale).toHaveAccessibleDescription(/La password attuale non è corretta/);
  await expectNoA11yViolations(worker);

  await form.fill(chosen, "corta-2026");
  await expect(form.nuova).toHaveAccessibleDescription(/almeno 12 caratteri/);
  await expect(form.attuale).toHaveAttribute("aria-invalid", "false");

  await form.fill(chosen, "qwerty123456");
  await expect(form.nuova).toHaveAccessibleDescription(/tra le più usate/);
  await expectNoA11yViolations(worker);

  await form.fill(chosen, DEMO_PASSWORD, `${DEMO_PASSWORD}!`);
  await expect(form.conferma).toHaveAccessibleDescription(/non coincidono/);

  await form.fill(chosen, DEMO_PASSWORD);
  await expectSignedOutAfterChange(worker);
  await submitLogin(worker, WORKER.email, DEMO_PASSWORD);
  await expect(worker).toHaveURL(/\/scrivania$/);
  await expect(worker.getByTestId("current-user")).toContainText(WORKER.nome);
  await expectNoA11yViolations(worker);

  // The administrator ends her sessions: her next request finds her signed out.
  await admin.reload();
  await expect(row).not.toContainText("Password temporanea da cambiare");
  await row.getByRole("button", { name: `Chiudi sessioni – ${WORKER.nome}` }).click();
  await row.getByRole("button", { name: "Conferma chiusura" }).click();
  await expect(row.getByTestId("sessions-ended")).toContainText(/Chius[ae] \d+ session/);
  await expectNoA11yViolations(admin);
  await worker.goto("/scrivania");
  await expect(worker).toHaveURL(/\/login$/);
  await worker.context().close();
});

test("l'amministratore non reimposta la propria password dall'elenco", async ({ loginAs }) => {
  const admin = await loginAs("admin");
  await admin.goto("/utenti");
  const own = admin.getByRole("row").filter({ hasText: "admin@pdz-pavia.example" });
  await expect(own).toContainText("Sei tu");
  await expect(own.getByRole("button")).toHaveCount(0);
  await expectNoA11yViolations(admin);
});
