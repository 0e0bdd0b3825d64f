// Walking through the steps: the start page, Previous/Next, the list of
// steps, keys, Back/Forward, reload and deep links, and where focus goes.
import { answersKey, expect, expectNoNavigation, expectSaved, heading, judged, open, progressKey, scale, site, stepIds, stepPath, steps, stepUrl, test, the, ready, inventory } from "./helpers.mjs";

const total = stepIds.length;

/**
 * The steps the tests visit: the first reason and the step before it, a
 * concession, a reply and the step it replies to, two steps further on (the
 * sixth, and the last judged but one) and the last judged step.
 */
const reason = the.firstReason;
const previous = steps[reason.number - 2];
const [concession, reply, repliedTo] = [the.concession, the.reply, the.repliedTo];
const [sixth, later, lastReason] = [steps[5], judged.at(-2), judged.at(-1)];

/** The start page's heading: the essay's question. */
const question = site.question;

test("the start page leads to the first step, and focus moves to its heading", async ({ page }) => {
  await open(page, "/");
  await expect(heading(page)).toHaveText(question);
  await page.getByRole("link", { name: "Start with step 1" }).click();
  await expect(page).toHaveURL(stepUrl(stepIds[0]));
  await expect(heading(page)).toHaveText(steps[0].heading);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByText(steps[0].place)).toBeVisible();
});

test("Next and Previous move one step and say where the reader is", async ({ page }) => {
  await open(page, stepPath(0));
  const pager = page.getByRole("navigation", { name: "Previous and next" });
  await pager.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(stepUrl(stepIds[1]));
  await expect(page.getByText(steps[1].place)).toBeVisible();
  await expect(heading(page)).toBeFocused();
  await pager.getByRole("link", { name: /Previous/ }).click();
  await expect(page).toHaveURL(stepUrl(stepIds[0]));
  await pager.getByRole("link", { name: /Previous/ }).click();
  await expect(page).toHaveURL("/");
});

test("the list of steps marks the current step and jumps to any step", async ({ page }) => {
  await open(page, stepPath(0));
  const list = page.getByRole("navigation", { name: "Steps of the argument" });
  await expect(list.getByRole("link")).toHaveCount(total);
  await expect(list.locator('[aria-current="page"]')).toHaveCount(1);
  await list.getByRole("link", { name: sixth.title }).click();
  await expect(page).toHaveURL(stepUrl(sixth.id));
  await expect(list.locator('[aria-current="page"]')).toContainText(sixth.title);
  await expect(page.locator("progress")).toHaveAttribute("value", String(sixth.number));
  await expect(list.getByRole("link", { name: `${steps[0].title} (read)`, exact: true })).toHaveCount(1);
  await expect(list.getByRole("link", { name: reply.title, exact: true })).toHaveCount(1);
});

test("arrow keys move between steps, and past either end go where Previous and Next do", async ({ page }) => {
  await open(page, stepPath(0));
  await expect(page.getByRole("link", { name: /^← Previous/ })).toHaveAttribute("href", "/");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL("/");
  await expect(heading(page)).toHaveText(question);
  await open(page, stepPath(0));
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(stepIds[1]));
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(stepIds[2]));
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(stepUrl(stepIds[1]));
  await open(page, stepPath(total - 1));
  await expect(page.getByRole("link", { name: /^Next →/ })).toHaveAttribute("href", "/verdict/");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL("/verdict/");
  await expect(heading(page)).toHaveText("Your verdict");
});

test("the keys' hint shows only where the keys work: where scripts run", async ({ page, browser }) => {
  await open(page, stepPath(2));
  await expect(page.getByText("Keys: ← and → move a step.")).toBeVisible();
  const off = await browser.newContext({ javaScriptEnabled: false });
  const plain = await off.newPage();
  await plain.goto(stepPath(2));
  await expect(plain.locator("main h1")).toBeVisible();
  // The hint is on the page, as the app-run page shows it, but not shown.
  const hint = plain.getByText("Keys: ← and → move a step.");
  await expect(hint).toHaveCount(1);
  await expect(hint).toBeHidden();
  await off.close();
});

