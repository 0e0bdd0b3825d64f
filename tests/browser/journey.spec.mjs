// The reader's journey: a chart whose bars share one axis, a guess before the
// answer, a table of contents for the whole argument, the essay's quiet step
// markers, a map that lands on the step and draws the essay's reply, printing,
// and what only a keyboard or a screen reader meets (focus rings, Tab order,
// names).
import { answersKey, progressKey, expect, expectSaved, heading, judged, open, passages, pointing, ready, scale, site, stepIds, steps, test, the, inventory } from "./helpers.mjs";

/**
 * The steps the tests visit: the first reason, a step that replies to
 * another and the step it replies to, the last judged step, and the
 * conclusion; the scale's points.
 */
const [reason, reply, repliedTo, conclusion] = [the.firstReason, the.reply, the.repliedTo, the.conclusion];
const lastReason = judged.at(-1);
const [, low, , high] = scale.map((point) => point.label);

/** The essay's step markers in the passage of the reply's first quote, and which of them is the reply's: one a step, in order. */
const replyPassage = reply.quotes[0].passage;
const replyMarker = steps.filter((one) => one.quotes.some((quote) => quote.passage === replyPassage)).indexOf(reply);

// Judges a step, and waits for the answer to be saved before the next move.
const judge = async (page, step, conviction, weight) => {
  await open(page, `/step/${step}`);
  const judgement = page.getByRole("region", { name: "Your judgement" });
  await judgement.getByRole("group", { name: /: (does this reason|do these facts) .*\?$/ }).getByLabel(conviction, { exact: true }).check();
  await judgement.getByRole("group", { name: /: how much / }).getByLabel(weight, { exact: true }).check();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", answersKey)).toMatch(new RegExp(`(^|&)${step}=[cun][123]`));
};

test("the verdict's bars share one axis, so the bar further right is the side that convinced more, step for step", async ({ page }) => {
  // Two steps one way and one the other, all judged alike: equal bars, whatever the number of steps.
  const [one, two] = pointing(reason.direction);
  const [other] = pointing(reason.direction === "against" ? "toward" : "against");
  for (const step of [one, two, other]) await judge(page, step.id, "Convincing", "A lot");
  await open(page, "/verdict");
  const box = (slug, part) => page.locator(`.bars__bar--${slug} .bars__${part}`).evaluate((rect) => rect.getBoundingClientRect().toJSON());
  for (const side of [one, other]) await expect(page.locator(".bars__row", { hasText: side.directionLabel })).toContainText("+3 a step");
  for (const part of ["points", "track"]) {
    const [against, toward] = [await box("against", part), await box("toward", part)];
    expect(Math.abs(against.left - toward.left)).toBeLessThanOrEqual(1);
    expect(Math.abs(against.width - toward.width)).toBeLessThanOrEqual(1);
  }
  // +3 a step fills the right half of the axis, from 0 to its end.
  const [points, track] = [await box("against", "points"), await box("against", "track")];
  expect(points.width / track.width).toBeCloseTo(0.5, 1);
  await expect(page.locator(".chart__note")).toContainText("on one scale from −3 a step");
  // The sentence says what the bars show.
  await expect(page.locator(".result")).toContainText("both come to +3 points a step");
});

