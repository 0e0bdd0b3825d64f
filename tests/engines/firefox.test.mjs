// The reader's core path in Firefox, and axe-core's accessibility rules on every page.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { routes } from "../site.mjs";
import { suite, test } from "./suite.mjs";

// axe-core is plain JavaScript: it runs in any engine through the driver.
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

suite("firefox", (context) => {
  for (const path of routes) {
    test(`axe finds no accessibility violations on ${path}`, async () => {
      const { page } = context;
      await page.open(path);
      if (path.startsWith("/step/")) {
        await page.click(await page.withText("button", "Expand all"));
        await page.until(() => page.run(() => [...document.querySelectorAll("details.disclosure")].every((section) => section.open)), "every section to open");
      }
      await page.run(axeSource);
      const violations = await page.session.executeAsyncScript((done) => {
        window.axe.run(document).then(
          (results) => done(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)),
          (error) => done([`axe failed: ${error}`]),
        );
      });
      assert.deepEqual(violations, []);
    });
  }
});
