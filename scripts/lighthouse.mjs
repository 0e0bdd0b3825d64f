// Lighthouse's mobile figures for every page of the built site, beside the
// same page with its scripts stripped (what the page costs to paint alone).
// Part of `make bench`; it asserts nothing.
//
//   node scripts/lighthouse.mjs [dist] [runs] [pages, a regular expression]
//
// Besides the table, it writes the medians to target/bench/lighthouse.json,
// which scripts/bench-summary.mjs reads (with bench.mjs's figures) to set
// each of issue 35's targets beside its figure.
//
// Lighthouse 12.2.3 (13 needs Node 22), its default mobile preset: a
// simulated slow 4G network and a CPU four times slower. The site is served
// as a real host serves it (brotli, cache headers). Each figure is the median
// of the runs (3 unless told), the two versions of a page taken in turn.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { pages } from "../tests/site.mjs";

const dist = process.argv[2] ?? "dist";
const runs = Number(process.argv[3] ?? 3);
const [appPort, strippedPort] = [4187, 4188];
const only = new RegExp(process.argv[4] ?? "");
// The not-found page by its own address: Lighthouse refuses a page served with status 404.
const routes = [...pages, "/verdict/likely-to-unlikely/", "/404.html"].filter((route) => only.test(route));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function htmlFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return path.endsWith(".html") ? [path] : [];
  });
}

/** A copy of the site whose every page lacks its scripts and their preloads. */
function stripped() {
  const folder = "target/bench/lighthouse-stripped";
  rmSync(folder, { recursive: true, force: true });
  cpSync(dist, folder, { recursive: true });
  for (const page of htmlFiles(folder)) {
    const html = readFileSync(page, "utf8");
    writeFileSync(page, html.replace(/<script[^>]*>[\s\S]*?<\/script>|<link rel="(?:module)?preload"[^>]*>/g, ""));
  }
  return folder;
}

function serve(folder, port) {
  return spawn("node", ["scripts/static-server.mjs", folder, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, HOSTED: "1" },
  });
}

/** One Lighthouse run: the score and the figures, in ms. */
async function measure(chrome, url) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  // A run Lighthouse could not finish (on a busy machine, say) has an error and no figures.
  if (lhr.runtimeError || lhr.categories.performance.score === null) return { failed: lhr.runtimeError?.code ?? "no score" };
  const value = (id) => lhr.audits[id].numericValue;
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    fcp: value("first-contentful-paint"),
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    fid: value("max-potential-fid"),
    tti: value("interactive"),
  };
}

const servers = [serve(dist, appPort), serve(stripped(), strippedPort)];
await Promise.all(servers.map((server) => new Promise((listening) => server.stdout.once("data", listening))));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
// The medians of each route, for the summary; the load average beside them,
// since other work on the machine slows the simulated CPU too.
const report = { dist, runs, load: { start: loadavg() }, routes: [], failed: [] };
try {
  console.log(`\n## Lighthouse ${lighthouse.version ?? "12.2.3"}, mobile (median of ${runs})\n`);
  console.log("| page | version | performance | FCP | LCP | total blocking | max potential FID | interactive |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const route of routes) {
    const found = { app: [], stripped: [] };
    for (let run = 0; run < runs; run += 1) {
      found.app.push(await measure(chrome, `http://127.0.0.1:${appPort}${route}`));
      found.stripped.push(await measure(chrome, `http://127.0.0.1:${strippedPort}${route}`));
    }
    // The medians are of the runs that finished; a route with none is left out of the figures, and said.
    const finished = (results) => results.filter((result) => !result.failed);
    const failures = (results) => results.filter((result) => result.failed).map((result) => result.failed);
    if (!finished(found.app).length || !finished(found.stripped).length) {
      const codes = [...failures(found.app), ...failures(found.stripped)].join(", ");
      console.log(`| ${route} | — | every run of a version failed (${codes}) | | | | | |`);
      report.failed.push(route);
      continue;
    }
    const medians = (results) => Object.fromEntries(Object.keys(results[0]).map((name) =>
      [name, median(results.map((result) => result[name]))]));
    report.routes.push({ route, app: medians(finished(found.app)), stripped: medians(finished(found.stripped)) });
    for (const [version, results] of [["the app", found.app], ["scripts stripped", found.stripped]]) {
      const figure = (name) => median(finished(results).map((result) => result[name]));
      const ms = (name) => `${Math.round(figure(name))} ms`;
      const failed = failures(results);
      const note = failed.length ? ` (${failed.length} of ${runs} failed: ${failed.join(", ")})` : "";
      console.log(`| ${route} | ${version}${note} | ${figure("score")} | ${ms("fcp")} | ${ms("lcp")} | ${ms("tbt")} | ` +
        `${ms("fid")} | ${ms("tti")} |`);
    }
  }
  console.log("\nTargets: performance 100 on every page, total blocking at most 50 ms, max potential FID at most " +
    "100 ms, FCP and LCP at most 1.1 × the stripped page's.");
  report.load.end = loadavg();
  mkdirSync("target/bench", { recursive: true });
  writeFileSync("target/bench/lighthouse.json", `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await chrome.kill();
  for (const server of servers) server.kill();
}
