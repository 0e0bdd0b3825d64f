// Writes the site's service worker, `sw.js`, into a built site: worker/sw.js
// bundled (esbuild) with the list of the site's files, each with its
// revision (workbox-build) and its integrity hash. Run by `make dist` after
// the prerenderer, so that the list holds every page as the host serves it.
//
//   node scripts/service-worker.mjs <dist>
//
// Each entry says whether the worker precaches it (downloads it in the
// background after a first visit) or keeps it on first use (when a page
// first loads it). Precached, in turn while the background download stays
// within BUDGET: the pages of the steps' family (`family` in inventory.json,
// route::Family) and every file they load; then the other views' pages but
// the shared verdicts, and what they load. Kept on first use: the rest, the
// shared verdicts (one page for each pair of points, all nearly the same)
// and the classroom kit's pages and binary among it. The background
// download is counted as a reader gets it after a first visit to a step:
// brotli, the files that visit loaded already in the browser's HTTP cache
// (Trunk's hashed names, cached for a year), every other file fetched anew.
//
// Left out of the list: the link-preview cards, which only other sites'
// crawlers fetch, the host's `_headers` and the tests' `inventory.json`.
import { BACKGROUND_TARGET } from "./background.mjs";
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { build } from "esbuild";
import { injectManifest } from "workbox-build";

/** The most the background download after a first visit may take, brotli (issue 35). */
const BUDGET = BACKGROUND_TARGET;

const dist = process.argv[2];
if (!dist) {
  console.error("usage: service-worker.mjs <dist>");
  process.exit(2);
}
const brotli = (path) => brotliCompressSync(readFileSync(path), {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
// Trunk puts a hash of its content in these names (in hex, without leading
// zeros: up to 16 digits): the name is the revision.
const hashed = /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|svg)$/;

/** A page's file in the build, from its path in inventory.json (`/step/x/`, `/404.html`). */
const fileOf = (path) => (path.endsWith("/") ? `${path.slice(1)}index.html` : path.slice(1));
const pages = JSON.parse(readFileSync(join(dist, "inventory.json"), "utf8")).pages.map((page) => ({
  ...page,
  file: fileOf(page.path),
}));

/**
 * What is precached, in turn, each group whole or not at all: the first
 * always, the next only while the background download stays within BUDGET.
 */
const groups = [
  pages.filter((page) => page.family === "steps" && page.kind !== "shared-verdict"),
  pages.filter((page) => page.family === "views" && page.kind !== "shared-verdict"),
].filter((group) => group.length > 0);

/** The files of `names` and every file they name, a file's name written in a page or a script. */
function loaded(names, every) {
  const found = new Set(names);
  for (const name of found) {
    if (!/\.(html|js|webmanifest)$/.test(name)) continue;
    const text = readFileSync(join(dist, name), "utf8");
    for (const other of every) {
      if (!other.endsWith(".html") && text.includes(other)) found.add(other);
    }
  }
  return found;
}

const bundle = join("target", "sw.bundle.js");
await build({
  entryPoints: ["worker/sw.js"],
  bundle: true,
  minify: true,
  format: "iife",
  define: { "process.env.NODE_ENV": '"production"' },
  outfile: bundle,
  logLevel: "warning",
});
let precached = new Set();
let background = 0;
const { count, warnings } = await injectManifest({
  swSrc: bundle,
  swDest: join(dist, "sw.js"),
  globDirectory: dist,
  globPatterns: ["**/*.{html,js,wasm,svg,png,webmanifest}"],
  globIgnores: ["sw.js", "cards/**"],
  dontCacheBustURLsMatching: hashed,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  manifestTransforms: [
    (entries) => {
      const every = entries.map((entry) => entry.url);
      const step = pages.find((page) => page.kind === "step");
      const visited = loaded([step.file], every);
      // The worker itself is fetched too; its list adds a few KiB to the bundle.
      background = brotli(bundle) + 4 * 1024;
      for (const [index, group] of groups.entries()) {
        const files = [...loaded(group.map((page) => page.file), every)].filter((file) => !precached.has(file));
        const bytes = files
          .filter((file) => !(visited.has(file) && hashed.test(file)))
          .reduce((sum, file) => sum + brotli(join(dist, file)), 0);
        if (index > 0 && background + bytes > BUDGET) break;
        precached = new Set([...precached, ...files]);
        background += bytes;
      }
      return {
        manifest: entries.map((entry) => ({
          url: entry.url.replace(/(^|\/)index\.html$/, "$1") || "./",
          revision: entry.revision,
          // Fetched with its integrity hash, or checked against it: a file of
          // another build (a deploy half done) is never kept.
          integrity: `sha384-${createHash("sha384").update(readFileSync(join(dist, entry.url))).digest("base64")}`,
          ...(precached.has(entry.url) ? {} : { onFirstUse: true }),
          // A page kept on first use names the files it loads that are kept so too,
          // for the worker to keep with it when a page asks it to (an assignment, the hand-in page).
          ...(!precached.has(entry.url) && entry.url.endsWith(".html")
            ? { loads: [...loaded([entry.url], every)].filter((file) => file !== entry.url && !precached.has(file)) }
            : {}),
        })),
        warnings: [],
      };
    },
  ],
});
rmSync(bundle);
if (warnings.length) {
  // A file left out of the list would be missing offline.
  for (const warning of warnings) console.error(`service worker: ${warning}`);
  process.exit(1);
}
console.log(`service worker: lists ${count} files; precaches ${precached.size} of them, ` +
  `a background download of about ${(background / 1024).toFixed(0)} KiB brotli after a first visit to a step ` +
  `(budget ${BUDGET / 1024} KiB); keeps the other ${count - precached.size} on first use`);
if (background > BUDGET) console.error(`service worker: the steps' family alone is over the ${BUDGET / 1024} KiB budget`);
