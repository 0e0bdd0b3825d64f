// Writes the site's service worker, `sw.js`, into a built site: worker/sw.js
// bundled (esbuild) with Workbox's precache list of the site's files, each
// with its revision (workbox-build). Run by `make dist` after the
// prerenderer, so that the list holds every page as the host serves it.
//
//   node scripts/service-worker.mjs <dist>
//
// Left out of the list: the link-preview cards, which only other sites'
// crawlers fetch, and the host's `_headers`.
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { injectManifest } from "workbox-build";

const dist = process.argv[2];
if (!dist) {
  console.error("usage: service-worker.mjs <dist>");
  process.exit(2);
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
const { count, size, warnings } = await injectManifest({
  swSrc: bundle,
  swDest: join(dist, "sw.js"),
  globDirectory: dist,
  globPatterns: ["**/*.{html,js,wasm,svg,png,webmanifest}"],
  globIgnores: ["sw.js", "cards/**"],
  // Trunk puts a hash of its content in these names (in hex, without leading
  // zeros: up to 16 digits): the name is the revision.
  dontCacheBustURLsMatching: /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|svg)$/,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  manifestTransforms: [
    (entries) => ({
      manifest: entries.map((entry) => ({
        ...entry,
        // Fetched with its integrity hash: a file of another build (a deploy
        // half done) fails the install instead of being kept.
        integrity: `sha384-${createHash("sha384").update(readFileSync(join(dist, entry.url))).digest("base64")}`,
        // A page by its folder's address, as the site links it: some hosts
        // redirect `…/index.html` there.
        url: entry.url.replace(/(^|\/)index\.html$/, "$1") || "./",
      })),
      warnings: [],
    }),
  ],
});
rmSync(bundle);
if (warnings.length) {
  // A file left out of the list would be missing offline.
  for (const warning of warnings) console.error(`service worker: ${warning}`);
  process.exit(1);
}
console.log(`service worker: precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
