// Measures the built site and prints figures; it asserts nothing.
//
//   node scripts/bench.mjs [dist] [runs]
//
// - the size of each file, raw and brotli, and of one visit (a page, its
//   styles, script and WebAssembly); each binary's WebAssembly, the
//   explainer's beside the classroom kit's (which has the QR decoder);
// - what the service worker downloads in the background after a first visit
//   to a step, and with Save-Data on (scripts/background.mjs, which also
//   writes the figures to target/bench/background.json);
// - on a slow phone profile (network and CPU throttled through the DevTools
//   protocol) and on unthrottled localhost, cold and on a repeat visit: first
//   and largest contentful paint of a deep link to a step, beside the same
//   page with its scripts stripped, the app without its service worker, and a
//   plain HTML page of the essay's text;
// - for the app, cold: when it is usable (a click on a section opens it),
//   interactive (→ moves to the next step) and when the app has taken over
//   the page (its WebAssembly started and hydrated);
// - the time from a key press to the next step painted, and whether it was
//   in the first frame after the key press;
// - the JS heap and the WebAssembly memory after walking every step;
// - the class page reading 200 response links, from click to result painted.
// Files are served as a real static host serves them (brotli, cache headers).
// Each timing is the median of several runs (7 unless told), each in a fresh
// browser context, taken in turn.
// Besides the tables, it writes the figures issue 35's targets are about to
// target/bench/bench.json (the background download's go to
// target/bench/background.json), which scripts/bench-summary.mjs reads (with
// lighthouse.mjs's) to set each target beside its figure.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, relative } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { chromium } from "@playwright/test";
import { backgroundFigures, describeBackground } from "./background.mjs";

const dist = process.argv[2] ?? "dist";
const runs = Number(process.argv[3] ?? 7);
const port = 4183;
const plainPort = 4184;
const noWorkerPort = 4186;
// The site's own account of its pages (prerender/src/describe.rs): the
// steps are the essay's, whichever essay the site was built from.
const inventory = JSON.parse(readFileSync(join(dist, "inventory.json"), "utf8"));
const judged = inventory.steps.filter((step) => step.direction !== null);
// A deep link to the first step a reader judges, as a shared link would be.
const deepLink = judged[0].path;
// The deep link's page less its scripts: what the page costs to paint alone.
const without = [
  ["its scripts", /<script[^>]*>[\s\S]*?<\/script>|<link rel="(?:module)?preload"[^>]*>/g, 4185],
];
const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--no-first-run", "--disable-sync"];