test("Home and End scroll a long step, as the browser's own keys, and move nowhere", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await open(page, sixth.path);
  await page.getByRole("button", { name: "Expand all" }).click();
  await heading(page).focus();
  // Each key's scroll is let finish (the browser's own scrollend) before the next key: a key
  // pressed during a smooth scroll may be taken into it, however fast or slow the machine.
  const scrollEnd = () => page.evaluate(() => new Promise((done) => addEventListener("scrollend", done, { once: true })));
  const endDone = scrollEnd();
  await page.keyboard.press("End");
  await endDone;
  expect(await page.evaluate(() =>
    Math.abs(window.scrollY + window.innerHeight - document.documentElement.scrollHeight) <= 1)).toBe(true);
  const homeDone = scrollEnd();
  await page.keyboard.press("Home");
  await homeDone;
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page).toHaveURL(stepUrl(sixth.id));
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

  test("the keyboard hint is not shown", async ({ page }) => {
    await open(page, reason.path);
    const hint = page.getByText("Keys: ← and → move a step.");
    await expect(hint).toHaveCount(1);
    await expect(hint).toBeHidden();
  });
});

test("the keyboard hint names only the keys that work, and each moves the step as it says", async ({ page }) => {
  // Where each arrow a hint may name takes the reader from the third step, if it moves at all.
  const arrows = { "←": ["ArrowLeft", stepIds[1]], "→": ["ArrowRight", stepIds[3]], "↑": ["ArrowUp"], "↓": ["ArrowDown"] };
  await open(page, stepPath(2));
  const hint = await page.locator(".pager__hint").textContent();
  const named = [...hint].filter((character) => /[\u2190-\u21ff]/.test(character));
  expect(named.length, `the keys named in “${hint}”`).toBeGreaterThan(0);
  expect(hint).toMatch(/move a step\.$/);
  for (const arrow of named) {
    const [key, to] = arrows[arrow] ?? [];
    expect(to, `${arrow}, named in “${hint}”, moves a step`).toBeDefined();
    await open(page, stepPath(2));
    await page.keyboard.press(key);
    await expect(page).toHaveURL(stepUrl(to));
  }
});

test("the header's links reach every view", async ({ page }) => {
  await open(page, stepPath(0));
  for (const [link, title] of [["Map", "Argument map"], ["Essay", "The essay"], ["Glossary", "Glossary"],
    ["Whole argument", "The whole argument"], ["Your verdict", "Your verdict"]]) {
    await page.locator(".site-header").getByRole("link", { name: link, exact: true }).click();
    await expect(heading(page)).toHaveText(title);
  }
});

test("keys do not move the step while the reader types in a field", async ({ page }) => {
  await open(page, stepPath(3));
  await page.evaluate(() => {
    const field = document.createElement("input");
    field.id = "typing";
    field.value = "some text";
    document.querySelector("main").prepend(field);
  });
  await page.focus("#typing");
  for (const key of ["ArrowRight", "ArrowLeft"]) {
    await expectNoNavigation(page, () => page.keyboard.press(key), key);
  }
  await expect(page.locator("#typing")).toBeFocused();
  // Out of the field, the same key moves.
  await heading(page).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(stepIds[4]));
});

test("arrows with Shift, Ctrl, Alt or ⌘ are left to the browser", async ({ page }) => {
  await open(page, stepPath(3));
  await heading(page).focus();
  for (const modifier of ["Shift", "Control", "Alt", "Meta"]) {
    for (const arrow of ["ArrowRight", "ArrowLeft"]) {
      await expectNoNavigation(page, () => page.keyboard.press(`${modifier}+${arrow}`), `${modifier}+${arrow}`);
    }
  }
  await expect(heading(page)).toBeFocused();
  // The same arrow alone, from the same place, does move.
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(stepIds[4]));
});