for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
  test(`the start page asks the essay's question, and the guess before the way in, keeping the answer out of sight (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await open(page, "/");
    await expect(heading(page)).toHaveText(site.question);
    await expect(page).toHaveTitle(inventory.pages.find((one) => one.kind === "start").documentTitle);
    // The answer is on the page, in the step list's last title, but hidden
    // until the guess is given: the words a reader sees leave it out.
    const answer = conclusion.title;
    const last = page.getByText(answer);
    await expect(last).toHaveCount(1);
    await expect(last).toBeHidden();
    expect(await page.locator("main").innerText()).not.toContain(answer);
    const guess = page.getByRole("group", { name: site["scale.before"] });
    const start = page.getByRole("link", { name: `Start with step ${steps[0].number}` });
    await expect(guess).toBeInViewport();
    // The guess comes first in reading order, so Tab reaches it before the way in.
    const follows = await guess.evaluate((group, link) => Boolean(group.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING), await start.elementHandle());
    expect(follows).toBe(true);
    await expect(page.getByText("Their titles give away the essay's answer")).toBeVisible();
    await guess.getByLabel(high, { exact: true }).check();
    await expect(page.locator(".before__given")).toHaveText(`Before reading, you said: ${high.toLowerCase()}.`);
    await expect(start).toBeInViewport();
    await expect(last).toBeVisible();
    expect(await page.locator("main").innerText()).toContain(answer);
  });
}

test("once a step has been read, the guess given before is shown as given and left alone", async ({ page }) => {
  await open(page, "/");
  await page.getByRole("group", { name: site["scale.before"] }).getByLabel(low, { exact: true }).check();
  await expectSaved(page, answersKey, "before=2");
  await open(page, `/step/${stepIds[2]}`);
  await expectSaved(page, progressKey, `last=${stepIds[2]}`);
  await open(page, "/");
  await expect(page.locator(".before__given")).toHaveText(`Before reading, you said: ${low.toLowerCase()}.`);
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Clear this answer" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: `Continue at step ${steps[2].number}` })).toBeVisible();
  await open(page, "/verdict");
  await expect(page.locator(".estimates")).toContainText(`Before reading: ${low}`);
  await expect(page.locator(".estimates")).not.toContainText("given after starting to read");
});

test("a guess first given after reading a step is marked late on the verdict and in the share link", async ({ page }) => {
  await open(page, `/step/${stepIds[2]}`);
  await expectSaved(page, progressKey, `last=${stepIds[2]}`);
  await open(page, "/");
  await expect(page.getByText("You have started reading without a guess.")).toBeVisible();
  const guess = page.getByRole("group", { name: site["scale.before"] });
  await guess.getByLabel(high, { exact: true }).check();
  await expect(page.locator(".before__given")).toHaveText(`Before reading, you said: ${high.toLowerCase()} (given after starting to read).`);
  // The choice stays in view while the reader is here (arrow keys choose as they move), and no longer on return.
  await expect(guess.getByLabel(high, { exact: true })).toBeChecked();
  await expectSaved(page, answersKey, "before=4");
  await open(page, "/verdict");
  await expect(page.locator(".estimates")).toContainText(`Before reading: ${high} (given after starting to read)`);
  const link = new URL(await page.locator("#share-link").inputValue());
  expect(link.hash).toBe("#v=1&before=4&late=1");
  await open(page, "/");
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.locator(".before__given")).toHaveText(`Before reading, you said: ${high.toLowerCase()} (given after starting to read).`);
});

test("the whole argument has a table of contents linked to each step's heading", async ({ page }) => {
  await open(page, "/all");
  const contents = page.getByRole("navigation", { name: "Contents" });
  await expect(contents.getByRole("link")).toHaveCount(stepIds.length);
  await contents.getByRole("link", { name: lastReason.title }).click();
  await expect(page).toHaveURL(`/all/#whole-${lastReason.id}`);
  const target = page.locator(`#whole-${lastReason.id}`);
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
});

