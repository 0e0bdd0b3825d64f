// The page every browser test gets: one that fails the test on any uncaught
// error or logged error. The main suite takes it through helpers.mjs; the
// example essay's smoke suite, which reads nothing of the main essay, from here.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page }, use) => {
    const errors = [];
    page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
    page.on("console", (message) => {
      // A 404 page's own status is logged as a failed load; that is expected.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        errors.push(`console: ${message.text()}`);
      }
    });
    await use(page);
    expect(errors, "errors in the page").toEqual([]);
  },
});

export { expect };
