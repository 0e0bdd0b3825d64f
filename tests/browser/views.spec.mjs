// Seeing the whole: the argument map, the essay with each passage tied to its
// step, the glossary's terms and their definitions, and sections that stay
// findable while closed.
import { essayText, expect, heading, open, quoteTexts, stepIds, stepUrl, termIds, test, ready } from "./helpers.mjs";

const paragraphs = essayText.trim().split(/\n\s*\n/).map((p) => p.trim());

test.describe("the argument map", () => {
  test("links every step, in a nested list, with each relation in words", async ({ page }) => {
    await open(page, "/map");
    const map = page.getByRole("list", { name: "The argument" });
    await expect(map.getByRole("link")).toHaveCount(stepIds.length);
    const hrefs = (links) => links.evaluateAll((as) => as.map((a) => a.getAttribute("href").split("/")[2]));
    // The question is the root; under it, the definition and the answer it leads to.
    const root = map.locator(":scope > li");
    await expect(root).toHaveCount(1);
    expect(await hrefs(root.locator(":scope > a"))).toEqual(["question"]);
    const under = root.locator(":scope > ul > li");
    expect(await hrefs(under.locator(":scope > a"))).toEqual(["meaning", "conclusion"]);
    await expect(under.locator(":scope > .relation")).toHaveText(["clarifies", "leads to"]);
    // Under the answer, every other step, each with its relation to the answer.
    const bearing = under.nth(1).locator(":scope > ul > li");
    expect(await hrefs(bearing.locator(":scope > a"))).toEqual([
      "cold-war", "still-open", "consequences", "shared-interests", "what-each-side-gains", "low-point", "what-would-change-it",
    ]);
    await expect(bearing.locator(":scope > .relation")).toHaveText([...Array(5).fill("supports"), "granted", "unless"]);
    await map.getByRole("link", { name: /Shared problems still need talking/ }).click();
    await expect(page).toHaveURL(stepUrl("shared-interests"));
  });

  test("marks the step the reader is on and the steps already read", async ({ page }) => {
    await open(page, "/step/meaning");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(stepUrl("cold-war"));
    await page.getByRole("link", { name: "See it on the argument map" }).click();
    await expect(page).toHaveURL("/map/");
    const current = page.locator('.map [aria-current="step"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText("Even the Cold War kept embassies open");
    await expect(current).toContainText("You are here");
    await expect(page.locator(".map-node", { hasText: "What “closing diplomatic relations” means" })).toContainText("Read");
  });

  test("Tab reaches every step on the map in reading order", async ({ page }) => {
    await open(page, "/map");
    const order = await page.locator(".map a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    await page.locator("main h1").focus();
    const reached = [];
    for (let i = 0; i < order.length; i += 1) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement.getAttribute("href")));
    }
    expect(reached).toEqual(order);
  });

  test("each step says where it stands in the whole", async ({ page }) => {
    await open(page, "/step/cold-war");
    await expect(page.locator(".step__where")).toContainText("Supports the answer: reason 1 of 5");
  });
});

test.describe("the essay", () => {
  test("shows every paragraph verbatim, each quoted passage linked to its step", async ({ page }) => {
    await open(page, "/essay");
    const shown = await quoteTexts(page.locator(".essay__text p"));
    expect(shown).toEqual(paragraphs);
    const links = page.locator(".essay__step-link");
    expect(await links.count()).toBeGreaterThanOrEqual(stepIds.length);
    await page.locator("#p4 .essay__step-link").first().click();
    await expect(page).toHaveURL(stepUrl("consequences"));
  });

  test("“Show in the essay” scrolls to the passage and highlights it", async ({ page }) => {
    await open(page, "/step/cold-war");
    await page.getByRole("link", { name: "Show in the essay" }).nth(1).click();
    await expect(page).toHaveURL("/essay/#quote-cold-war-2");
    const passage = page.locator("#quote-cold-war-2");
    await expect(passage).toHaveClass(/is-target/);
    await expect(passage).toBeInViewport();
    await expect(passage).toBeFocused();
    await expect(page.locator(".essay__quote.is-target")).toHaveCount(1);
    await page.goBack();
    await expect(heading(page)).toHaveText("Even the Cold War kept embassies open");
    await page.goForward();
    await expect(page.locator(".essay__quote.is-target")).toHaveAttribute("id", "quote-cold-war-2");
    await expect(passage).toBeInViewport();
  });

  test("a link to a passage opens scrolled to it, after a reload too", async ({ page }) => {
    await page.goto("/essay#quote-conclusion-3");
    await ready(page);
    const passage = page.locator("#quote-conclusion-3");
    await expect(passage).toHaveClass(/is-target/);
    await expect(passage).toBeInViewport();
    await page.reload();
    await ready(page);
    await expect(page.locator("#quote-conclusion-3")).toBeInViewport();
  });
});

test.describe("the glossary", () => {
  test("a term shows our definition on keyboard focus, and Escape hides it", async ({ page }) => {
    await open(page, "/step/cold-war");
    const term = page.locator("main .term__button", { hasText: "Cuban Missile Crisis" }).first();
    const tip = page.locator(`#${await term.getAttribute("aria-describedby")}`);
    await expect(tip).toBeHidden();
    await term.focus();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText("Our definition");
    await expect(tip).toContainText("October 1962");
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    await page.keyboard.press("Tab");
    await expect(tip).toBeHidden();
  });

  test("a term shows its definition on click or tap, and hides when the reader moves on", async ({ page }) => {
    await open(page, "/essay");
    const term = page.locator("main .term__button", { hasText: "consulates" });
    const tip = page.locator(`#${await term.getAttribute("aria-describedby")}`);
    await term.click();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText("An office of a country's foreign service");
    await page.locator("main h1").click();
    await expect(tip).toBeHidden();
  });

  test("the glossary page lists every term, labelled as ours", async ({ page }) => {
    await open(page, "/glossary");
    await expect(page.locator(".glossary__entry")).toHaveCount(termIds.length);
    await expect(page.getByText("Our definitions")).toBeVisible();
    await expect(page.locator("#back-channel-diplomacy dd")).toContainText("Unofficial");
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test("a definition fits the screen", async ({ page }) => {
      await open(page, "/essay");
      await page.locator("main .term__button", { hasText: "Global South" }).click();
      const tip = page.locator('[role="tooltip"]:visible');
      await expect(tip).toBeInViewport({ ratio: 1 });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll).toBeLessThanOrEqual(320);
    });
  });
});

test("a closed section stays findable, and opens when the browser finds a match in it", async ({ page }) => {
  await open(page, "/step/consequences");
  const button = page.getByRole("button", { name: /Questions a careful reader/ });
  const panel = page.locator(`#${await button.getAttribute("aria-controls")}`);
  await expect(panel).toHaveAttribute("hidden", "until-found");
  await panel.evaluate((element) => element.dispatchEvent(new Event("beforematch")));
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(panel).toBeVisible();
  await expect(panel).not.toHaveAttribute("hidden");
});
