// Measures how long the app takes to be ready once its WebAssembly has
// arrived: from the end of the .wasm file's response (Resource Timing) to
// `data-app="ready"` (the first render, hydrating the prerendered page) and
// to `data-app="settled"` (the render after it, with saved state), on a
// deep link to a step, cold, in a fresh browser context each run. Each site
// given is served as a real static host serves it (HOSTED=1), and the sites
// are taken in turn, run by run, each run starting with the next site, so
// that a slow spell of the machine, or the visit before, falls on all of
// them alike. Prints the medians, unthrottled and with the CPU
// slowed 4× (the slow phone profile's CPU, through the DevTools protocol).
// It asserts nothing.
//
//   node scripts/ready.mjs <dist> [<another dist> …] [--runs N] [--port P]
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [, value] = args.splice(at, 2);
  return Number(value);
};
const runs = option("--runs", 9);
const firstPort = option("--port", 4187);
const dists = args;
if (dists.length === 0) {
  console.error("usage: ready.mjs <dist> [<another dist> …] [--runs N] [--port P]");
  process.exit(2);
}
// The first step a reader judges, from the site's own account of its pages
// (prerender/src/describe.rs) in the first site that has one (a build from
// before that account has none), so that every site is measured on one page.
const described = dists.find((dist) => existsSync(join(dist, "inventory.json")));
if (!described) {
  console.error("none of the sites has an inventory.json: build one with make dist");
  process.exit(2);
}
const inventory = JSON.parse(readFileSync(join(described, "inventory.json"), "utf8"));
const deepLink = inventory.steps.find((step) => step.direction !== null).path;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Serves `dist` on `port` until the process ends. */
async function serve(dist, port) {
  const server = spawn("node", ["scripts/static-server.mjs", dist, String(port)], {
    env: { ...process.env, HOSTED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve) => server.stdout.once("data", resolve));
  return server;
}

/** One cold visit: when the WebAssembly arrived, and when the app was ready and settled. */
async function visit(browser, url, slowdown) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  if (slowdown > 1) {
    const session = await context.newCDPSession(page);
    await session.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
  }
  await context.addInitScript(() => {
    window.appStates = {};
    // Run before the page has its root element: the whole document is
    // watched. Two changes in one task come in one callback: each record's
    // old value is what the change before it set.
    new MutationObserver((records) => {
      const now = performance.now();
      const states = [...records.slice(1).map((record) => record.oldValue), document.documentElement.dataset.app];
      for (const state of states) if (state && !(state in window.appStates)) window.appStates[state] = now;
    }).observe(document, { attributes: true, attributeOldValue: true, subtree: true, attributeFilter: ["data-app"] });
  });
  await page.goto(url);
  await page.locator('html[data-app="settled"]').waitFor({ state: "attached", timeout: 60_000 });
  const figures = await page.evaluate(() => {
    const wasm = performance.getEntriesByType("resource").find((entry) => entry.name.endsWith(".wasm"));
    return { arrived: wasm.responseEnd, ...window.appStates };
  });
  await context.close();
  return { ready: figures.ready - figures.arrived, settled: figures.settled - figures.arrived };
}

const servers = await Promise.all(dists.map((dist, index) => serve(dist, firstPort + index)));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  for (const slowdown of [1, 4]) {
    const found = dists.map(() => ({ ready: [], settled: [] }));
    for (let run = 0; run < runs; run += 1) {
      for (let turn = 0; turn < dists.length; turn += 1) {
        const index = (run + turn) % dists.length;
        const figures = await visit(browser, `http://127.0.0.1:${firstPort + index}${deepLink}`, slowdown);
        found[index].ready.push(figures.ready);
        found[index].settled.push(figures.settled);
      }
    }
    const cpu = slowdown > 1 ? `CPU ${slowdown}× slower` : "unthrottled";
    for (const [index, dist] of dists.entries()) {
      const { ready, settled } = found[index];
      console.log(
        `${dist}, ${cpu}: WebAssembly arrived → ready ${median(ready).toFixed(1)} ms, ` +
          `→ settled ${median(settled).toFixed(1)} ms (medians of ${runs})`,
      );
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}
