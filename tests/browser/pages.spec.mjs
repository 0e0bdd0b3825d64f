// The other pages and the whole site at once: not-found, the whole argument
// and its print view, the essay's words shown verbatim and labelled, phone
// width, dark theme, accessibility, and a build served under a sub-path.
import { readdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { dist, essayText, expect, expectAllOpen, heading, judged, open, pages, quoteTexts, routes, sectionToggle, stepIds, stepUrl, steps, test, the, ready, inventory } from "./helpers.mjs";

// The list of pages every test loops over is the site's inventory, which
// the prerenderer writes; this says when a page the build writes is missing
// from it, as a new page would be.
test("the site's inventory lists every page the build wrote", () => {
  const written = readdirSync(dist, { recursive: true })
    .filter((file) => file === "index.html" || file.endsWith("/index.html"))
    .map((file) => `/${file.slice(0, -"index.html".length)}`);
  // One page for each pair of estimates a shared verdict may show, which previews.spec.mjs checks.
  const sharedVerdict = /^\/verdict\/[a-z-]+-to-[a-z-]+\/$/;
  expect(written.filter((path) => !sharedVerdict.test(path)).sort()).toEqual([...pages].sort());
});

test("an unknown address shows a not-found page with a way back", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response.status()).toBe(404);
  await expect(heading(page)).toHaveText("Page not found");
  // A move within the app, so the app must have taken over: before that, the
  // link is a page load, which rightly leaves focus to the browser.
  await ready(page);
  await page.getByRole("link", { name: "Go to the start" }).click();
  await expect(page).toHaveURL("/");
  await expect(heading(page)).toBeFocused();
});

test("an unknown step says so and lists the real steps", async ({ page }) => {
  await open(page, "/step/no-such-step");
  await expect(heading(page)).toHaveText("Page not found");
  await expect(page.getByText("There is no step called no-such-step.")).toBeVisible();
  // The address is shown as code, not in the quotation marks kept for the essay's words.
  await expect(page.locator("main p code")).toHaveText("no-such-step");
  await expect(page.locator("main .step-list__steps a")).toHaveCount(stepIds.length);
});

test("hostile addresses are shown as text and never run", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await open(page, "/step/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
  await expect(page.locator("main p code")).toHaveText("<img src=x onerror=alert(1)>");
  for (const path of ["/step/%E0%A4%A", "/step/" + "a".repeat(5000), "/step/..%2F..%2Fetc", `${steps[0].path}extra`, "/?step=%00"]) {
    await open(page, path);
  }
  // A link made from an unknown step stays under /step/: the skip link's too.
  await open(page, "/step/..%2Fetc/");
  await expect(page.locator("a.skip-link")).toHaveAttribute("href", "/step/%2E%2E%2Fetc/#main");
  expect(dialogs).toBe(0);
});

test("the whole argument shows every step with every section open", async ({ page }) => {
  await open(page, "/all");
  await expect(page.locator(".whole__step")).toHaveCount(stepIds.length);
  await expect(page.locator("main details")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 3, name: /Questions a careful reader would ask/ })).toHaveCount(stepIds.length);
  const last = judged.at(-1);
  await page.locator(".whole__step").getByRole("link", { name: last.title }).click();
  await expect(page).toHaveURL(stepUrl(last.id));
});

test("the print view hides the controls", async ({ page }) => {
  await open(page, "/all");
  const [print, nav] = [page.getByRole("button", { name: "Print" }), page.locator(".site-header__nav")];
  await expect(print).toBeVisible();
  await expect(nav).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(print).toBeHidden();
  await expect(page.locator(".whole__step").first()).toBeVisible();
  await expect(nav).toBeHidden();
});

