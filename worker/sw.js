// The site's service worker, from Workbox's precaching and routing, bundled
// with the list of the build's files, their revisions and integrity hashes
// by scripts/service-worker.mjs (`make dist`), as `sw.js` at the site's root.
// After a reader's first visit it downloads in the background what a reader
// of the steps uses (the list's precached files: the steps' pages and
// binary, and the other views' but the shared verdicts' while they fit the
// budget); every other file of the list is kept on first use, when a page
// first loads it. Each route a reader has opened then opens offline as the
// host serves it.
//
// - A page of one build only ever loads that build's files: a new version
//   installs beside the old one and waits until the reader asks for it
//   (`SKIP_WAITING`, sent by the notice's Update now), or until no page of
//   the old one is open. When it takes over, Workbox deletes every file the
//   old list had and the new one has not, and the files kept on first use
//   that the new list has not in the same revision are deleted too; until
//   then each version looks its kept files up by its own revisions only.
// - It keeps nothing but its list, and of it only a 200 response from the
//   site's own origin whose bytes match the build's (each entry carries its
//   integrity hash). In the background download, an error page, another
//   origin's response or a file of another build fails the install, which
//   leaves the old version in place and is tried again on a later visit; a
//   file opened first is served as the host sent it, and kept only if it
//   is the build's.
// - While the browser asks to save data (`navigator.connection.saveData`,
//   Chromium's; other engines have no such setting), a version does not
//   install: nothing is downloaded in the background. The page does not
//   register the worker meanwhile either (index.html).
// - An address in its scope that the build has no page for goes to the
//   host; offline, it gets the not-found page, as the host would give it. A
//   page of the build not kept yet gets, offline, a page that says so.
import { cacheNames, clientsClaim } from "workbox-core";
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";

// Before Workbox's own listener, which would begin the download.
addEventListener("install", (event) => {
  if (!navigator.connection?.saveData) return;
  event.stopImmediatePropagation();
  event.waitUntil(Promise.reject(new Error("The browser asks to save data: this version installs on a later visit.")));
});

const list = self.__WB_MANIFEST;
/** The files kept on first use, by their address (without a query), with the cache key of their revision. */
const firstUse = new Map(
  list.filter((entry) => entry.onFirstUse).map((entry) => {
    const address = new URL(entry.url, self.location.href).href;
    return [address, { ...entry, key: entry.revision ? `${address}?__WB_REVISION__=${entry.revision}` : address }];
  }),
);
/** The cache of the files kept on first use, one for the worker's scope (a site under a sub-path has its own). */
const keptCache = `${cacheNames.prefix}-first-use-${cacheNames.suffix}`;

// Seen when a version installs, before Workbox copies a redirected response:
// anything but a 200 from the site's own origin is made an error, which fails
// the install.
addPlugins([
  {
    fetchDidSucceed: async ({ event, response }) =>
      event.type !== "install" || (response.status === 200 && new URL(response.url).origin === self.location.origin)
        ? response
        : new Response(null, { status: 502 }),
  },
]);
// Pages are listed by their folders' addresses (`step/cold-war/`), as requested.
precacheAndRoute(
  list.filter((entry) => !entry.onFirstUse).map(({ url, revision, integrity }) => ({ url, revision, integrity })),
  {
    directoryIndex: null,
    // No query changes what a page is (a verdict shared with `?v=1` is read by the page).
    ignoreURLParametersMatching: [/.*/],
    cleanURLs: false,
  },
);
cleanupOutdatedCaches();

/** The file's bytes as the base64 SHA-384 hash an integrity attribute gives. */
async function integrityOf(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-384", bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** Keeps `response` as `file`'s, if it is a 200 from this origin whose bytes are the build's. */
async function keep(file, response) {
  if (response.status !== 200 || response.type !== "basic" || new URL(response.url).origin !== self.location.origin) return;
  const bytes = await response.arrayBuffer();
  if ((await integrityOf(bytes)) !== file.integrity) return;
  const headers = { "content-type": response.headers.get("content-type") ?? "application/octet-stream" };
  await (await caches.open(keptCache)).put(file.key, new Response(bytes, { headers }));
}

// A file kept on first use: from the cache if this build's revision is
// there; else from the host, kept once the page has it.
registerRoute(
  ({ url }) => firstUse.has(url.origin + url.pathname),
  async ({ event, request, url }) => {
    const file = firstUse.get(url.origin + url.pathname);
    const cached = await caches.match(file.key, { cacheName: keptCache });
    if (cached) return cached;
    let response;
    try {
      response = await fetch(request);
    } catch (error) {
      // Offline, a page not yet kept is not the host's not-found page: it exists, and opens once online.
      if (request.mode === "navigate") return notKeptYet();
      throw error;
    }
    event.waitUntil(keep(file, response.clone()));
    return response;
  },
);

/** The page for a page of the site that is not kept yet, opened offline: what happened, and a way on. */
function notKeptYet() {
  const start = self.registration.scope;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>Not saved for offline reading yet</title></head>
<body style="font: 1.1rem/1.5 system-ui, sans-serif; max-width: 34rem; margin: 2rem auto; padding: 0 1rem">
<main><h1>Not saved for offline reading yet</h1>
<p>You are offline, and this page has not been opened on this device before. Open it again once you are online: from then on it opens offline too.</p>
<p>The steps of the essay's argument are saved: <a href="${start}">go to the start page</a>.</p></main>
</body></html>`;
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8" } });
}

// Any other address in scope goes to the host, which may redirect it (a
// folder without its final slash) or answer with its not-found page; offline,
// it gets the not-found page from here.
const notFound = createHandlerBoundToURL("404.html");
registerRoute(
  new NavigationRoute(async (options) => {
    try {
      return await fetch(options.request);
    } catch {
      return notFound(options);
    }
  }),
);

addEventListener("activate", (event) => {
  // Files kept on first use that this version does not list in the same revision.
  event.waitUntil((async () => {
    const cache = await caches.open(keptCache);
    const listed = new Set([...firstUse.values()].map((file) => file.key));
    for (const request of await cache.keys()) {
      if (!listed.has(request.url)) await cache.delete(request);
    }
  })());
});

addEventListener("message", (event) => {
  if (event.data?.type === "SKIP_WAITING") self.skipWaiting();
  // The page that registered the worker, and what it loaded before the worker
  // controlled it, are kept as if first opened now: its reader can reload it offline.
  // A page asked for with the files it loads (`loads`): the hand-in page, kept when an assignment is opened.
  if (event.data?.type === "KEEP" && Array.isArray(event.data.addresses)) {
    const addresses = event.data.addresses.flatMap((address) => [
      address,
      ...(firstUse.get(address)?.loads ?? []).map((name) => new URL(name, self.location.href).href),
    ]);
    event.waitUntil(Promise.all([...new Set(addresses)].map(async (address) => {
      const file = firstUse.get(address);
      if (!file || (await caches.match(file.key, { cacheName: keptCache }))) return;
      await keep(file, await fetch(address, { credentials: "same-origin" }));
    })).catch(() => {}));
  }
});
// The first version takes the page that installed it at once, so that page
// already works offline; a later one takes over only as said above.
clientsClaim();
