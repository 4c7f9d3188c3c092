import { type BrowserContext, test as base, type Page } from "@playwright/test";
import { USERS, type UserKey } from "./accounts";
import { login } from "./auth";

type Fixtures = {
  /**
   * A page in a brand-new browser context, logged in as the given demo user. Each call
   * makes its own context (its own cookies), closed at the end of the test.
   */
  loginAs: (user: UserKey) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  loginAs: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (user) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await login(page, USERS[user].email);
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

export { expect } from "@playwright/test";