/** Whether `words`, where they first stand in the essay, begin inside one of its sentences. */
function beginsInside(words) {
  const before = essayText.slice(0, essayText.indexOf(words));
  return !/(^|[.?!]["'”’)]*|\n)\s*$/.test(before);
}

/** Whether `words`, where they first stand in the essay, end inside one of its sentences. */
function endsInside(words) {
  const after = essayText.slice(essayText.indexOf(words) + words.length);
  return !/[.?!]["'”’)]*$/.test(words) && !/^[^\S\n]*(\n|$)/.test(after);
}

test("every quotation shown is verbatim in the essay and labelled as the essay's", async ({ page }) => {
  await open(page, "/all");
  const quotations = page.locator("blockquote");
  expect(await quotations.count()).toBeGreaterThan(stepIds.length);
  for (const text of await quoteTexts(quotations)) {
    expect(text, "an ellipsis inside a quotation").not.toMatch(/…|\.\.\./);
    expect(essayText, "a quotation not in the essay").toContain(text);
  }
  // Where a quotation begins or ends inside one of the essay's sentences, an
  // ellipsis beside the <blockquote> says so, in the quotation's box.
  const gaps = { before: 0, after: 0 };
  for (const figure of await page.locator("figure.quotation").all()) {
    const [words] = await quoteTexts(figure.locator("blockquote"));
    const [shown] = await quoteTexts(figure.locator(".quotation__text"));
    const [before, after] = [beginsInside(words), endsInside(words)];
    gaps.before += before;
    gaps.after += after;
    expect(shown, "an ellipsis for each gap in the essay's sentence").toBe(`${before ? "…\u00a0" : ""}${words}${after ? "\u00a0…" : ""}`);
  }
  expect(gaps.before, "a quotation that begins inside a sentence").toBeGreaterThan(0);
  expect(gaps.after, "a quotation that ends inside a sentence").toBeGreaterThan(0);
  // The evidence cites the essay's words by their opening, verbatim, in
  // quotation marks (<q>), an ellipsis outside them for each gap.
  const citations = await page.locator(".evidence__cite").all();
  expect(citations.length).toBeGreaterThan(0);
  for (const citation of citations) {
    const words = await citation.locator(".evidence__words").textContent();
    expect(words, "an ellipsis inside quotation marks").not.toMatch(/…|\.\.\./);
    expect(essayText, "a citation not in the essay").toContain(words);
    const cited = (await citation.textContent()).split(": ").slice(1).join(": ");
    expect(cited.startsWith("…\u00a0"), `a gap before ${words}`).toBe(beginsInside(words));
    if (endsInside(words)) expect(cited, `a gap after ${words}`).toBe(`${beginsInside(words) ? "…\u00a0" : ""}${words}\u00a0…`);
  }
  // No quotation marks the page draws hold an ellipsis.
  for (const text of await page.locator("main q").allTextContents()) {
    expect(text, "an ellipsis inside quotation marks").not.toMatch(/…|\.\.\./);
  }
  // Blockquotes appear only in sections labelled as holding the essay's words.
  const sections = page.locator(".whole__section");
  for (const section of await sections.all()) {
    const label = await section.locator(".source").textContent();
    const quotes = await section.locator("blockquote").count();
    expect(quotes > 0, `section labelled "${label}"`).toBe(label.startsWith("The essay's words"));
  }
  // Nothing from the blog around the essay is shown.
  await expect(page.getByText(/Popular posts|GABIT|Comments/)).toHaveCount(0);
});

test("the essay page says what its source tells of it", async ({ page }) => {
  await open(page, "/essay");
  const about = page.locator(".essay__source");
  await expect(about).toContainText("About this text (ours):");
  await expect(about).toContainText(`The essay as published on ${inventory.essay.publishedOn}`);
  await expect(about.locator(".essay__credit")).toHaveText(inventory.essay.credit);
});

test("our own words are labelled as ours on every step", async ({ page }) => {
  const reason = the.firstReason;
  await open(page, reason.path);
  await expect(page.locator(".claim .label")).toHaveText("In short (our summary):");
  // Every section but the essay's words (the first).
  for (const name of reason.headings.slice(2)) {
    await expect(sectionToggle(page, name)).toContainText(/Our (explanation|questions)/);
  }
});

test.describe("on a 320 px wide phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const route of routes) {
    test(`${route} does not scroll sideways`, async ({ page }) => {
      await open(page, route);
      const { scroll, width } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: document.documentElement.clientWidth,
      }));
      expect(scroll, `${route} is ${scroll}px wide`).toBeLessThanOrEqual(width);
    });
  }

  test("steps can be read and navigated", async ({ page }) => {
    await open(page, steps[1].path);
    await page.getByRole("button", { name: "Expand all" }).click();
    await page.getByRole("navigation", { name: "Previous and next" }).getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(stepUrl(steps[2].id));
  });
});

/**
 * What a reader sees of each part of the page: the relative luminance (WCAG)
 * of its text and of the background it stands on (its own, or the nearest
 * opaque one behind it), and the contrast between them.
 */
