// The service worker's background download after a first visit to a step,
// as a reader gets it, for scripts/bench.mjs: the site served as a real
// host serves it (scripts/static-server.mjs with HOSTED=1: brotli, hashed
// files cached for a year), through a proxy that counts every response's
// bytes as sent over the network. Counted: the responses from the request
// for `sw.js` on, until the worker controls the page and the network is
// quiet; the visit's hashed files come from the browser's HTTP cache, as
// they would. Then the same with Save-Data on (`navigator.connection.saveData`
// made true on the page, as Chromium makes it when the reader asks to save
// data): what is downloaded while it stays on, and once it is turned off.
//
// `backgroundFigures(browser, dist, step)` returns the figures and writes them
// to target/bench/background.json, with the target, for a summary.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, request as forward } from "node:http";

/** The most the background download may take, brotli (issue 35). */
export const BACKGROUND_TARGET = 400 * 1024;
const hostPort = 4189;
const proxyPort = 4190;
/** How long the network must be still before a download counts as over. */
const QUIET_MS = 1500;

/** The site served as a host serves it, behind a proxy that logs each response's size in bytes. */
async function countingHost(dist) {
  const host = spawn("node", ["scripts/static-server.mjs", dist, String(hostPort)], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, HOSTED: "1" },
  });
  await new Promise((listening) => host.stdout.once("data", listening));
  const log = [];
  let open = 0;
  let last = Date.now();
  const proxy = createServer((incoming, outgoing) => {
    const entry = { path: incoming.url, bytes: 0 };
    log.push(entry);
    open += 1;
    last = Date.now();
    const upstream = forward({ port: hostPort, host: "127.0.0.1", path: incoming.url, method: incoming.method, headers: incoming.headers }, (response) => {
      outgoing.writeHead(response.statusCode, response.headers);
      response.on("data", (chunk) => { entry.bytes += chunk.length; });
      response.pipe(outgoing);
      response.on("end", () => { open -= 1; last = Date.now(); });
    });
    incoming.pipe(upstream);
  });
  await new Promise((listening) => proxy.listen(proxyPort, "127.0.0.1", listening));
  return {
    origin: `http://127.0.0.1:${proxyPort}`,
    log,
    /** Resolves once no response is open and none has begun for QUIET_MS. */
    async quiet() {
      while (open > 0 || Date.now() - last < QUIET_MS) await new Promise((wait) => setTimeout(wait, 100));
    },
    stop() {
      proxy.close();
      host.kill();
    },
  };
}

/** Bytes and responses of the log's entries. */
const total = (entries) => ({ bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0), responses: entries.length });
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Makes `navigator.connection.saveData` true on every page, until `saveData(false)` turns it off (a `change` event, as the browser fires it): an init script, for this benchmark and tests/browser/offline.spec.mjs. */
export function saveDataOn() {
  const connection = navigator.connection;
  let saving = true;
  Object.defineProperty(connection, "saveData", { get: () => saving, configurable: true });
  window.saveData = (on) => {
    saving = on;
    connection.dispatchEvent(new Event("change"));
  };
}

async function visit(browser, origin, step, saving) {
  const context = await browser.newContext({ serviceWorkers: "allow" });
  if (saving) await context.addInitScript(saveDataOn);
  const page = await context.newPage();
  await page.goto(`${origin}${step}`);
  await page.locator('html[data-app="settled"]').waitFor({ state: "attached" });
  return { context, page };
}

/** Where the worker's first request is in the log (the request for `sw.js`), or the log's end. */
function workerStart(log) {
  const start = log.findIndex((entry) => entry.path.split("?")[0].endsWith("/sw.js"));
  return start < 0 ? log.length : start;
}

async function downloaded(host, page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await host.quiet();
  return total(host.log.slice(workerStart(host.log)));
}

export async function backgroundFigures(browser, dist, step) {
  const host = await countingHost(dist);
  try {
    let { context, page } = await visit(browser, host.origin, step, false);
    const background = await downloaded(host, page);
    await context.close();

    host.log.length = 0;
    ({ context, page } = await visit(browser, host.origin, step, true));
    await host.quiet();
    const settled = host.log.length;
    // As long as a reader might stay on the page.
    await new Promise((wait) => setTimeout(wait, 5_000));
    await host.quiet();
    const saving = total(host.log.slice(Math.min(settled, workerStart(host.log))));
    host.log.length = 0;
    await page.evaluate(() => window.saveData(false));
    const afterwards = await downloaded(host, page);
    await context.close();

    const figures = { target: BACKGROUND_TARGET, background, saveData: { while: saving, afterwards } };
    mkdirSync("target/bench", { recursive: true });
    writeFileSync("target/bench/background.json", `${JSON.stringify(figures, null, 2)}\n`);
    return figures;
  } finally {
    host.stop();
  }
}

/** The figures as the benchmark prints them. */
export function describeBackground({ target, background, saveData }) {
  return [
    `After a first visit to a step, the service worker downloads in the background **${kib(background.bytes)}** ` +
      `brotli in ${background.responses} responses (target: at most ${kib(target)}); the rest is kept on first use.`,
    `With Save-Data on: ${kib(saveData.while.bytes)} in ${saveData.while.responses} responses in the 5 s after the app ` +
      `settled (target: nothing until it is off); once it is off, ${kib(saveData.afterwards.bytes)} in ` +
      `${saveData.afterwards.responses} responses.`,
  ].join("\n");
}
