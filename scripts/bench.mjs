// Measures the built site and prints figures; it asserts nothing.
//
//   node scripts/bench.mjs [dist] [runs]
//
// - the size of each file, raw and brotli, and of one visit (a page, its
//   styles, script and WebAssembly);
// - first and largest contentful paint of the start page and of a deep link
//   to a step, beside a plain hand-written HTML page holding the same essay
//   text, as ratios;
// - the time from a key press to the next step painted, and whether it was
//   in the first frame after the key press;
// - the JS heap and the WebAssembly memory after walking every step.
// Each timing is the median of several runs, each in a fresh browser context.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { chromium } from "@playwright/test";

const dist = process.argv[2] ?? "dist";
const runs = Number(process.argv[3] ?? 15);
const port = 4183;
const plainPort = 4184;
const deepLink = "/step/cold-war/";
// The deep link's page less one part each, to show what each costs.
const without = [
  ["its start-up script", /<script type="module">[\s\S]*?<\/script>|<link rel="(?:module)?preload"[^>]*>/g, 4185],
  ["its styles", /<style>[\s\S]*?<\/style>/g, 4186],
];
const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--no-first-run", "--disable-sync"];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
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
  console.log(`\nOne visit (a page with its CSS, JS, WebAssembly and icon): ${kb(visit[0])} raw, ` +
    `**${kb(visit[1])} brotli** (target: at most 100 KB).`);
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

/** A copy of the site whose deep link's page lacks what `pattern` matches. */
function siteWithout(pattern, name) {
  const folder = `target/bench/without-${name.replace(/\W+/g, "-")}`;
  rmSync(folder, { recursive: true, force: true });
  cpSync(dist, folder, { recursive: true });
  const page = join(folder, deepLink, "index.html");
  writeFileSync(page, readFileSync(page, "utf8").replace(pattern, ""));
  return folder;
}

function serve(folder, at) {
  const server = spawn("node", ["scripts/static-server.mjs", folder, String(at)], { stdio: "ignore" });
  return server;
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
async function paints(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => new Promise((resolve) => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      resolve({ fcp, lcp: entries[entries.length - 1].startTime });
    }).observe({ type: "largest-contentful-paint", buffered: true });
  }));
  await context.close();
  return result;
}

async function paintFigures(browser) {
  console.log(`\n## Paint (median of ${runs} cold loads each, taken in turn)\n`);
  console.log("| page | FCP | LCP | FCP ÷ plain | LCP ÷ plain |\n| --- | ---: | ---: | ---: | ---: |");
  const pages = [["plain HTML essay", `http://127.0.0.1:${plainPort}/`],
    ...["/", deepLink].map((path) => [path, `http://127.0.0.1:${port}${path}`]),
    ...without.map(([name, , at]) => [`${deepLink} without ${name}`, `http://127.0.0.1:${at}${deepLink}`])];
  // Loads alternate between the pages, so a slow moment of the machine
  // weighs on all of them alike.
  const found = pages.map(() => []);
  for (let i = 0; i < runs; i += 1) {
    for (const [index, [, url]] of pages.entries()) found[index].push(await paints(browser, url));
  }
  const [plainFcp, plainLcp] = ["fcp", "lcp"].map((key) => median(found[0].map((p) => p[key])));
  for (const [index, [name]] of pages.entries()) {
    const fcp = median(found[index].map((p) => p.fcp));
    const lcp = median(found[index].map((p) => p.lcp));
    console.log(`| ${name} | ${ms(fcp)} | ${ms(lcp)} | ${(fcp / plainFcp).toFixed(2)} | ${(lcp / plainLcp).toFixed(2)} |`);
  }
  console.log("\nTarget: first contentful paint at most 1.1 × the plain page's. The last rows are not " +
    "the site: they show what the start-up script and the styles each add to the deep link's first paint.");
}

async function walkFigures(browser) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (event) => { window.benchWasm = event.detail.wasm; });
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/step/question/`);
  await page.locator('html[data-app="ready"]').waitFor({ state: "attached" });
  const steps = await page.locator(".progress__list a").count();
  const moves = [];
  for (let round = 0; round < Math.max(1, Math.floor(runs / 3)); round += 1) {
    await page.keyboard.press("Home");
    await page.waitForFunction(() => /\/step\/question\/?$/.test(location.pathname));
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
  const firstFrame = moves.filter((move) => move.frames === 1).length;
  console.log(`Key press to the next step painted: median ${ms(median(times))}, ` +
    `slowest ${ms(Math.max(...times))} over ${moves.length} moves; the new step was in the first frame ` +
    `after the key press in ${firstFrame} of ${moves.length} (target: within one 16 ms frame).`);
  console.log(`After walking every step: JS heap ${kb(heap.usedSize)} used, WebAssembly memory ${kb(wasmMemory)}.`);
}

sizes();
const servers = [serve(dist, port), serve(plainPage(), plainPort),
  ...without.map(([name, pattern, at]) => serve(siteWithout(pattern, name), at))];
try {
  for (const at of [port, plainPort, ...without.map(([, , at]) => at)]) await waitFor(`http://127.0.0.1:${at}/`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: chromiumArgs });
  await paintFigures(browser);
  await walkFigures(browser);
  await browser.close();
} finally {
  for (const server of servers) server.kill();
}
