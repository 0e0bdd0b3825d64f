// The site's service worker, from Workbox's precaching and routing: after a
// reader's first visit, every page of the build and the files they load are
// kept, so each route opens offline as the host serves it. It is bundled
// with the list of those files and their revisions by
// scripts/service-worker.mjs (`make dist`), as `sw.js` at the site's root.
//
// - A page of one build only ever loads that build's files: a new version
//   installs beside the old one and waits until the reader asks for it
//   (`SKIP_WAITING`, sent by the notice's Update now), or
//   until no page of the old one is open. When it takes over, Workbox
//   deletes every file the old list had and the new one has not.
// - It caches nothing but that list, and of it only a 200 response from the
//   site's own origin whose bytes match the build's (each entry carries its
//   integrity hash): an error page, another origin's response or a file of
//   another build fails the install, which leaves the old version in place
//   and is tried again on a later visit.
// - An address in its scope that the build has no page for goes to the
//   host; offline, it gets the not-found page, as the host would give it.
import { clientsClaim } from "workbox-core";
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";

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
precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: null,
  // No query changes what a page is (a verdict shared with `?v=1` is read by the page).
  ignoreURLParametersMatching: [/.*/],
  cleanURLs: false,
});
cleanupOutdatedCaches();
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

addEventListener("message", (event) => {
  if (event.data?.type === "SKIP_WAITING") self.skipWaiting();
});
// The first version takes the page that installed it at once, so that page
// already works offline; a later one takes over only as said above.
clientsClaim();
