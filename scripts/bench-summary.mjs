// The last part of `make bench`: each of issue 35's targets beside its
// figure, from what scripts/bench.mjs (with scripts/background.mjs) and
// scripts/lighthouse.mjs wrote to target/bench/ in the same run (each script also runs alone, and prints
// its own tables). A figure a script did not measure says so.
//
//   node scripts/bench-summary.mjs
import { readFileSync } from "node:fs";

/** A script's figures, or null where it has not written them. */
function read(name) {
  try {
    return JSON.parse(readFileSync(`target/bench/${name}.json`, "utf8"));
  } catch {
    return null;
  }
}

const bench = read("bench");
const lighthouse = read("lighthouse");
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => `${Math.round(value)} ms`;
const load = (averages) => averages.map((value) => value.toFixed(2)).join(", ");
const rows = [];
const row = (target, figure, met) => rows.push([target, figure, met === null ? "—" : met ? "met" : "**not met**"]);
const missing = (what) => `not measured (${what})`;

if (bench?.stepVisit) {
  row("One visit to a step, brotli: at most 120 KiB", kib(bench.stepVisit.brotli), bench.stepVisit.brotli <= 120 * 1024);
} else {
  row("One visit to a step, brotli: at most 120 KiB", missing("scripts/bench.mjs"), null);
}

if (lighthouse?.routes.length) {
  const { routes } = lighthouse;
  // The worst route for a figure, and the figure.
  const worst = (figure) => routes.reduce((found, route) => (figure(route) > figure(found) ? route : found));
  const lowest = routes.reduce((found, route) => (route.app.score < found.app.score ? route : found));
  const tbt = worst((route) => route.app.tbt);
  const fid = worst((route) => route.app.fid);
  const fcp = worst((route) => route.app.fcp / route.stripped.fcp);
  const lcp = worst((route) => route.app.lcp / route.stripped.lcp);
  const ratio = (route, name) => route.app[name] / route.stripped[name];
  const failed = lighthouse.failed?.length ? `; ${lighthouse.failed.length} more whose every run failed: ${lighthouse.failed.join(", ")}` : "";
  const over = `over ${routes.length} routes, median of ${lighthouse.runs}${failed}`;
  row(`Lighthouse mobile performance: 100 on every route (the lowest, ${over})`,
    `${lowest.app.score} (${lowest.route})`, lowest.app.score >= 100);
  row("Total blocking time: at most 50 ms (the worst route)", `${ms(tbt.app.tbt)} (${tbt.route})`, tbt.app.tbt <= 50);
  row("Max potential first input delay: at most 100 ms (the worst route)", `${ms(fid.app.fid)} (${fid.route})`,
    fid.app.fid <= 100);
  row("FCP ÷ the page with its scripts stripped, same run: at most 1.1 (the worst route)",
    `${ratio(fcp, "fcp").toFixed(2)} (${fcp.route})`, ratio(fcp, "fcp") <= 1.1);
  row("LCP ÷ the page with its scripts stripped, same run: at most 1.1 (the worst route)",
    `${ratio(lcp, "lcp").toFixed(2)} (${lcp.route})`, ratio(lcp, "lcp") <= 1.1);
} else {
  row("Lighthouse mobile: 100, TBT ≤ 50 ms, max potential FID ≤ 100 ms, FCP/LCP ≤ 1.1 × stripped",
    missing("scripts/lighthouse.mjs"), null);
}

// The worker's part of bench.mjs (scripts/background.mjs) measures what the
// service worker downloads, in a browser, with Save-Data off and on.
const background = read("background");
row("Background download after a first visit to a step, brotli: at most 400 KiB",
  background ? `${kib(background.background.bytes)} in ${background.background.responses} responses` : missing("scripts/background.mjs"),
  background ? background.background.bytes <= background.target : null);
row("With Save-Data on: nothing downloaded in the background until it is off",
  background ? `${kib(background.saveData.while.bytes)} in ${background.saveData.while.responses} responses` : missing("scripts/background.mjs"),
  background ? background.saveData.while.responses === 0 : null);

const key = bench?.keyToPaint;
row("Key press to the next step painted, median: at most 16 ms",
  key ? `${key.median.toFixed(1)} ms over ${key.moves} moves (load average ${load(key.load)})` : missing("scripts/bench.mjs"),
  key ? key.median <= 16 : null);

console.log("\n## Issue 35's targets, this run\n");
console.log("| target | figure | |\n| --- | --- | --- |");
for (const [target, figure, met] of rows) console.log(`| ${target} | ${figure} | ${met} |`);
if (lighthouse) {
  console.log(`\nLighthouse ran with the load average at ${load(lighthouse.load.start)} (start) and ` +
    `${load(lighthouse.load.end ?? lighthouse.load.start)} (end).`);
}
