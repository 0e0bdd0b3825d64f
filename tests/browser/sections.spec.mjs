// Expandable sections (<details> and <summary>, which the browser works
// itself), and the reader's progress saved in localStorage: resuming, Start
// over, and saved data that is corrupt or out of date.
import {
  expect, expectOpen, expectSaved, heading, open, savedProgress, section, sectionToggle, seedStorage, stepIds, stepPath, steps, progressKey, stepUrl, test, the, ready,
} from "./helpers.mjs";

/**
 * The steps the tests open: the first reason (a judged step), the one before
 * it, the two after it and the one after those, and the conclusion.
 */
const reason = the.firstReason;
const [previous, next, afterNext, later] = [-2, 0, 1, 2].map((offset) => steps[reason.number + offset]);
const conclusion = the.conclusion;

const sections = (page) => page.locator("main details.disclosure");

test("each section is a <details> whose summary holds its heading", async ({ page }) => {
  await open(page, reason.path);
  // A judged step's evidence stands in its judgement, not in a section.
  expect(reason.sections).not.toContain("evidence");
  await expect(sections(page)).toHaveCount(reason.sections.length);
  await expect(page.locator("main details.disclosure > summary > h2")).toHaveCount(reason.sections.length);
  // Heading navigation still reaches every section's title.
  for (const title of reason.headings.slice(1)) {
    await expect(page.getByRole("heading", { level: 2, name: title, exact: true })).toHaveCount(1);
  }
  // The essay's words are open to begin with; the rest start closed.
  await expectOpen(section(page, "In the essay's words"));
  const why = section(page, "Why it matters");
  await expectOpen(why, false);
  await expect(why.locator(".disclosure__panel")).toBeHidden();
  await sectionToggle(page, "Why it matters").click();
  await expectOpen(why);
  await expect(why.locator(".disclosure__panel")).toBeVisible();
  await sectionToggle(page, "Why it matters").click();
  await expectOpen(why, false);
  await expect(why.locator(".disclosure__panel")).toBeHidden();
});

test("sections open and close from the keyboard", async ({ page }) => {
  await open(page, previous.path);
  const plain = section(page, "In plain words");
  await sectionToggle(page, "In plain words").focus();
  await page.keyboard.press("Enter");
  await expectOpen(plain);
  await page.keyboard.press("Space");
  await expectOpen(plain, false);
});

test("Expand all and Collapse all", async ({ page }) => {
  await open(page, later.path);
  await page.getByRole("button", { name: "Expand all" }).click();
  for (const details of await sections(page).all()) await expectOpen(details);
  await expect(page.locator(".disclosure__panel:visible")).toHaveCount(later.sections.length);
  await page.getByRole("button", { name: "Collapse all" }).click();
  for (const details of await sections(page).all()) await expectOpen(details, false);
  await expect(page.locator(".disclosure__panel:visible")).toHaveCount(0);
});

test("a section the browser opens itself, as find-in-page does, is remembered", async ({ page }) => {
  await open(page, later.path);
  const probes = section(page, "Questions a careful reader");
  await expectOpen(probes, false);
  // Its words are skipped (content-visibility), not removed (display: none): find-in-page reaches them.
  expect(await probes.evaluate((details) => getComputedStyle(details, "::details-content").contentVisibility)).toBe("hidden");
  expect(await probes.locator(".disclosure__panel").evaluate((panel) => panel.checkVisibility())).toBe(false);
  await probes.evaluate((details) => { details.open = true; });
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", progressKey)).toContain("questions");
  await page.reload();
  await ready(page);
  await expectOpen(section(page, "Questions a careful reader"));
});

test("a step with no evidence of its own has no evidence section", async ({ page }) => {
  await open(page, stepPath(0));
  expect(steps[0].sections).not.toContain("evidence");
  await expect(sections(page)).toHaveCount(steps[0].sections.length);
  await expect(section(page, "evidence")).toHaveCount(0);
});

test("a kind of section opened or closed on one step is so on the next", async ({ page }) => {
  await open(page, reason.path);
  await sectionToggle(page, "In plain words").click();
  await sectionToggle(page, "In the essay's words").click();
  await page.getByRole("link", { name: /^Next/ }).click();
  await expect(page).toHaveURL(stepUrl(next.id));
  await expectOpen(section(page, "In plain words"));
  await expectOpen(section(page, "In the essay's words"), false);
  await expectOpen(section(page, "Why it matters"), false);
  // Expand all carries on too, and to a step loaded afresh.
  await page.getByRole("button", { name: "Expand all" }).click();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(afterNext.id));
  for (const details of await sections(page).all()) await expectOpen(details);
  await expectSaved(page, progressKey, /(^|&)open=[a-z.]*questions/);
  await open(page, later.path);
  for (const details of await sections(page).all()) await expectOpen(details);
});