test("Back and Forward move between visited steps", async ({ page }) => {
  await open(page, stepPath(0));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(stepIds[2]));
  await page.goBack();
  await expect(page).toHaveURL(stepUrl(stepIds[1]));
  await expect(page.getByText(steps[1].place)).toBeVisible();
  await page.goBack();
  await expect(heading(page)).toHaveText(steps[0].heading);
  await page.goForward();
  await expect(page).toHaveURL(stepUrl(stepIds[1]));
  await expect(page.getByText(steps[1].place)).toBeVisible();
  // A link to the page already shown adds no history entry for Back to undo.
  await page.locator('.step-list__steps a[aria-current="page"]').click();
  await page.goBack();
  await expect(heading(page)).toHaveText(steps[0].heading);
});

test("a reload stays on the step, and a deep link opens its step", async ({ page }) => {
  await open(page, later.path);
  await expect(heading(page)).toHaveText(later.heading);
  // The app saves the step as read after it has rendered it: a focus moved on
  // load would have moved by then.
  await expectSaved(page, progressKey, `last=${later.id}`);
  await expect(heading(page)).not.toBeFocused();
  await page.reload();
  await ready(page);
  await expect(heading(page)).toHaveText(later.heading);
  // A static host redirects a folder to its trailing slash; the step still opens.
  await open(page, reason.path);
  await expect(heading(page)).toHaveText(reason.heading);
});

test("an address ending in index.html opens its folder's page", async ({ page }) => {
  await open(page, "/index.html");
  await expect(page).toHaveURL("/");
  await expect(heading(page)).toHaveText(question);
  await open(page, `/step/${previous.id}/index.html?x=1#top`);
  await expect(page).toHaveURL(`/step/${previous.id}/?x=1#top`);
  await expect(heading(page)).toHaveText(previous.heading);
});

test("the page title names the step", async ({ page }) => {
  await open(page, stepPath(4));
  await expect(page).toHaveTitle(new RegExp(`^${steps[4].place}: `));
});

test("the first Tab stop skips past the header and the list of steps to the step", async ({ page }) => {
  await open(page, reason.path);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveURL(stepUrl(reason.id));
  // The next stop is in the step itself, not in the list of steps.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement.closest(".step") !== null)).toBe(true);
  await page.goBack();
  await expect(page).not.toHaveURL(stepUrl(reason.id));
});

test.describe("the first screen of a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("shows a step's heading and its claim", async ({ page }) => {
    for (const id of [reason.id, lastReason.id]) {
      await open(page, `/step/${id}`);
      await expect(heading(page)).toBeInViewport({ ratio: 1 });
      const claim = await page.locator("main .claim").boundingBox();
      expect(claim.y + claim.height, id).toBeLessThanOrEqual(740);
    }
  });

  test("shows the way to start: the essay's question and the guess asked first", async ({ page }) => {
    await open(page, "/");
    await expect(heading(page)).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("group", { name: site["scale.before"] }).getByRole("radio").first()).toBeInViewport({ ratio: 1 });
  });
});

test("the list of steps marks a step read once the reader has left it, not on arrival", async ({ page }) => {
  await open(page, steps[0].path);
  const list = page.getByRole("navigation", { name: "Steps of the argument" });
  await expect(list.getByRole("link", { name: steps[0].title, exact: true })).not.toHaveClass(/is-visited/);
  await page.keyboard.press("ArrowRight");
  await expect(list.getByRole("link", { name: `${steps[0].title} (read)`, exact: true })).toHaveClass(/is-visited/);
  await expect(list.locator('[aria-current="page"]')).not.toHaveClass(/is-visited/);
});

test("one name for the explainer: in the header, on the start page and in the tab", async ({ page }) => {
  await open(page, "/");
  await expect(page).toHaveTitle(site.name);
  // The start page's heading asks the essay's question; the tab and the header keep the name.
  await expect(heading(page)).toHaveText(question);
  await expect(page.locator(".site-header__name")).toHaveText(site.name);
  await open(page, "/map");
  await expect(page).toHaveTitle(inventory.pages.find((page) => page.kind === "map").documentTitle);
});

