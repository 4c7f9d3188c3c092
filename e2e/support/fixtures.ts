import { type BrowserContext, test as base, type Page } from "@playwright/test";
import { USERS, type UserKey } from "./accounts";
import { login } from "./auth";
import { hasDemoTotp } from "./totp";

type Fixtures = {
  /**
   * A page in a brand-new browser context, logged in as the given demo user. Each call
   * makes its own context (its own cookies), closed at the end of the test.
   */
  loginAs: (user: UserKey) => Promise<Page>;
};

// Accounts with an authenticator accept each code once: their session is made once per worker
// and reused, instead of a new login (and a wait for a new code) in every test.
const savedSessions = new Map<UserKey, Awaited<ReturnType<BrowserContext["storageState"]>>>();

export const test = base.extend<Fixtures>({
  loginAs: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (user) => {
      const saved = savedSessions.get(user);
      const context = await browser.newContext(saved ? { storageState: saved } : {});
      contexts.push(context);
      const page = await context.newPage();
      if (saved) {
        await page.goto("/scrivania");
        if (!page.url().endsWith("/scrivania")) {
          savedSessions.delete(user);
          await login(page, USERS[user].email);
        }
      } else {
        await login(page, USERS[user].email);
      }
      if (hasDemoTotp(USERS[user].email)) savedSessions.set(user, await context.storageState());
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

export { expect } from "@playwright/test";
