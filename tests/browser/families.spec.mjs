// The three families of pages (route::Family), each with a binary of its
// own: a page loads only its family's WebAssembly, a move within a family
// is made in the page, and a move to another family loads that family's
// prerendered page, before the app has started and after.
import { expect, heading, inventory, open, ready, stepIds, steps, test, the } from "./helpers.mjs";

/** Every WebAssembly file the page asks for from now on, by its name. */
function wasmRequests(page) {
  const names = [];
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.split("/").pop();
    if (name.endsWith(".wasm")) names.push(name);
  });
  return names;
}

/** The binary a family's pages start, by the name Trunk gives its files. */
const BINARY = { steps: /^diplomacy-explainer-[0-9a-f]+_bg\.wasm$/, views: /^views-[0-9a-f]+_bg\.wasm$/, classroom: /^classroom-[0-9a-f]+_bg\.wasm$/ };

/** A page of each family, from the site's inventory. */
const pageOf = (kind) => inventory.pages.find((page) => page.kind === kind);

test("the inventory puts each page in one family: the steps, the other views, or the classroom kit", () => {
  const families = (kinds) => [...new Set(inventory.pages.filter((page) => kinds.includes(page.kind)).map((page) => page.family))];
  expect(families(["start", "step", "assignment", "not-found"])).toEqual(["steps"]);
  expect(families(["all", "map", "essay", "glossary", "verdict", "shared-verdict"])).toEqual(["views"]);
  expect(families(["teach", "class", "hand-in"])).toEqual(["classroom"]);
});

for (const kind of ["step", "start", "map", "verdict", "glossary", "teach"]) {
  test(`a page of kind ${kind} loads its own family's binary and no other`, async ({ page }) => {
    const described = pageOf(kind);
    const requested = wasmRequests(page);
    await open(page, described.path);
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatch(BINARY[described.family]);
  });
}

test("a move within the steps' family stays in the page; one to the map loads the views' page", async ({ page }) => {
  const reason = the.firstReason;
  await open(page, reason.path);
  const requested = wasmRequests(page);
  // A mark on the document, gone once another document takes its place.
  await page.evaluate(() => { window.samePage = true; });
  await page.keyboard.press("ArrowRight");
  await expect(heading(page)).toHaveText(steps[reason.number].heading);
  expect(await page.evaluate(() => window.samePage)).toBe(true);
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Map" }).click();
  await expect(page).toHaveURL("/map/");
  await expect(heading(page)).toHaveText(pageOf("map").title);
  await ready(page);
  expect(await page.evaluate(() => window.samePage)).toBeUndefined();
  expect(requested).toHaveLength(1);
  expect(requested[0]).toMatch(BINARY.views);
  // The views move among themselves in the page, and back to a step by a page load.
  await page.evaluate(() => { window.samePage = true; });
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Glossary" }).click();
  await expect(heading(page)).toHaveText(pageOf("glossary").title);
  expect(await page.evaluate(() => window.samePage)).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL("/map/");
  await page.locator(`#map-${stepIds[0]} .map-box__link`).click();
  await expect(page).toHaveURL(`/step/${stepIds[0]}/`);
  await expect(heading(page)).toHaveText(steps[0].heading);
  await ready(page);
  expect(await page.evaluate(() => window.samePage)).toBeUndefined();
  expect(requested.at(-1)).toMatch(BINARY.steps);
  // Back leaves the steps' page for the map's, as the browser's own Back does.
  await page.goBack();
  await expect(page).toHaveURL("/map/");
  await expect(heading(page)).toHaveText(pageOf("map").title);
});

test("before the app starts, a link to another family's page is a plain link that loads it", async ({ page }) => {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route("**/*.wasm", async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(steps.at(-1).path);
  await expect(heading(page)).toHaveText(steps.at(-1).heading);
  await expect(page.locator("html[data-app]")).toHaveCount(0);
  await page.getByRole("navigation", { name: "Previous and next" }).getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL("/verdict/");
  await expect(heading(page)).toHaveText(pageOf("verdict").title);
  await expect(page.locator("html[data-app]")).toHaveCount(0);
  release();
  await ready(page);
  await expect(heading(page)).toHaveText(pageOf("verdict").title);
});