test.describe("the essay's step markers", () => {
  test("mark where each step's words begin, once, named for a listener", async ({ page }) => {
    await open(page, "/essay");
    const markers = page.locator(".essay__step-link");
    const names = await markers.evaluateAll((links) => links.map((a) => a.getAttribute("aria-label")));
    // Fewer than one a quote: a step's quotes that follow each other share one.
    expect(names.length).toBeLessThan(await page.locator(".essay__quote").count());
    expect(new Set(names.map((name) => name.split(":")[0])).size).toBe(stepIds.length);
    await expect(markers.first()).toHaveAccessibleName(steps[0].label);
    await expect(page.locator(`#${replyPassage} .essay__step-link`).nth(replyMarker)).toHaveAccessibleName(reply.label);
    for (const name of names) expect(name).toMatch(/^Step \d+: \S/);
  });

  test("stand in the margin on a wide screen", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, "/essay");
    const boxes = await page.locator(".essay__paragraph").evaluateAll((paragraphs) => paragraphs.flatMap((p) => {
      const text = p.getBoundingClientRect();
      return [...p.querySelectorAll(".essay__step-link")].map((a) => {
        const mark = a.getBoundingClientRect();
        return { right: mark.right, left: mark.left, textLeft: text.left, top: mark.top, textTop: text.top, textBottom: text.bottom };
      });
    }));
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(box.right).toBeLessThanOrEqual(box.textLeft);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(box.textTop - 1);
      expect(box.top).toBeLessThan(box.textBottom);
    }
    await expect(page.locator(`#${replyPassage} .essay__step-link`).nth(replyMarker)).toContainText(reply.title);
  });

  test("are small numbers inside the text on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await open(page, "/essay");
    const marker = page.locator(`#${replyPassage} .essay__step-link`).nth(replyMarker);
    expect(await marker.evaluate((a) => a.innerText)).toBe(String(reply.number));
    const [mark, text] = [await marker.boundingBox(), await page.locator(`#${replyPassage}`).boundingBox()];
    expect(mark.x).toBeGreaterThanOrEqual(text.x);
    expect(mark.x + mark.width).toBeLessThanOrEqual(text.x + text.width);
  });
});

test.describe("the map", () => {
  test("a step's link to the map lands on its box, in view and marked", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    // A step far down the map, on a phone.
    const far = judged.at(-2);
    await open(page, far.path);
    await page.getByRole("link", { name: "See where it stands on the argument map" }).click();
    await expect(page).toHaveURL(`/map/#map-${far.id}`);
    const box = page.locator(`#map-${far.id}`);
    await expect(box).toBeFocused();
    await expect(box).toBeInViewport();
    await expect(box).toHaveClass(/is-target/);
    await expect(box).toContainText("You are here");
    // A link pasted elsewhere lands there too, before and after the app starts.
    await page.goto(`/map/#map-${lastReason.id}`);
    const pasted = page.locator(`#map-${lastReason.id}`);
    await expect(pasted).toBeInViewport();
    // The app's render must not move it away (or scroll to the top) once it takes over.
    await ready(page);
    await expect(pasted).toBeInViewport();
  });

  test("draws the reply the essay makes, from either end, and follows it", async ({ page }) => {
    await open(page, "/map");
    const replies = page.locator(`#map-${reply.id} .map-box__relation`);
    await expect(replies).toHaveText(`→Replies, with ${reply.repliesTo.words}, to ${repliedTo.label.replace(/^Step/, "step")}`);
    const back = page.locator(`#map-${repliedTo.id} .map-box__relation`);
    await expect(back).toHaveText(`←Replied to by ${reply.label.replace(/^Step/, "step")}`);
    await back.getByRole("link").click();
    await expect(page).toHaveURL(`/map/#map-${reply.id}`);
    await expect(page.locator(`#map-${reply.id}`)).toBeFocused();
    await replies.getByRole("link").click();
    await expect(page.locator(`#map-${repliedTo.id}`)).toBeFocused();
  });

  for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
    test(`reads, and is tabbed, in one order it says (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await open(page, "/map");
      await expect(page.locator(".map-page > p").first()).toContainText("grouped by the part it plays, in this order");
      const order = await page.locator(".map .map-box__link").evaluateAll((links) => links.map((a) => a.getAttribute("href").split("/")[2]));
      // The groups' order: the question and what answers it, then the reasons against, then what the essay grants.
      const kinds = ["question", "definition", "conclusion", "condition", "reason-against", "concession"];
      expect(order).toEqual(kinds.flatMap((kind) => steps.filter((one) => one.kind === kind).map((one) => one.id)));
      const tops = await page.locator(".map__group").evaluateAll((groups) => groups.map((g) => g.getBoundingClientRect()));
      if (viewport.width < 900) {
        // One column: each group below the one before.
        for (let i = 1; i < tops.length; i += 1) expect(tops[i].top).toBeGreaterThan(tops[i - 1].top);
      } else {
        // Two to a row, left to right, then the next row.
        expect(tops[0].right).toBeLessThanOrEqual(tops[1].left);
        expect(tops[2].right).toBeLessThanOrEqual(tops[3].left);
        expect(tops[2].top).toBeGreaterThanOrEqual(Math.max(tops[0].bottom, tops[1].bottom));
      }
    });
  }
});

test.describe("printing", () => {
  test("a step prints with every section open, no controls, headings across the page, and its address", async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 1100 });
    await open(page, reason.path);
    const controls = [".step__tools", ".pager", ".step-list", ".site-header__nav", ".step__where"];
    // Each is on the screen, so that hidden in print means put away by printing.
    for (const shown of controls) await expect(page.locator(shown).first(), shown).toBeVisible();
    await page.emulateMedia({ media: "print" });
    for (const panel of await page.locator("main .disclosure__panel").all()) {
      expect(await panel.evaluate((element) => element.checkVisibility())).toBe(true);
    }
    await expect(page.locator("main input[type=radio]")).toHaveCount(6);
    for (const radio of await page.locator("main input[type=radio]").all()) await expect(radio).toBeHidden();
    for (const hidden of controls) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    const main = await page.locator("main").boundingBox();
    // Each heading on one line, its summary across the page: not one letter a line.
    for (const summary of await page.locator("main .disclosure__summary").all()) {
      expect((await summary.boundingBox()).width).toBeGreaterThan(main.width / 2);
      expect((await summary.locator(".disclosure__heading").boundingBox()).height).toBeLessThan(40);
    }
    await expect(page.locator(".print-address")).toBeVisible();
    await expect(page.locator(".print-address")).toHaveText(`This page: http://127.0.0.1:4173/step/${reason.id}/`);
    await page.emulateMedia({ media: "screen" });
    await expect(page.locator(".print-address")).toBeHidden();
  });

  test("the whole argument's first printed page holds more than its title", async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 1100 });
    await open(page, "/all");
    const contents = page.getByRole("navigation", { name: "Contents" });
    await expect(contents).toBeVisible();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".whole__step").first().evaluate((step) => getComputedStyle(step).breakBefore)).not.toBe("page");
    await expect(contents).toBeHidden();
    const first = await page.locator(".whole__step h2").first().boundingBox();
    expect(first.y).toBeLessThan(1100);
  });
});