/** The slowest of the runs that reached a figure, and how many did not. */
const slowest = (values) => {
  const reached = values.filter(Number.isFinite);
  const missed = values.length - reached.length;
  return `${ms(Math.max(...reached))}${missed ? ` (${missed} of ${values.length} never reached it)` : ""}`;
};
// Over the runs that reached the figure: a probe that gave up is NaN.
const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
// The figures the summary reads (scripts/bench-summary.mjs), filled in as they are measured.
const report = { dist, runs };
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function sizes() {
  console.log(`\n## Sizes (${dist}/)\n`);
  console.log("| file | raw | brotli |\n| --- | ---: | ---: |");
  let total = [0, 0];
  let visit = [0, 0];
  // One visit: the start page and every file it names (Trunk's hashed assets).
  const start = readFileSync(join(dist, "index.html"), "utf8");
  const visited = new Set(["index.html", ...[...start.matchAll(/["'][^"']*\/([^"'/]+\.(?:css|js|wasm|svg))["']/g)].map((m) => m[1])]);
  for (const path of files(dist).sort()) {
    const name = relative(dist, path);
    const bytes = readFileSync(path);
    const size = [bytes.length, brotli(bytes)];
    total = [total[0] + size[0], total[1] + size[1]];
    if (visited.has(name)) {
      visit = [visit[0] + size[0], visit[1] + size[1]];
    }
    if (!name.endsWith("index.html") || name === "index.html") {
      console.log(`| ${name} | ${kb(size[0])} | ${kb(size[1])} |`);
    }
  }
  const pages = files(dist).filter((p) => p.endsWith(".html")).length;
  console.log(`| (every file, ${pages} prerendered pages) | ${kb(total[0])} | ${kb(total[1])} |`);
  console.log(`\nOne visit to the start page (the page with its CSS, JS, WebAssembly and icon): ${kb(visit[0])} raw, ` +
    `${kb(visit[1])} brotli.`);
  report.stepVisit = stepVisit();
  console.log(`\nOne visit to a step (${deepLink}: the page with its inline CSS, the stylesheets, scripts and ` +
    `WebAssembly it names): ${report.stepVisit.files.join(", ")}: **${kb(report.stepVisit.brotli)} brotli** ` +
    "(target: at most 120 KiB).");
  // Each binary's WebAssembly, as a page of its family fetches it.
  const wasm = (page) => {
    const [, file] = readFileSync(join(dist, page), "utf8").match(/module_or_path: fetch\('[^']*?([^'/]+\.wasm)'/);
    return brotli(readFileSync(join(dist, file)));
  };
  console.log(`\nThe WebAssembly, brotli: the steps' binary (every page of the steps) ` +
    `**${kb(wasm(`${deepLink.slice(1)}index.html`))}**; the other views' (the whole argument, the map, the essay, ` +
    `the glossary, the verdict) **${kb(wasm("all/index.html"))}**; the classroom kit's (the teacher's pages, with the ` +
    `class page's QR decoder) **${kb(wasm("teach/class/index.html"))}**.`);
}

/** The deep link's page and the files it names (CSS, JS, WebAssembly), brotli, as one visit fetches them. */
function stepVisit() {
  const page = `${deepLink.slice(1)}index.html`;
  const html = readFileSync(join(dist, page), "utf8");
  const named = [...html.matchAll(/["'][^"']*?([^"'/]+\.(?:css|js|wasm))["']/g)].map((m) => m[1]);
  // The service worker's script is fetched once the app has started, and is the background download's.
  const fetched = named.filter((name) => name !== "sw.js" && statSync(join(dist, name), { throwIfNoEntry: false }));
  const files = [page, ...new Set(fetched)];
  return { files, brotli: files.reduce((sum, name) => sum + brotli(readFileSync(join(dist, name))), 0) };
}

function plainPage() {
  const folder = "target/bench/plain";
  mkdirSync(folder, { recursive: true });
  const [title, ...paragraphs] = readFileSync("content/essay.txt", "utf8").trim().split(/\n\s*\n/).map((p) => p.trim());
  const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  writeFileSync(join(folder, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>
<body><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}</body></html>`);
  return folder;
}

/** A copy of the site, named `name`, changed by `change(folder)`. */
function siteCopy(name, change) {
  const folder = `target/bench/without-${name.replace(/\W+/g, "-")}`;
  rmSync(folder, { recursive: true, force: true });
  cpSync(dist, folder, { recursive: true });
  change(folder);
  return folder;
}

/** A copy of the site whose deep link's page lacks what `pattern` matches. */
function siteWithout(pattern, name) {
  return siteCopy(name, (folder) => {
    const page = join(folder, deepLink, "index.html");
    writeFileSync(page, readFileSync(page, "utf8").replace(pattern, ""));
  });
}

/** A copy of the site with no service worker to register (its registration fails, as on a host without sw.js). */
function siteWithoutWorker() {
  return siteCopy("worker", (folder) => rmSync(join(folder, "sw.js")));
}

/** Serves a folder as a real static host does: brotli, cache headers, ETags. */
function serve(folder, at) {
  return spawn("node", ["scripts/static-server.mjs", folder, String(at)], {
    stdio: "ignore",
    env: { ...process.env, HOSTED: "1" },
  });
}

async function waitFor(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

/** First and largest contentful paint of one cold load. */
/** How a reader's device and network are emulated (Chromium DevTools protocol). */
const profiles = [
  // A slow phone on a slow mobile network: 150 ms round trip, 1.6 Mbps down,
  // 750 kbps up, the CPU slowed four times.
  { name: "slow phone", network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 }, cpu: 4 },
  { name: "localhost", network: null, cpu: 1 },
];

/** A new browser context with the profile applied to its page. */
async function profiled(browser, profile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  if (profile.network) {
    await session.send("Network.enable");
    await session.send("Network.emulateNetworkConditions", { offline: false, ...profile.network });
  }
  await session.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  return { context, page };
}

/** First and largest contentful paint of the page loaded last. */
function paintsNow(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      resolve({ fcp, lcp: entries[entries.length - 1].startTime });
    }).observe({ type: "largest-contentful-paint", buffered: true });
  }));
}

/**
 * One load of `url`: a cold one, or a repeat visit (the page loaded once
 * before in the same browser, so its files are in the cache).
 */
async function paints(browser, profile, url, repeat) {
  const { context, page } = await profiled(browser, profile);
  if (repeat) {
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(500);
    await page.goto("about:blank");
  }
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(300);
  const result = await paintsNow(page);
  await context.close();
  return result;
}

/**
 * From the first frame on, every frame: click the first closed section's
 * summary until one opens (usable), then press → until the press starts a
 * move to the next step (interactive): the app's own, or, before the app
 * has started, the inline script's load of the next prerendered page.
 * Times are from the start of navigation; the figures leave the page by
 * `benchReport`, which outlives the page a press leaves.
 */
function probe() {
  const found = {};
  let pressed = false;
  navigation.addEventListener("navigate", (event) => {
    const to = new URL(event.destination.url).pathname;
    if (!pressed || to === location.pathname || found.interactive !== undefined) return;
    found.interactive = performance.now();
    window.benchReport(found);
  });
  const tick = () => {
    if (found.interactive !== undefined) return;
    if (found.usable === undefined) {
      const details = document.querySelector("main details.disclosure:not([open])");
      details?.querySelector("summary").click();
      if (details?.open) found.usable = performance.now();
    } else {
      pressed = true;
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true }));
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function probed(browser, profile, url) {
  const { context, page } = await profiled(browser, profile);
  let report;
  const reported = new Promise((resolve) => { report = resolve; });
  await context.exposeBinding("benchReport", (_source, found) => report(found));
  await context.addInitScript(probe);
  await page.goto(url, { waitUntil: "commit" });
  // A probe that has not finished in 30 s counts as not reached (NaN), so
  // one stuck load cannot stall the whole run.
  const timeout = new Promise((resolve) => setTimeout(() => resolve({ usable: NaN, interactive: NaN }), 30_000));
  const found = await Promise.race([reported, timeout]);
  await context.close();
  return found;
}

/** When the app has taken over the page (`wasmstarted`), untouched, cold. */
async function startedAt(browser, profile, url) {
  const { context, page } = await profiled(browser, profile);
  await context.addInitScript(() => {
    window.benchStarted = new Promise((resolve) => addEventListener("wasmstarted", () => resolve(performance.now())));
  });
  await page.goto(url, { waitUntil: "commit" });
  const timeout = new Promise((resolve) => setTimeout(() => resolve(NaN), 30_000));
  const started = await Promise.race([page.evaluate(() => window.benchStarted), timeout]);
  await context.close();
  return started;
}

async function loadFigures(browser) {
  const rows = [["plain HTML, the essay's text", `http://127.0.0.1:${plainPort}/`],
    ...without.map(([name, , at]) => [`${deepLink} without ${name}`, `http://127.0.0.1:${at}${deepLink}`]),
    [`${deepLink}, the app without its service worker`, `http://127.0.0.1:${noWorkerPort}${deepLink}`],
    [`${deepLink}, the app`, `http://127.0.0.1:${port}${deepLink}`]];
  const app = rows.length - 1;
  const stripped = 1;
  for (const profile of profiles) {
    console.log(`\n## Loads on the ${profile.name} profile (median of ${runs}, taken in turn)\n`);
    console.log("| visit | page | FCP | LCP | FCP ÷ stripped |\n| --- | --- | ---: | ---: | ---: |");
    const found = { cold: rows.map(() => []), repeat: rows.map(() => []) };
    const probes = [];
    // Loads alternate between the pages, so a slow moment of the machine
    // weighs on all of them alike.
    for (let i = 0; i < runs; i += 1) {
      for (const visit of ["cold", "repeat"]) {
        for (const [index, [, url]] of rows.entries()) {
          found[visit][index].push(await paints(browser, profile, url, visit === "repeat"));
        }
      }
      probes.push({ ...await probed(browser, profile, rows[app][1]), started: await startedAt(browser, profile, rows[app][1]) });
    }
    for (const visit of ["cold", "repeat"]) {
      const base = median(found[visit][stripped].map((p) => p.fcp));
      for (const [index, [name]] of rows.entries()) {
        const fcp = median(found[visit][index].map((p) => p.fcp));
        const lcp = median(found[visit][index].map((p) => p.lcp));
        console.log(`| ${visit} | ${name} | ${ms(fcp)} | ${ms(lcp)} | ${(fcp / base).toFixed(2)} |`);
      }
    }
    const usable = median(probes.map((p) => p.usable));
    const interactive = median(probes.map((p) => p.interactive));
    console.log(`\nThe app, cold, on ${deepLink}: usable (a click on a section ` +
      `opens it) at ${ms(usable)}; interactive (→ moves to the next step) at ${ms(interactive)}. ` +
      `Slowest of ${runs}: usable ${slowest(probes.map((p) => p.usable))}, ` +
      `interactive ${slowest(probes.map((p) => p.interactive))}. The app took the page over (its WebAssembly ` +
      `started) at ${ms(median(probes.map((p) => p.started)))}, slowest ${slowest(probes.map((p) => p.started))}.`);
  }
  console.log("\nTargets (slow phone): FCP at most 1.05 × the stripped page's, cold and repeat; usable at first " +
    "paint; interactive within 1000 ms.");
}

async function walkFigures(browser) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    addEventListener("wasmstarted", (event) => { window.benchWasm = event.detail; });
  });
  const page = await context.newPage();
  let steps = 0;
  const moves = [];
  for (let round = 0; round < Math.max(1, Math.floor(runs / 3)); round += 1) {
    // Back to the first step (only ← and → are bound, so by a new visit).
    await page.goto(`http://127.0.0.1:${port}/step/question/`);
    await page.locator('html[data-app="settled"]').waitFor({ state: "attached" });
    steps = await page.locator(".step-list__steps a").count();
    for (let step = 1; step < steps; step += 1) {
      const before = await page.locator("main h1").textContent();
      await page.evaluate((heading) => {
        // At the key press, wait for the next animation frame. If the new
        // step is in the DOM by then, that frame shows it; a task posted from
        // the frame's callback runs once the frame's style, layout and paint
        // are done, which is when the move is painted. Otherwise try the next
        // frame, and count it.
        window.benchPainted = new Promise((resolve) => {
          addEventListener("keydown", (event) => {
            const pressed = event.timeStamp;
            let frames = 0;
            const frame = () => {
              frames += 1;
              if (document.querySelector("main h1")?.textContent === heading) {
                requestAnimationFrame(frame);
                return;
              }
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve({ ms: performance.now() - pressed, frames });
              channel.port2.postMessage(null);
            };
            requestAnimationFrame(frame);
          }, { once: true, capture: true });
        });
      }, before);
      await page.keyboard.press("ArrowRight");
      moves.push(await page.evaluate(() => window.benchPainted));
    }
  }
  const session = await context.newCDPSession(page);
  await session.send("HeapProfiler.collectGarbage");
  const heap = await session.send("Runtime.getHeapUsage");
  const wasmMemory = await page.evaluate(() => window.benchWasm?.memory?.buffer?.byteLength ?? NaN);
  await context.close();
  console.log(`\n## Walking the steps\n`);
  const times = moves.map((move) => move.ms);
  report.keyToPaint = { median: median(times), slowest: Math.max(...times), moves: moves.length, load: loadavg() };
  const firstFrame = moves.filter((move) => move.frames === 1).length;
  console.log(`Key press to the next step painted: median ${ms(median(times))}, ` +
    `slowest ${ms(Math.max(...times))} over ${moves.length} moves; the new step was in the first frame ` +
    `after the key press in ${firstFrame} of ${moves.length} (target: within one 16 ms frame).`);
  console.log(`After walking every step: JS heap ${kb(heap.usedSize)} used, WebAssembly memory ${kb(wasmMemory)}.`);
}

/**
 * The class page reading 200 response links at once: from the click on
 * "Read the answers" to the first frame that shows the result, on each
 * profile's CPU, against the 100 ms in which a reply to a click feels
 * immediate.
 */
async function classFigures(browser) {
  const conviction = ["c3", "n1", "u2", "c1", "n3"];
  const links = Array.from({ length: 200 }, (_, i) =>
    `http://127.0.0.1:${port}/verdict/#v=1&before=${(i % 5) + 1}&after=${((i * 3) % 5) + 1}` +
    judged.slice(0, 4).map((step, at) => `&${step.id}=${conviction[(i + at) % 5]}`).join("") +
    `&name=Student%20${i}`);
  console.log("\n## The class page reading 200 response links (median of runs)\n");
  for (const profile of profiles) {
    const times = [];
    for (let run = 0; run < runs; run += 1) {
      const { context, page } = await profiled(browser, profile);
      await page.goto(`http://127.0.0.1:${port}/teach/class/`);
      await page.locator('html[data-app="settled"]').waitFor({ state: "attached" });
      await page.locator("#class-links").fill(links.join("\n"));
      times.push(await page.evaluate(() => new Promise((resolve) => {
        const status = document.querySelector(".class-status");
        const clicked = performance.now();
        new MutationObserver(() => requestAnimationFrame(() => resolve(performance.now() - clicked)))
          .observe(status, { childList: true, characterData: true, subtree: true });
        [...document.querySelectorAll("button")].find((button) => button.textContent === "Read the answers").click();
      })));
      await context.close();
    }
    console.log(`- ${profile.name} (CPU ${profile.cpu}×): ${ms(median(times))} from the click to the result painted, ` +
      `slowest ${ms(Math.max(...times))} (budget: 100 ms).`);
  }
}

sizes();
const servers = [serve(dist, port), serve(plainPage(), plainPort), serve(siteWithoutWorker(), noWorkerPort),
  ...without.map(([name, pattern, at]) => serve(siteWithout(pattern, name), at))];
try {
  for (const at of [port, plainPort, noWorkerPort, ...without.map(([, , at]) => at)]) await waitFor(`http://127.0.0.1:${at}/`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: chromiumArgs });
  console.log(`\n## The service worker's background download\n\n${describeBackground(await backgroundFigures(browser, dist, deepLink))}`);
  await loadFigures(browser);
  await walkFigures(browser);
  await classFigures(browser);
  await browser.close();
  mkdirSync("target/bench", { recursive: true });
  writeFileSync("target/bench/bench.json", `${JSON.stringify(report, null, 2)}\n`);
} finally {
  for (const server of servers) server.kill();
}
