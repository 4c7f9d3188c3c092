import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { serverEnv } from "./e2e/support/server-env";

/**
 * End-to-end tests. The production build is made beforehand (scripts/test.sh runs
 * `next build`); here the server is only started.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
const BASE_URL = `http://127.0.0.1:${PORT}`;

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "e2e",
  // A subfolder: Playwright empties its output folder, and scripts/test.sh keeps other
  // reports (vitest.json, next-build.log) in test-results/.
  outputDir: "test-results/playwright",
  fullyParallel: false,
  // One worker: accounts with an authenticator accept each code once, and several workers
  // logging in as the same coordinator would race for it.
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  // A login with an authenticator may wait up to 30 s for a fresh code.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    locale: "it-IT",
    timezoneId: "Europe/Rome",
    viewport: { width: 1280, height: 900 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: existsSync(SYSTEM_CHROMIUM)
      ? { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS }
      : {},
  },
  projects: [
    {
      name: "chromium",
      use: { browserName: "chromium" },
      testIgnore: /fuzz-[\w-]+\.spec\.ts/,
    },
    // The property tests count rows to prove that refused writes change nothing: they run
    // after everything else, so no other test writes at the same time. E2E_FUZZ=0 leaves them
    // out (CI runs them once, in the PGlite pass).
    ...(process.env.E2E_FUZZ === "0"
      ? []
      : [
          {
            name: "fuzz",
            use: { browserName: "chromium" as const },
            testMatch: /fuzz-[\w-]+\.spec\.ts/,
            dependencies: ["chromium"],
          },
        ]),
  ],
  webServer: {
    command: `node_modules/.bin/next start -p ${PORT}`,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: serverEnv(),
  },
});