test.describe("the keyboard and screen readers", () => {
  test("a radio button's focus ring goes round its whole tile", async ({ page }) => {
    await open(page, "/");
    const radio = page.getByRole("group", { name: site["scale.before"] }).getByLabel(low, { exact: true });
    await radio.focus();
    await page.keyboard.press("ArrowRight");
    const focused = page.locator("input[type=radio]:focus");
    const tile = page.locator(".choices__option", { has: focused });
    await expect(tile).toHaveCSS("outline-style", "solid");
    await expect(focused).toHaveCSS("outline-style", "none");
  });

  test("on a step, Tab meets the step, then the list of steps, as the eye does", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, reason.path);
    const [step, list] = [await page.locator("article.step").boundingBox(), await page.locator("nav.step-list").boundingBox()];
    expect(list.x).toBeGreaterThanOrEqual(step.x + step.width - 1);
    const order = await page.evaluate(() => {
      const next = document.querySelector(".pager__link--next");
      const first = document.querySelector("nav.step-list a");
      return next.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
  });

  test("names say what they name, and no more", async ({ page }) => {
    await open(page, reason.path);
    await expect(heading(page)).toHaveAccessibleName(reason.heading);
    // Named by its passage's place in the essay, whose title comes first.
    const paragraph = passages.findIndex((passage) => passage.id === reason.quotes[0].passage);
    await expect(page.getByRole("figure").first()).toHaveAccessibleName(`The essay, paragraph ${paragraph}`);
    await open(page, "/all");
    const titles = page.locator(".whole__step").first().getByRole("heading", { level: 3 });
    await expect(titles.first()).toHaveAccessibleName("In the essay's words");
    await expect(page.locator(".whole__step").nth(2).getByRole("heading", { level: 2 })).toHaveAccessibleName(
      `${reason.standing}: ${reason.title}`,
    );
  });
});
