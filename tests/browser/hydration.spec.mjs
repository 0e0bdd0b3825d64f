// The first render in the browser is the page the server sent. Hydration must
// find every element, attribute and text of the prerendered page as it is;
// what only the browser knows (saved progress, a share link's answers, the
// address's fragment) arrives in the render after it, and never moves focus
// or scroll. The app marks that render done (`data-app="settled"` on <html>),
// and each test compares the page then, however fast the machine.
//
// The page as served is recorded before any script runs, and every change
// after it is watched. Yew's hydration writes every attribute and text of the
// page once; so where hydration found the page it expected, the first write
// to each attribute leaves it as it was. Later renders may then change it.
import { expect, expectOpen, pages, ready, savedProgress, section, seedStorage, stepIds, progressKey, test, the } from "./helpers.mjs";
import { watch } from "./watch.mjs";

/** Where focus and scroll stand: the browser's own, for a page just loaded. */
function untouched(page) {
  return page.evaluate(() => ({ focus: document.activeElement.localName, scroll: window.scrollY }));
}

/**
 * What a page changes once the app has started, by design, left out of both
 * snapshots: the teacher's page mints the assignment's id, writes its links
 * with the page's origin and draws its QR codes, which need it; the class
 * page enables its buttons, which only the app can work; the map draws the
 * essay's reply as an arrow between two boxes, which only the laid-out page
 * can measure.
 */
const changedOnStart = {
  "/teach/": (lines) => lines
    .filter((line) => !/<svg aria-label="QR code|<rect fill="#ffffff"|<path d="M/.test(line))
    .map((line) => line.replace("http://127.0.0.1:4173/", "/").replace(/(id=|#)[a-z2-7]{6}\b/g, "$1<id>")),
  "/teach/class/": (lines) => lines.map((line) => line.replace(' disabled="disabled"', "")),
  "/map/": (lines) => lines.filter((line) => !/<path class="map__reply"/.test(line)),
  // An assignment's first screen shows what the address and this device hold, which only the
  // browser knows: its heading stays, and what is under it arrives once the app has started.
  "/assignment/": (lines) => {
    const heading = lines.findIndex((line) => line.includes('<div class="assignment-start">'));
    return [...lines.slice(0, heading + 3), ...lines.slice(lines.findIndex((line) => line.startsWith("<footer")))];
  },
};

for (const path of pages) {
  test(`${path} is hydrated as the server sent it`, async ({ page }) => {
    await watch(page);
    await page.goto(path);
    await ready(page);
    expect(await page.evaluate(() => window.hydration.changedByFirstWrite())).toEqual([]);
    const served = await page.evaluate(() => window.hydration.served());
    expect(served.length).toBeGreaterThan(20);
    // A fresh visit changes nothing: arriving at a step records the visit, but
    // the step shows as read only once the reader has left it.
    const mask = changedOnStart[path] ?? ((lines) => lines);
    expect(mask(await page.evaluate(() => window.hydration.now()))).toEqual(mask(served));
    expect(await untouched(page)).toEqual({ focus: "body", scroll: 0 });
  });
}

test("a link to a passage of the essay highlights it only after hydration", async ({ page }) => {
  const quote = the.firstReason.quotes.at(-1).id;
  await watch(page);
  await page.goto(`/essay/#${quote}`);
  await ready(page);
  expect(await page.evaluate(() => window.hydration.changedByFirstWrite())).toEqual([]);
  const served = await page.evaluate(() => window.hydration.served());
  const now = await page.evaluate(() => window.hydration.now());
  const changed = now.filter((line, index) => line !== served[index]);
  expect(now).toHaveLength(served.length);
  expect(changed).toHaveLength(1);
  expect(changed[0]).toContain(`class="essay__quote is-target" id="${quote}"`);
  await expect(page.locator(`#${quote}`)).toBeFocused();
});

test("a shared verdict is read after hydration, and takes neither focus nor scroll", async ({ page }) => {
  await watch(page);
  await page.goto(`/verdict/#v=1&before=4&${the.firstReason.id}=c3`);
  await ready(page);
  expect(await page.evaluate(() => window.hydration.changedByFirstWrite())).toEqual([]);
  await expect(page.locator("main h1")).toHaveText("A shared verdict");
  await expect(page).toHaveTitle(/^A shared verdict/);
  expect(await untouched(page)).toEqual({ focus: "body", scroll: 0 });
});

test("a returning reader's progress is applied after hydration, and takes neither focus nor scroll", async ({ page }) => {
  await seedStorage(page, {
    [progressKey]: savedProgress({ last: stepIds[5], visited: stepIds.slice(0, 6), open: ["essay", "why", "questions"] }),
  });
  await watch(page);
  await page.goto(the.firstReason.path);
  await ready(page);
  expect(await page.evaluate(() => window.hydration.changedByFirstWrite())).toEqual([]);
  await expectOpen(section(page, "Why it matters"));
  expect(await untouched(page)).toEqual({ focus: "body", scroll: 0 });
});
