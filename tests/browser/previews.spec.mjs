// What a link previews as where it is pasted: chat apps, social sites and
// learning platforms read the page's head as the server sends it, and run no
// script. Every page says what it is; built with SITE_URL (the sub-path build
// is), every address in the head is absolute and points into the built site.
import { test, expect } from "@playwright/test";
import { pages, scale, site, the, inventory } from "../site.mjs";

/** The site's name, which ends every page's title but the start page's, which it is. */
const name = site.name;
/** The pages of the description with this path. */
const described = (path) => inventory.pages.find((page) => page.path === path);

/** The tags in a page's head, as `[attribute name, name, value]`. */
async function head(request, url) {
  const html = await (await request.get(url)).text();
  const headHtml = html.slice(0, html.indexOf("</head>"));
  const meta = [...headHtml.matchAll(/<meta (name|property)="([^"]+)" content="([^"]*)"/g)].map((m) => [m[2], m[3]]);
  const canonical = headHtml.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
  return { tags: Object.fromEntries(meta), canonical, headHtml };
}

const every = ["og:title", "og:description", "og:type", "og:site_name", "twitter:card", "twitter:title", "twitter:description", "description"];

test("every page previews as itself, with no address pointing anywhere without SITE_URL", async ({ request }) => {
  const descriptions = new Set();
  for (const path of [...pages, "/404.html"]) {
    const { tags, canonical, headHtml } = await head(request, path);
    for (const name of every) expect(tags[name], `${path}: ${name}`).toBeTruthy();
    expect(tags["og:description"], path).toBe(tags.description);
    expect(tags["og:site_name"]).toBe(name);
    expect(tags["og:title"] === name || tags["og:title"].endsWith(` · ${name}`), `${path}: ${tags["og:title"]}`).toBe(true);
    expect(tags["twitter:title"], path).toBe(tags["og:title"]);
    descriptions.add(tags.description);
    // Without the site's address, nothing claims one.
    expect(tags["og:url"], path).toBeUndefined();
    expect(canonical, path).toBeUndefined();
    expect(headHtml, path).not.toMatch(/(content|href)="https?:/);
    expect(tags["og:image"], path).toBeUndefined();
  }
  expect(descriptions.size, "each page says what it is").toBe(pages.length + 1);
  // The cards are drawn all the same, for a host that later learns its address.
  expect((await request.get(`/cards/step-${the.firstReason.id}.png`)).status()).toBe(200);
  // A shared verdict's link points at /verdict/: its preview names no one's verdict as the reader's.
  const verdict = await head(request, "/verdict/");
  expect(verdict.tags["og:title"]).toBe(`A verdict on the essay · ${name}`);
  expect(verdict.headHtml).toContain(`<title>${described("/verdict/").documentTitle}</title>`);
  // A step's description is the first sentence of its claim, which names the essay.
  const reason = the.firstReason;
  const step = await head(request, reason.path);
  expect(step.tags.description).toBe(reason.gist);
  expect(described(reason.path).description).toBe(reason.gist);
});

test("built with SITE_URL, every page gives its own absolute address and card, which are served", async ({ request }) => {
  const site = "http://127.0.0.1:4174/explainer/";
  const cards = new Set();
  for (const path of pages) {
    const { tags, canonical } = await head(request, `${site}${path.slice(1)}`);
    const expected = `${site}${path.slice(1)}`;
    expect(tags["og:url"], path).toBe(expected);
    expect(canonical, path).toBe(expected);
    expect((await request.get(expected)).status(), expected).toBe(200);
    // Its card: a 1200 by 630 PNG well under 100 KB, its own, described in words.
    expect(tags["twitter:card"]).toBe("summary_large_image");
    expect(tags["og:image"], path).toMatch(new RegExp(`^${site}cards/[a-z0-9-]+\\.png$`));
    expect(tags["twitter:image"]).toBe(tags["og:image"]);
    expect([tags["og:image:width"], tags["og:image:height"]]).toEqual(["1200", "630"]);
    expect(tags["og:image:alt"].length, path).toBeGreaterThan(10);
    const card = await request.get(tags["og:image"]);
    expect(card.status(), tags["og:image"]).toBe(200);
    const png = await card.body();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(100_000);
    cards.add(png.toString("base64"));
  }
  expect(cards.size, "every page's card differs from every other's").toBe(pages.length);
  const reason = the.firstReason;
  const card = await head(request, `${site}step/${reason.id}/`);
  expect(card.tags["og:image:alt"]).toBe(`${reason.standing}. ${reason.title}. ${card.tags.description}`);
  const missing = await head(request, `${site}no-such-page`);
  expect(missing.canonical).toBeUndefined();
});

test("each pair of estimates a sharer may show has its own page and card, saying them", async ({ request }) => {
  const site = "http://127.0.0.1:4174/explainer/";
  const points = scale.map((point) => [point.id, point.label.toLowerCase()]);
  const cards = new Set();
  const titles = new Set();
  const descriptions = new Set();
  for (const [before, beforeWords] of points) {
    for (const [after, afterWords] of points) {
      const path = `/verdict/${before}-to-${after}/`;
      const { tags } = await head(request, `${site}${path.slice(1)}`);
      // The estimates follow the question they answer, each with when it was made.
      expect(tags.description).toBe(described(path).description);
      expect(tags.description).toContain(`${beforeWords} before reading`);
      expect(tags.description).toContain(`${afterWords} after`);
      descriptions.add(tags.description);
      // Its title names both estimates, so two pages' previews never look alike.
      expect(tags["og:title"]).toBe(`Before reading: ${beforeWords}. After: ${afterWords}. · ${name}`);
      expect(tags["twitter:title"]).toBe(tags["og:title"]);
      titles.add(tags["og:title"]);
      cards.add(tags["og:image"]);
      expect((await request.get(tags["og:image"])).status()).toBe(200);
    }
  }
  expect(titles.size, "every pair of estimates has a title of its own").toBe(scale.length ** 2);
  expect(descriptions.size).toBe(scale.length ** 2);
  expect(cards.size).toBe(scale.length ** 2);
  expect((await request.get(`${site}verdict/likely-to-certain/`)).status()).toBe(404);
});