/** Whether focus is on an element the reader can see, not left on the page's body. */
async function expectVisibleFocus(page, what) {
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const box = element.getBoundingClientRect();
    return { visible: element.checkVisibility() && box.width > 0 && box.height > 0,
      inView: box.bottom > 0 && box.top < innerHeight, text: element.textContent.trim().slice(0, 60) };
  });
  expect(focused, `focus after ${what} is on the page's body`).not.toBeNull();
  expect(focused.visible, `focus after ${what} (${focused.text}) is visible`).toBe(true);
  expect(focused.inView, `focus after ${what} (${focused.text}) is in view`).toBe(true);
}

test.describe("focus after an action lands on something visible", () => {
  test("Back and Forward put focus on the heading, or on what the address names", async ({ page }) => {
    await open(page, stepPath(1));
    await page.getByRole("navigation", { name: "Previous and next" }).getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(stepUrl(stepIds[2]));
    await page.goBack();
    await expect(page).toHaveURL(stepUrl(stepIds[1]));
    await expect(heading(page)).toBeFocused();
    await expectVisibleFocus(page, "Back");
    await page.goForward();
    await expect(page).toHaveURL(stepUrl(stepIds[2]));
    await expect(heading(page)).toBeFocused();
    await expectVisibleFocus(page, "Forward");
    // Back to an address that names a box on the map lands on that box.
    await page.getByRole("link", { name: "See where it stands on the argument map" }).click();
    await expect(page).toHaveURL(`/map/#map-${stepIds[2]}`);
    await page.locator(`#map-${reply.id} .map-box__relation`).getByRole("link").click();
    await expect(page.locator(`#map-${repliedTo.id}`)).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL(`/map/#map-${stepIds[2]}`);
    await expect(page.locator(`#map-${stepIds[2]}`)).toBeFocused();
    await expectVisibleFocus(page, "Back on the map");
    // The map is of another family of pages than the steps: Back from it
    // is the browser's own, to the step's page, which shows its heading.
    await page.goBack();
    await expect(page).toHaveURL(stepUrl(stepIds[2]));
    await expect(heading(page)).toHaveText(steps[2].heading);
  });

  test("Clear this answer puts focus on the choice it cleared", async ({ page }) => {
    await open(page, "/");
    const before = page.getByRole("group", { name: site["scale.before"] });
    await before.getByLabel(scale[1].label, { exact: true }).check();
    await page.getByRole("button", { name: "Clear this answer" }).click();
    await expect(page.getByRole("button", { name: "Clear this answer" })).toHaveCount(0);
    await expect(before.getByRole("radio").first()).toBeFocused();
    await expect(before.getByRole("radio", { checked: true })).toHaveCount(0);
    await expectVisibleFocus(page, "Clear this answer");
  });

  test("Clear my answers puts focus on Undo, and Undo back on Clear my answers", async ({ page }) => {
    await open(page, "/");
    await page.getByRole("group", { name: site["scale.before"] }).getByLabel(scale[1].label, { exact: true }).check();
    await expectSaved(page, answersKey, "before=2");
    await open(page, "/verdict");
    await page.getByRole("button", { name: "Clear my answers" }).click();
    await expect(page.getByRole("button", { name: "Clear my answers" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
    await expectVisibleFocus(page, "Clear my answers");
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("button", { name: "Clear my answers" })).toBeFocused();
    await expectVisibleFocus(page, "Undo");
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 667 } });

  for (const id of [reason.id, concession.id, previous.id]) {
    test(`Next is on the screen after the judgement, or the last section (${id})`, async ({ page }) => {
      await open(page, `/step/${id}`);
      const judgement = page.getByRole("region", { name: "Your judgement" });
      const last = (await judgement.count()) ? judgement : page.locator("main details.disclosure").last();
      await last.evaluate((element) => element.scrollIntoView({ block: "start", behavior: "instant" }));
      const next = page.getByRole("navigation", { name: "Previous and next" }).getByRole("link", { name: /Next/ });
      const box = await next.boundingBox();
      // Within the next screen's worth of scrolling: one screen below the top of the judgement.
      expect(box.y + box.height, "the bottom of Next, from the top of the screen").toBeLessThanOrEqual(2 * 667);
    });
  }
});
