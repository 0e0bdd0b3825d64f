// Browser tests: real headless Chromium (Debian's, at /usr/bin/chromium)
// against the built static site, served by a plain static server with no
// rewrite rules. `make test` builds dist/, the sub-path build and the example's site first;
// the global set-up has the model write the class page's response links.
import { defineConfig } from "@playwright/test";

const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export default defineConfig({
  testDir: "tests/browser",
  testMatch: "*.spec.mjs",
  // Writes the class page's response links with cargo, under no test's time limit.
  globalSetup: "./tests/browser/global-setup.mjs",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  outputDir: "target/playwright",
  use: {
    baseURL: "http://127.0.0.1:4173",
    browserName: "chromium",
    // Only offline.spec.mjs and install.spec.mjs let the service worker run: elsewhere it would
    // fetch the whole site in the background of every test.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: chromiumArgs,
    },
  },
  webServer: [
    {
      command: "node scripts/static-server.mjs dist 4173",
      url: "http://127.0.0.1:4173/",
      reuseExistingServer: false,
    },
    {
      command: "node scripts/static-server.mjs target/dist-subpath 4174 /explainer/",
      url: "http://127.0.0.1:4174/explainer/",
      reuseExistingServer: false,
    },
    // The example essay's site (examples/, `make example`), for example.spec.mjs: ready once it
    // listens, so that a run without that site fails in that spec alone, saying how to build it.
    {
      command: "node scripts/static-server.mjs target/dist-example 4181",
      port: 4181,
      reuseExistingServer: false,
    },
  ],
});
