// Shared set-up for the browser tests: a page that fails the test on any
// uncaught error or panic, and what the tests need to know of the content.
import { expect } from "./fixture.mjs";
import { answersKey, stepIds } from "../site.mjs";

export {
  answersKey, dist, essayText, followingKey, inventory, judged, the, markingPages, pages, passages, pathOf, pointing, routes, savedProgress, scale, site, step,
  stepIds, stepWhere, steps, storageKey, progressKey, termIds,
} from "../site.mjs";

/**
 * The text of each element, as the essay's words: our additions inside it
 * (glossary definitions, links to steps, labels) are left out.
 */
export async function quoteTexts(locator) {
  return locator.evaluateAll((elements) => elements.map((element) => {
    const copy = element.cloneNode(true);
    copy.querySelectorAll(".term__definition, .essay__step-link, .label").forEach((ours) => ours.remove());
    return copy.textContent;
  }));
}

export { expect, test } from "./fixture.mjs";


/**
 * Waits until the app has taken over the prerendered page and has shown what
 * only the browser knows (saved state, the address's query and fragment):
 * `data-app` on <html> is "ready" once it starts, "settled" after that render.
 * A fresh document (a `goto`, a reload) has none until its app starts. It
 * says nothing of a move within the page (a link the app follows, a key):
 * there a test waits for what the new page shows, such as its heading.
 */
export async function ready(page) {
  // The app's start (the WebAssembly fetched, compiled and hydrating the
  // page) takes what the machine gives it: on a busy one, longer than an
  // expectation's usual 5 s. A wait for it costs nothing when it is quick.
  await expect(page.locator('html[data-app="settled"]')).toHaveCount(1, { timeout: 20_000 });
}

/**
 * Saves `entries` (key to value) in the site's localStorage, as an earlier
 * visit would have, before the test opens the page it checks. They are
 * written from the not-found page (or `at`), which saves nothing itself.
 */
export async function seedStorage(page, entries, at = "/404.html") {
  await page.goto(at);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, entries);
}

/**
 * Waits until localStorage holds, under `key`, text that contains `part` (a
 * string) or matches it (a RegExp), or is `null` when `part` is: the app
 * saves after it renders, so a test that leaves the page, reloads it or
 * reads storage waits for the save, or it would race it.
 */
export async function expectSaved(page, key, part) {
  const stored = expect.poll(() => page.evaluate((key) => localStorage.getItem(key), key));
  if (part === null) await stored.toBeNull();
  else if (part instanceof RegExp) await stored.toMatch(part);
  else await stored.toContain(part);
}

/**
 * Waits until answers saved on this device, the reader's own or an
 * assignment's (each under a key of its own, `<answersKey>.<id>.<start>`),
 * hold text matching `pattern`.
 */
export async function expectAnswersSaved(page, pattern) {
  await expect.poll(() => page.evaluate((key) => Object.entries(localStorage)
    .filter(([name]) => name === key || name.startsWith(`${key}.`))
    .map(([, value]) => value), answersKey)).toContainEqual(expect.stringMatching(pattern));
}

/**
 * Runs `act` (a key press, a click) and checks that it started no navigation:
 * neither a new address pushed by the app nor a new page. Every navigation,
 * within the page or to another, fires the Navigation API's `navigate` event
 * as it starts, so the check need not wait for one that would come late; the
 * mark set on the page before shows that no other page has replaced it since.
 */
export async function expectNoNavigation(page, act, what) {
  await page.evaluate(() => {
    window.navigationsStarted = [];
    navigation.addEventListener("navigate", (event) => window.navigationsStarted.push(event.destination.url));
  });
  await act();
  expect(await page.evaluate(() => window.navigationsStarted ?? "another page"), what).toEqual([]);
}

/** Opens a path and waits until the app has taken over the page. */
export async function open(page, path) {
  await page.goto(path);
  await ready(page);
  await expect(page.locator("main h1")).toBeVisible();
}

/**
 * A glossary term's button, by the words it marks (or the first in a step's
 * claim), and the definition it shows.
 */
export async function glossaryTerm(page, words) {
  const marks = page.locator(words ? "main .term__button" : "main .claim .term__button", { hasText: words });
  const term = marks.first();
  return { term, definition: page.locator(`#${await term.getAttribute("aria-describedby")}`) };
}

/** The main heading. */
export function heading(page) {
  return page.locator("main h1");
}

/** The path of step `index` (0-based). */
export function stepPath(index) {
  return `/step/${stepIds[index]}`;
}

/**
 * The address of a step, with or without the trailing slash that a static
 * host adds when it redirects a deep link to the step's folder.
 */
export function stepUrl(id, base = "") {
  return new RegExp(`^http://127\\.0\\.0\\.1:\\d+${base}/step/${id}/$`);
}

/** A step's expandable section, by its title: the `<details>` element. */
export function section(page, title) {
  return page.locator("main details.disclosure", { has: page.locator("summary h2", { hasText: title }) });
}

/** What the reader clicks to open or close a section: its `<summary>`. */
export function sectionToggle(page, title) {
  return section(page, title).locator("summary");
}

/** Waits until a section is open (or, with `open` false, closed). */
export async function expectOpen(details, open = true) {
  await expect(details).toHaveJSProperty("open", open);
}

/**
 * Waits until every section of the page is open (or, with `open` false,
 * closed): as many sections in that state as the page has, and at least one,
 * so that a page with none, or with none found, fails.
 */
export async function expectAllOpen(page, open = true) {
  const all = await page.locator("main details.disclosure").count();
  expect(all, "the page has sections").toBeGreaterThan(0);
  await expect(page.locator(`main details.disclosure${open ? "[open]" : ":not([open])"}`)).toHaveCount(all);
}
