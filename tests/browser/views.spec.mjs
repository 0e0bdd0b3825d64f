// Seeing the whole: the argument map, the essay with each passage tied to its
// step, the glossary's terms and their definitions, and sections that stay
// findable while closed.
import { answersKey, expect, expectOpen, expectSaved, glossaryTerm, heading, markingPages, open, passages, pointing, progressKey, quoteTexts, section, site, step, stepIds, stepUrl, steps, termIds, test, the, ready, inventory } from "./helpers.mjs";

/** The ids of the steps of these kinds, in order. */
const ofKinds = (...kinds) => steps.filter((one) => kinds.includes(one.kind)).map((one) => one.id);

/** The first reason's second quote, which a test opens on the essay page. */
const secondQuote = () => the.firstReason.quotes[1].id;

/** The first glossary term marked on a page, with its entry. */
function firstMark(path) {
  const [mark] = inventory.marks[path];
  return { ...mark, entry: inventory.glossary.find((term) => term.id === mark.term) };
}

test.describe("the argument map", () => {
  test("sets the question beside the answer, and the steps pointing one way apart from those pointing the other", async ({ page }) => {
    await open(page, "/map");
    await expect(page.locator(".map .map-box__link")).toHaveCount(stepIds.length);
    // Each group is a region named by its heading.
    const group = (name) => page.locator(`section.map__group--${name}`);
    for (const name of ["question", "answer", "against", "toward"]) {
      await expect(page.getByRole("region", { name: await group(name).locator("h2").textContent(), exact: true })).toHaveCount(1);
    }
    const hrefs = (links) => links.evaluateAll((as) => as.filter((a) => a.matches(".map-box__link")).map((a) => a.getAttribute("href").split("/")[2]));
    expect(await hrefs(group("question").getByRole("link"))).toEqual(ofKinds("question", "definition"));
    expect(await hrefs(group("answer").getByRole("link"))).toEqual(ofKinds("conclusion", "condition"));
    expect(await hrefs(group("against").getByRole("link"))).toEqual(pointing("against").map((one) => one.id));
    expect(await hrefs(group("toward").getByRole("link"))).toEqual(pointing("toward").map((one) => one.id));
    // On a wide screen the answer stands beside the question; below them, the reasons on the left
    // and what the essay concedes on the right.
    const place = (name) => group(name).boundingBox();
    const [question, answer] = [await place("question"), await place("answer")];
    const [against, toward] = [await place("against"), await place("toward")];
    expect(answer.x).toBeGreaterThan(question.x + question.width - 1);
    expect(answer.y).toBe(question.y);
    expect(toward.x).toBeGreaterThan(against.x + against.width - 1);
    expect(against.y).toBeGreaterThan(question.y);
    // Each box gives its claim in one line, and its link is named by the step alone.
    const reason = the.firstReason;
    const box = page.locator(".map-box", { has: page.getByRole("link", { name: reason.label, exact: true }) });
    await expect(box.locator(".map-box__claim")).toHaveText(reason.gist);
    const last = pointing("against").at(-1);
    await group("against").getByRole("link", { name: last.title }).click();
    await expect(page).toHaveURL(stepUrl(last.id));
  });

  test("has a legend, and borders and shapes a reader can see", async ({ page }) => {
    await open(page, "/map");
    // The question's shape, one for each side with steps on it, saying the outcome or the way it points, and the condition's.
    const lines = await page.getByRole("region", { name: "Legend" }).getByRole("listitem").allTextContents();
    const sides = ["against", "toward"].filter((direction) => pointing(direction).length > 0);
    expect(lines).toHaveLength(sides.length + 2);
    expect(lines[0]).toBe("The question and the essay's answer to it, and what clarifies the question");
    for (const [index, direction] of sides.entries()) {
      const line = lines[index + 1];
      expect(line.includes(site.outcome) || line.includes(site[`directions.${direction}`]), line).toBe(true);
    }
    expect(lines.at(-1)).toBe(site.condition);
    // WCAG 1.4.11: each box's border, and each shape, at least 3:1 against the page.
    const ratios = await page.evaluate(() => {
      const rgb = (colour) => colour.match(/[\d.]+/g).slice(0, 3).map(Number);
      const luminance = ([r, g, b]) => {
        const channel = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const ratio = (a, b) => {
        const [hi, lo] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      const page = getComputedStyle(document.body).backgroundColor;
      return [...document.querySelectorAll(".map-box")].flatMap((box) => [
        ratio(getComputedStyle(box).borderTopColor, page),
        ratio(getComputedStyle(box.querySelector(".shape")).borderTopColor, page),
      ]);
    });
    expect(ratios).toHaveLength(stepIds.length * 2);
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(3);
  });

  test("at 1280 × 800, the question, the essay's answer and the first reasons are on the first screen", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, "/map");
    for (const id of [the.question.id, the.conclusion.id, ...pointing("against").slice(0, 2).map((one) => one.id)]) {
      const box = await page.locator(`#map-${id}`).boundingBox();
      expect(box.y + box.height, `the box of ${id} ends on the first screen`).toBeLessThanOrEqual(800);
    }
  });

  test("draws the essay's reply as a connector from one box to the other", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, "/map");
    const connector = page.locator(".map__replies .map__reply");
    await expect(connector).toHaveCount(1);
    const ends = () => page.evaluate(({ reply, repliedTo }) => {
      const path = document.querySelector(".map__reply");
      const svg = path.ownerSVGElement.getBoundingClientRect();
      const at = (length) => {
        const point = path.getPointAtLength(length);
        return { x: svg.left + point.x, y: svg.top + point.y };
      };
      const rect = (id) => document.getElementById(id).getBoundingClientRect().toJSON();
      return { start: at(0), end: at(path.getTotalLength()), from: rect(`map-${reply}`), to: rect(`map-${repliedTo}`) };
    }, { reply: the.reply.id, repliedTo: the.repliedTo.id });
    const joins = ({ start, end, from, to }) => {
      const at = (point, box) => point.x >= box.left - 1 && point.x <= box.right + 1 && point.y >= box.top && point.y <= box.bottom;
      return at(start, from) && at(end, to);
    };
    expect(joins(await ends())).toBe(true);
    // It follows the boxes when the layout changes.
    await page.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(async () => joins(await ends())).toBe(true);
    // Where the groups stack, the words in each box say it alone.
    await page.setViewportSize({ width: 375, height: 740 });
    await expect(connector).toHaveCount(0);
    await expect(page.locator(`#map-${the.reply.id} .map-box__relation`)).toBeVisible();
  });

  test("printed, the legend keeps its shapes, and no connector is drawn", async ({ page }) => {
    await open(page, "/map");
    const replies = page.locator(".map__replies");
    await expect(replies).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const shapes = await page.locator(".map-legend .shape").evaluateAll((shapes) => shapes.map((shape) => {
      const style = getComputedStyle(shape);
      return { border: parseFloat(style.borderTopWidth), colour: style.borderTopColor, adjust: style.printColorAdjust };
    }));
    expect(shapes).toHaveLength(4);
    for (const shape of shapes) {
      // Drawn with a border, which printing keeps (backgrounds it drops).
      expect(shape.border).toBeGreaterThanOrEqual(5);
      expect(shape.colour).not.toBe("rgba(0, 0, 0, 0)");
      expect(shape.adjust).toBe("exact");
    }
    await expect(replies).toBeHidden();
  });

  test("shows the reader's own judgement on each box once given", async ({ page }) => {
    const reason = the.firstReason;
    await open(page, reason.path);
    await page.getByRole("group", { name: /: does this .* convince you\?$/ }).getByLabel("Not sure").check();
    await page.getByRole("group", { name: /: how much does it bear/ }).getByLabel("A little").check();
    await expectSaved(page, answersKey, `${reason.id}=u1`);
    await open(page, "/map");
    const box = page.locator(".map-box", { hasText: reason.title });
    await expect(box.locator(".map-box__judgement")).toHaveText("Your judgement: Not sure; bears a little");
    await expect(page.locator(".map-box__judgement")).toHaveCount(1);
  });

  test("marks the step the reader is on and the steps already read", async ({ page }) => {
    const [before, after] = [steps[1], steps[2]];
    await open(page, before.path);
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(stepUrl(after.id));
    await page.getByRole("link", { name: "See where it stands on the argument map" }).click();
    await expect(page).toHaveURL(`/map/#map-${after.id}`);
    const current = page.locator(".map-box.is-current");
    await expect(current).toHaveCount(1);
    await expect(current).toContainText("You are here");
    await expect(current.getByRole("link")).toHaveAccessibleName(after.label);
    await expect(page.locator('.map [aria-current]'), "the map is the page shown, not a step").toHaveCount(0);
    await expect(page.locator(".map-box", { hasText: before.title })).toContainText("Read");
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

  test("each step's heading says the part it plays", async ({ page }) => {
    for (const one of [the.firstReason, the.concession]) {
      await open(page, one.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveAccessibleName(`${one.role}: ${one.title}`);
    }
    // The question's title says it already, so nothing repeats it.
    await open(page, the.question.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveAccessibleName(the.question.title);
  });
});

test.describe("the essay", () => {
  test("shows every paragraph verbatim, each quoted passage linked to its step", async ({ page }) => {
    await open(page, "/essay");
    const shown = await quoteTexts(page.locator(".essay__text p"));
    expect(shown).toEqual(passages.map((passage) => passage.text));
    const links = page.locator(".essay__step-link");
    expect(await links.count()).toBeGreaterThanOrEqual(stepIds.length);
    // The first link in a paragraph goes to the first step quoting it.
    const passage = passages.at(-2).id;
    await page.locator(`#${passage} .essay__step-link`).first().click();
    await expect(page).toHaveURL(stepUrl(the.quoting(passage).id));
  });

  test("“Show in the essay” scrolls to the passage and highlights it", async ({ page }) => {
    await open(page, the.firstReason.path);
    await page.getByRole("link", { name: "Show in the essay" }).nth(1).click();
    await expect(page).toHaveURL(`/essay/#${secondQuote()}`);
    const passage = page.locator(`#${secondQuote()}`);
    await expect(passage).toHaveClass(/is-target/);
    await expect(passage).toBeInViewport();
    await expect(passage).toBeFocused();
    await expect(page.locator(".essay__quote.is-target")).toHaveCount(1);
    await page.goBack();
    await expect(heading(page)).toHaveText(the.firstReason.heading);
    await page.goForward();
    await expect(page.locator(".essay__quote.is-target")).toHaveAttribute("id", secondQuote());
    await expect(passage).toBeInViewport();
  });

  test("only the passage the reader came for is highlighted, and its step links are easy to tap", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await open(page, `/essay/#${secondQuote()}`);
    const highlighted = await page.evaluate(() =>
      [...document.querySelectorAll(".essay__quote")].filter((element) => getComputedStyle(element).backgroundColor !== "rgba(0, 0, 0, 0)").map((element) => element.id),
    );
    expect(highlighted).toEqual([secondQuote()]);
    expect(await page.locator(".essay__quote").count()).toBeGreaterThan(stepIds.length);
    // Its first line is below the top edge, not cut off by it.
    const top = await page.locator(`#${secondQuote()}`).evaluate((element) => element.getClientRects()[0].top);
    expect(top).toBeGreaterThan(0);
    // WCAG 2.5.8: every step link is a target of at least 24 by 24 px.
    const sizes = await page.locator(".essay__step-link").evaluateAll((links) => links.map((a) => a.getBoundingClientRect()).map(({ width, height }) => [width, height]));
    expect(sizes.length).toBeGreaterThanOrEqual(stepIds.length);
    for (const [width, height] of sizes) {
      expect(width).toBeGreaterThanOrEqual(24);
      expect(height).toBeGreaterThanOrEqual(24);
    }
  });

  test("a link to a passage opens scrolled to it, after a reload too", async ({ page }) => {
    const last = the.conclusion.quotes.at(-1).id;
    await page.goto(`/essay#${last}`);
    await ready(page);
    const passage = page.locator(`#${last}`);
    await expect(passage).toHaveClass(/is-target/);
    await expect(passage).toBeInViewport();
    await page.reload();
    await ready(page);
    await expect(page.locator(`#${last}`)).toBeInViewport();
  });
});

/**
 * Opens the step's "Why it matters" section by script, which moves neither
 * the focus nor the pointer, and waits until the app has saved it open: the
 * app handles events in order, so by then it has done all that the events
 * before (a focus, a hover) led it to do, and a check that nothing opened
 * checks after the fact, not a moment before.
 */
async function afterTheAppCaughtUp(page) {
  const why = section(page, "Why it matters");
  await expectOpen(why, false);
  await why.locator("summary").evaluate((summary) => summary.click());
  await expectOpen(why);
  await expectSaved(page, progressKey, /(^|&)open=[a-z.]*why/);
}

test.describe("the glossary", () => {
  test("a term shows our definition on Enter, not on focus, and it ends with a link to the glossary", async ({ page }) => {
    const mark = firstMark(the.firstReason.path);
    await open(page, the.firstReason.path);
    const { term, definition } = await glossaryTerm(page, mark.words);
    await expect(definition).toBeHidden();
    // Tabbing through a paragraph opens nothing.
    await term.focus();
    await afterTheAppCaughtUp(page);
    await expect(term).toBeFocused();
    await expect(definition).toBeHidden();
    await page.keyboard.press("Enter");
    await expect(definition).toBeVisible();
    await expect(definition).toContainText("Our definition");
    await expect(definition).toContainText(mark.entry.definition);
    await page.keyboard.press("Escape");
    await expect(definition).toBeHidden();
    // Open again, and Tab moves into the definition's link, which keeps it shown.
    await term.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const more = definition.getByRole("link", { name: "More in the glossary" });
    await expect(more).toBeFocused();
    await expect(definition).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/glossary/#term-${mark.term}$`));
    await expect(page.locator(`#term-${mark.term}`)).toBeFocused();
    await expect(page.locator(`#term-${mark.term}`)).toBeInViewport();
  });

  test("focus leaving a term and its definition puts the definition away", async ({ page }) => {
    await open(page, the.firstReason.path);
    const { term, definition } = await glossaryTerm(page, firstMark(the.firstReason.path).words);
    await term.focus();
    await page.keyboard.press("Enter");
    await expect(definition).toBeVisible();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(definition).toBeHidden();
  });

  test("a term shows its definition on click or tap, and hides when the reader moves on", async ({ page }) => {
    const mark = firstMark("/essay/");
    await open(page, "/essay");
    const { term, definition } = await glossaryTerm(page, mark.words);
    await term.click();
    await expect(definition).toBeVisible();
    await expect(definition).toContainText(mark.entry.definition);
    // A second click keeps it shown.
    await term.click();
    await expect(definition).toBeVisible();
    await page.locator("main h1").click();
    await expect(definition).toBeHidden();
  });

  test("a definition stands beneath its term on a wide screen", async ({ page }) => {
    await open(page, the.firstReason.path);
    const { term, definition } = await glossaryTerm(page);
    await term.click();
    await expect(definition).toBeVisible();
    const [termBox, definitionBox] = [await term.boundingBox(), await definition.boundingBox()];
    expect(definitionBox.y).toBeGreaterThanOrEqual(termBox.y + termBox.height - 1);
    expect(definitionBox.y).toBeLessThan(termBox.y + termBox.height + 40);
  });

  test("the glossary page lists every term alphabetically, labelled as ours, with where each is used", async ({ page }) => {
    await open(page, "/glossary");
    await expect(page.locator(".glossary__entry")).toHaveCount(termIds.length);
    await expect(page.getByText("Our definitions")).toBeVisible();
    for (const term of inventory.glossary) {
      await expect(page.locator(`#term-${term.id} dd`).first()).toContainText(term.definition);
    }
    const terms = await page.locator(".glossary__entry dt").allTextContents();
    // Sorted by their words, not by an opening quotation mark.
    const key = (term) => term.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, "");
    expect(terms).toEqual([...terms].sort((a, b) => key(a).localeCompare(key(b))));
    expect(new Set(terms)).toEqual(new Set(inventory.glossary.map((term) => term.headword)));
    const mark = firstMark(the.firstReason.path);
    const uses = page.locator(`#term-${mark.term} .glossary__uses`);
    await expect(uses).toContainText(/^Used in: step /);
    await expect(uses).toContainText(the.firstReason.label.replace(/^Step/, "step"));
    await uses.getByRole("link", { name: the.firstReason.title }).click();
    await expect(page).toHaveURL(stepUrl(the.firstReason.id));
  });

  for (const [path, marks] of Object.entries(markingPages)) {
    test(`${path} marks each term once, where it is first used${path === "/essay/" ? "" : ", and never inside the essay's words"}`, async ({ page }) => {
      await open(page, path);
      // The headword of the term each mark explains (its definition's name) and the words marked, in the page's order.
      const marked = await page.locator("main .term__button").evaluateAll((buttons) => buttons.map((button) => ({
        headword: document.getElementById(button.getAttribute("aria-describedby")).querySelector("strong").textContent,
        words: button.textContent,
      })));
      expect(marked).toEqual(marks);
      if (path !== "/essay/") {
        await expect(page.locator("main :is(blockquote, q) .term__button")).toHaveCount(0);
      }
    });
  }

  test("a term does not open on hover, and keeps the lines evenly spaced", async ({ page }) => {
    await open(page, the.firstReason.path);
    const { term, definition } = await glossaryTerm(page);
    await term.hover();
    await afterTheAppCaughtUp(page);
    expect(await term.evaluate((button) => button.matches(":hover")), "the pointer still rests on the term").toBe(true);
    await expect(definition).toBeHidden();
    const heights = await page.locator("main .claim").evaluate((claim) => {
      const range = document.createRange();
      range.selectNodeContents(claim);
      const tops = [...new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom)))].sort((a, b) => a - b);
      return tops.slice(1).map((bottom, i) => bottom - tops[i]);
    });
    expect(heights.length).toBeGreaterThan(1);
    expect(Math.max(...heights) - Math.min(...heights)).toBeLessThanOrEqual(1);
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test("a definition is put away once the reader scrolls on", async ({ page }) => {
      await open(page, "/essay");
      await page.locator("main .term__button", { hasText: firstMark("/essay/").words }).first().click();
      const definition = page.locator(".term__definition:visible");
      await expect(definition).toHaveCount(1);
      await page.mouse.wheel(0, 300);
      await expect(page.locator(".term__definition:visible")).toHaveCount(0);
    });

    test("a definition fits the screen", async ({ page }) => {
      await open(page, "/essay");
      await page.locator("main .term__button", { hasText: inventory.marks["/essay/"].at(-1).words }).last().click();
      const definition = page.locator(".term__definition:visible");
      await expect(definition).toBeInViewport({ ratio: 1 });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll).toBeLessThanOrEqual(320);
    });
  });
});