function partsSeen(page, selectors) {
  return page.evaluate((selectors) => {
    const channels = (colour) => colour.match(/[\d.]+/g).map(Number);
    const luminance = (colour) => {
      const [r, g, b] = channels(colour).slice(0, 3).map((value) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const backdrop = (element) => {
      for (let at = element; at; at = at.parentElement) {
        const colour = getComputedStyle(at).backgroundColor;
        if (channels(colour)[3] !== 0) return colour;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    return Object.fromEntries(selectors.map((selector) => {
      const element = document.querySelector(selector);
      const text = luminance(getComputedStyle(element).color);
      const background = luminance(backdrop(element));
      const [light, dark] = text > background ? [text, background] : [background, text];
      return [selector, { text, background, contrast: Math.round(((light + 0.05) / (dark + 0.05)) * 10) / 10 }];
    }));
  }, selectors);
}

/** How the browser draws a control the page leaves unstyled: its background's luminance. */
function unstyledControl(page) {
  return page.evaluate(() => {
    const probe = document.createElement("textarea");
    document.body.append(probe);
    const [r, g, b] = getComputedStyle(probe).backgroundColor.match(/[\d.]+/g).map(Number);
    probe.remove();
    return (r + g + b) / (3 * 255);
  });
}

test("the dark theme follows the system setting: every part dark, its words readable, the browser's controls dark", async ({ page }) => {
  // The step's parts: page, header, heading, claim, a term, sections, the essay's words, evidence, choices, buttons, links.
  const parts = ["body", ".site-header__name", ".site-header__nav a", ".step__role", ".step__title", ".claim", ".term__button",
    ".disclosure__summary", ".disclosure__panel p", ".quotation__text", ".evidence__words", ".choices__legend",
    ".choices__option", ".button", ".pager__link", ".step-list__link", ".site-footer"];
  await page.emulateMedia({ colorScheme: "dark" });
  await open(page, the.firstReason.path);
  await page.getByRole("button", { name: "Expand all" }).click();
  await expectAllOpen(page);
  const dark = await partsSeen(page, parts);
  for (const [part, { text, background, contrast }] of Object.entries(dark)) {
    expect(background, `${part} stands on a dark background`).toBeLessThan(0.05);
    expect(text, `${part}'s words are light`).toBeGreaterThan(0.3);
    expect(contrast, `${part}'s words are readable`).toBeGreaterThanOrEqual(4.5);
  }
  expect(await unstyledControl(page), "the browser draws its own controls dark").toBeLessThan(0.3);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await partsSeen(page, parts);
  for (const [part, { background, contrast }] of Object.entries(light)) {
    expect(background, `${part} stands on a light background`).toBeGreaterThan(0.7);
    expect(contrast, `${part}'s words are readable`).toBeGreaterThanOrEqual(4.5);
  }
  expect(await unstyledControl(page), "the browser draws its own controls light").toBeGreaterThan(0.7);
});

test("reduced motion turns transitions off", async ({ page }) => {
  const turn = (page) => page.evaluate(() =>
    getComputedStyle(document.querySelector(".disclosure__summary"), "::before").transitionDuration);
  await open(page, the.firstReason.path);
  expect(await turn(page), "the section marker turns when motion is welcome").not.toBe("0s");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await turn(page)).toBe("0s");
});

// One page in one setting per test: a scan takes up to a few seconds on a slow machine.
for (const [scheme, width] of [["light", 1280], ["dark", 1280], ["light", 320], ["dark", 320]]) {
  test.describe(`axe, ${scheme}, ${width} px`, () => {
    test.use({ viewport: { width, height: 800 }, colorScheme: scheme });

    for (const route of routes) {
      test(`finds no accessibility violations on ${route}`, async ({ page }) => {
        await open(page, route);
        if (route.startsWith("/step/")) {
          await page.getByRole("button", { name: "Expand all" }).click();
          await expectAllOpen(page);
        }
        const results = await new AxeBuilder({ page }).analyze();
        const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
        expect(found).toEqual([]);
      });
    }
  });
}

test.describe("built for a sub-path", () => {
  test.use({ baseURL: "http://127.0.0.1:4174" });

  test("deep links, navigation and reload work under /explainer/", async ({ page }) => {
    const [one, two] = [steps[3], steps[4]];
    await open(page, `/explainer${one.path}`);
    await expect(heading(page)).toHaveText(one.heading);
    const next = page.getByRole("navigation", { name: "Previous and next" }).getByRole("link", { name: /Next/ });
    await expect(next).toHaveAttribute("href", `/explainer${two.path}`);
    await next.click();
    await expect(page).toHaveURL(stepUrl(two.id, "/explainer"));
    await page.reload();
    await ready(page);
    await expect(heading(page)).toHaveText(two.heading);
    await page.getByRole("link", { name: "Whole argument" }).click();
    await expect(page).toHaveURL("/explainer/all/");
    await open(page, "/explainer/");
    await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  });
});