test("returning to the start offers to continue, with open sections kept", async ({ page }) => {
  await open(page, next.path);
  await sectionToggle(page, "Questions a careful reader").click();
  await expectOpen(section(page, "Questions a careful reader"));
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(afterNext.id));
  await expect(heading(page)).toHaveText(afterNext.heading);
  await expectOpen(section(page, "Questions a careful reader"));
  // The app saves the step as the last one read once it has shown it: only
  // then is leaving it a test of what the start page offers.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", progressKey)).toMatch(new RegExp(String.raw`(^|&)last=${afterNext.id}(&|$)`));

  await open(page, "/");
  await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  await expect(page.getByText(`You were on ${afterNext.positionAndTitle.replace(/^Step/, "step")}.`)).toBeVisible();
  await page.getByRole("link", { name: `Continue at step ${afterNext.number}` }).click();
  await expect(page).toHaveURL(stepUrl(afterNext.id));

  await open(page, next.path);
  await expectOpen(section(page, "Questions a careful reader"));
});

test("Start over forgets the reader's progress", async ({ page }) => {
  await open(page, afterNext.path);
  await page.getByRole("button", { name: "Expand all" }).click();
  await expectOpen(section(page, "Why it matters"));
  await expectSaved(page, progressKey, /(^|&)open=[a-z.]*why/);
  await open(page, "/");
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.getByRole("heading", { name: "Welcome back" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: `Start with step ${steps[0].number}` })).toBeVisible();
  await expectSaved(page, progressKey, null);
  await page.reload();
  await ready(page);
  await expect(page.getByRole("heading", { name: "Welcome back" })).toHaveCount(0);
  await open(page, afterNext.path);
  await expectOpen(section(page, "Why it matters"), false);
});

const withSaved = (page, value) => seedStorage(page, { [progressKey]: value });

// One kind of unusable progress the whole way through the pages: every other
// text storage may hold is fuzzed natively (model/tests/corrupt.rs).
for (const [name, value] of [
  ["of an older format", JSON.stringify({ version: 1, last: reason.id, visited: [reason.id] })],
]) {
  test(`saved progress that is ${name} is discarded without breaking the page`, async ({ page }) => {
    await withSaved(page, value);
    await open(page, "/");
    await expect(page.getByRole("link", { name: `Start with step ${steps[0].number}` })).toBeVisible();
    await open(page, reason.path);
    await expectOpen(section(page, "In the essay's words"));
    await sectionToggle(page, "Why it matters").click();
    await expectOpen(section(page, "Why it matters"));
    await expectSaved(page, progressKey, /(^|&)open=[a-z.]*why/);
    await open(page, "/");
    await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  });
}

test("saved steps that no longer exist are dropped, and the rest kept", async ({ page }) => {
  await withSaved(page, savedProgress({
    last: "a-step-since-removed",
    visited: ["a-step-since-removed", previous.id],
    open: ["why"],
  }));
  await open(page, "/");
  await expect(page.getByRole("heading", { name: "Welcome back" })).toHaveCount(0);
  await open(page, previous.path);
  await expectOpen(section(page, "Why it matters"));
  await expectOpen(section(page, "In the essay's words"), false);
  await expect(heading(page)).toHaveText(previous.heading);
});

test("the page works when the browser refuses localStorage", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  await open(page, reason.path);
  await page.getByRole("button", { name: "Expand all" }).click();
  await expectOpen(section(page, "Why it matters"));
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(next.id));
});

test("a section is named by its title; whose words it holds describes it", async ({ page }) => {
  await open(page, reason.path);
  const plain = sectionToggle(page, "In plain words");
  await expect(plain).toHaveAccessibleName("In plain words");
  await expect(plain).toHaveAccessibleDescription("Our explanation");
  const essay = sectionToggle(page, "In the essay's words");
  await expect(essay).toHaveAccessibleName("In the essay's words");
  await expect(essay).toHaveAccessibleDescription("The essay's words");
});

test("a judged step's evidence notes stand in the judgement, each citing the essay's words above", async ({ page }) => {
  await open(page, afterNext.path);
  await page.getByRole("button", { name: "Expand all" }).click();
  const quoted = await page.locator("main blockquote").allTextContents();
  const judgement = page.getByRole("region", { name: "Your judgement" });
  const cited = judgement.locator(".evidence__item");
  expect(await cited.count()).toBeGreaterThan(0);
  for (const item of await cited.all()) {
    await expect(item.locator(".evidence__cite")).toContainText("quoted in full above");
    const words = (await item.locator(".evidence__words").textContent()).replace(/…$/, "");
    expect(quoted.some((quote) => quote.includes(words))).toBe(true);
    // Labelled as ours, and before the choices it helps with.
    await expect(item.locator(".evidence__note .label")).toHaveText("Our note on the evidence:");
    expect(await item.evaluate((element) => element.compareDocumentPosition(
      element.closest(".judgement").querySelector("fieldset")) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
  }
  // Said once: no evidence section above, and each quoted sentence in full once only.
  await expect(section(page, "evidence")).toHaveCount(0);
  await expect(page.locator("main .evidence__item")).toHaveCount(await cited.count());
  expect(new Set(quoted).size).toBe(quoted.length);
  await expect(page.locator(".evidence blockquote")).toHaveCount(0);
});

test("a step the reader does not judge keeps its evidence in a section of its own", async ({ page }) => {
  await open(page, conclusion.path);
  await expect(page.getByRole("region", { name: "Your judgement" })).toHaveCount(0);
  await sectionToggle(page, "The evidence the essay offers").click();
  const evidence = section(page, "The evidence the essay offers");
  await expect(evidence.locator(".evidence__note .label").first()).toHaveText("Our note on the evidence:");
});
