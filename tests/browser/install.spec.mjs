// Installable at the root and under a sub-path: the manifest is valid for
// the site's own address, every icon is there at its stated size, a reader
// who opens it from a home screen goes on where they left off, and the
// service worker keeps the sub-path site offline.
import { expect, heading, pathOf, ready, savedProgress, seedStorage, progressKey, steps, test, the, inventory } from "./helpers.mjs";

/** The site's name: the start page's title. */
const siteName = inventory.pages.find((page) => page.path === pathOf("start")).title;
/** The steps the tests open: one that is not the first, and another. */
const [left, other] = [the.concession, the.firstReason];

const sites = [
  { name: "at the root", origin: "http://127.0.0.1:4173", base: "/" },
  { name: "under a sub-path", origin: "http://127.0.0.1:4174", base: "/explainer/" },
];

/** A PNG's width and height, from its header. */
function pngSize(bytes) {
  expect([...bytes.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join("")).toBe("PNG");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

for (const { name, origin, base } of sites) {
  test(`the manifest ${name} opens the site in its own window, with icons of the stated sizes`, async ({ page, request }) => {
    await page.goto(`${origin}${base}step/${other.id}/`);
    const href = await page.locator('link[rel="manifest"]').evaluate((link) => link.href);
    expect(href).toBe(`${origin}${base}manifest.webmanifest`);
    const response = await request.get(href);
    expect(response.ok()).toBe(true);
    const manifest = await response.json();
    expect(manifest.name).toBe(siteName);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.display).toBe("standalone");
    expect(manifest.scope).toBe(base);
    expect(manifest.start_url).toBe(`${base}#continue`);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    const sizes = [];
    for (const icon of manifest.icons) {
      const file = await request.get(new URL(icon.src, href).href);
      expect(file.ok(), icon.src).toBe(true);
      expect(file.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await file.body()), icon.src).toBe(icon.sizes);
      sizes.push(`${icon.sizes} ${icon.purpose}`);
    }
    expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
    const touch = await page.locator('link[rel="apple-touch-icon"]').evaluate((link) => link.href);
    expect(pngSize(await (await request.get(touch)).body())).toBe("180x180");
  });

  test(`opened from a home screen ${name}, it goes on at the step the reader left off`, async ({ page }) => {
    await seedStorage(page, { [progressKey]: savedProgress({ last: left.id, visited: [steps[0].id, left.id] }) }, `${origin}${base}404.html`);
    await page.goto(`${origin}${base}#continue`);
    await expect(page).toHaveURL(`${origin}${base}step/${left.id}/`);
    await ready(page);
    // With none saved, or a step the site does not have, the start page, its address made plain.
    for (const saved of [null, savedProgress({ last: "no-such-step" })]) {
      // Saved from another page, so that the start page then loads afresh.
      await page.goto(`${origin}${base}404.html`);
      await page.evaluate(([key, saved]) => (saved ? localStorage.setItem(key, saved) : localStorage.removeItem(key)), [progressKey, saved]);
      await page.goto(`${origin}${base}#continue`);
      await ready(page);
      await expect(page).toHaveURL(`${origin}${base}`);
      await expect(heading(page)).toBeVisible();
    }
  });
}

test.describe("with its service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("under a sub-path, the worker's scope is the sub-path and its pages open offline", async ({ page, context }) => {
    const { origin, base } = sites[1];
    await page.goto(`${origin}${base}step/${steps[1].id}/`);
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope)).toBe(`${origin}${base}`);
    // The verdict, a page of the other views, is kept once opened (worker/sw.js), under the sub-path too.
    await page.goto(`${origin}${base}verdict/`);
    await ready(page);
    await context.setOffline(true);
    for (const path of [`step/${other.id}/`, "verdict/", "no-such-page"]) {
      await page.goto(`${origin}${base}${path}`);
      await ready(page);
      await expect(heading(page), path).toBeVisible();
    }
    await expect(heading(page)).toHaveText("Page not found");
  });
});
