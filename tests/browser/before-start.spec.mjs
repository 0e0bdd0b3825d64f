// The prerendered page works before its WebAssembly has arrived, and with
// JavaScript off: sections open and close, glossary terms show their
// definitions, links go where they say. What the reader did before the app
// started is kept when it starts, and saved.
//
// The WebAssembly is held back until each test lets it go, so "before the
// app has started" is a state the test controls, not a race it hopes to win.
import { test as plain } from "@playwright/test";
import { answersKey, expect, expectAllOpen, expectNoNavigation, expectOpen, glossaryTerm, heading, ready, savedProgress, scale, section, sectionToggle, seedStorage, stepIds, stepUrl, steps, progressKey, test, the, site } from "./helpers.mjs";

/** The steps the tests open: the first reason and the step after it, the first step, a concession; the scale's points. */
const [reason, concession] = [the.firstReason, the.concession];
const [next, question] = [steps[reason.number], steps[0]];
const [, low, , high] = scale.map((point) => point.label);

/**
 * Holds every WebAssembly request until `release` is called; `requested`
 * settles once the page has asked for it.
 */
async function holdWasm(page) {
  let release;
  let requested;
  const released = new Promise((resolve) => { release = resolve; });
  const asked = new Promise((resolve) => { requested = resolve; });
  await page.route("**/*.wasm", async (route) => {
    requested();
    await released;
    await route.continue();
  });
  return { release, requested: asked };
}

/**
 * Opens a path and waits for its prerendered page, with the app held back:
 * the page has asked for its WebAssembly, which has not come, so the app
 * cannot have started.
 */
async function openHeld(page, path) {
  const { release, requested } = await holdWasm(page);
  await page.goto(path);
  await expect(heading(page)).toBeVisible();
  await requested;
  await expect(page.locator("html[data-app]")).toHaveCount(0);
  return release;
}

const saved = (page, key) => page.evaluate((key) => localStorage.getItem(key) ?? "", key);

test("sections opened and closed before the app starts stay so, and are saved", async ({ page }) => {
  const release = await openHeld(page, reason.path);
  await sectionToggle(page, "Why it matters").click();
  await sectionToggle(page, "In the essay's words").click();
  await expectOpen(section(page, "Why it matters"));
  await expectOpen(section(page, "In the essay's words"), false);
  release();
  await ready(page);
  await expectOpen(section(page, "Why it matters"));
  await expectOpen(section(page, "In the essay's words"), false);
  await expect.poll(() => saved(page, progressKey)).toContain("why");
  await page.reload();
  await ready(page);
  await expectOpen(section(page, "Why it matters"));
  await expectOpen(section(page, "In the essay's words"), false);
});

test("the kinds of section the reader keeps open are open on a step loaded afresh, before the app starts", async ({ page }) => {
  await seedStorage(page, { [progressKey]: savedProgress({ last: reason.id, visited: [reason.id], open: ["plain", "questions"] }) });
  const release = await openHeld(page, steps[reason.number + 1].path);
  await expectOpen(section(page, "In plain words"));
  await expectOpen(section(page, "Questions a careful reader"));
  await expectOpen(section(page, "In the essay's words"), false);
  await expectOpen(section(page, "Why it matters"), false);
  release();
  await ready(page);
  await expectOpen(section(page, "In plain words"));
  await expectOpen(section(page, "In the essay's words"), false);
});

test("what the reader does before the app starts is kept on top of what was saved before", async ({ page }) => {
  await seedStorage(page, { [progressKey]: savedProgress({ last: reason.id, visited: [reason.id], open: ["why"] }) });
  const release = await openHeld(page, reason.path);
  await sectionToggle(page, "In plain words").click();
  await sectionToggle(page, "Why it matters").click();
  release();
  await ready(page);
  await expectOpen(section(page, "In plain words"));
  await expectOpen(section(page, "Why it matters"), false);
  await expect.poll(() => saved(page, progressKey)).toContain("open=plain");
});

test("Expand all and Collapse all work before the app starts", async ({ page }) => {
  const release = await openHeld(page, steps[reason.number + 2].path);
  await page.getByRole("button", { name: "Expand all" }).click();
  await expectAllOpen(page);
  release();
  await ready(page);
  await expectAllOpen(page);
  await page.getByRole("button", { name: "Collapse all" }).click();
  await expectAllOpen(page, false);
});

test("a glossary term shows its definition before the app starts, and it stays shown", async ({ page }) => {
  const release = await openHeld(page, "/essay/");
  const { term, definition } = await glossaryTerm(page, "consulates");
  await term.click();
  await expect(definition).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(definition).toBeHidden();
  await term.click();
  await expect(definition).toBeVisible();
  release();
  await ready(page);
  await expect(definition).toBeVisible();
  await page.locator("main h1").click();
  await expect(definition).toBeHidden();
});

// Every page that asks anything, with a choice on it: the app starts on each
// with the choice made (hydration once panicked when a guess on the start
// page changed what the page shows), keeps it, saves it and shows it. The
// hand-in page asks only for a name, in a form that waits for the app.
for (const { path, group, option, field, shown } of [
  { path: "/", group: site["scale.before"], option: high, field: "before=4", shown: `Before reading, you said: ${high.toLowerCase()}.` },
  { path: reason.path, group: /: (does this|do these) .* convince you\?$/, option: "Not convincing", field: `${reason.id}=n` },
  { path: concession.path, group: /: how much /, option: "A lot", field: `${concession.id}=-3` },
  { path: "/verdict/", group: site["scale.after"], option: low, field: "after=2", shown: `After reading: ${low}` },
]) {
  test(`a choice made on ${path} before the app starts is kept, saved and shown once it starts`, async ({ page }) => {
    const release = await openHeld(page, path);
    const choice = page.getByRole("group", { name: group }).getByLabel(option, { exact: true });
    await choice.check();
    release();
    await ready(page);
    await expect(choice).toBeChecked();
    await expect.poll(() => saved(page, answersKey)).toContain(field);
    if (shown) await expect(page.locator("main")).toContainText(shown);
    await page.reload();
    await ready(page);
    await expect(choice).toBeChecked();
  });
}

// The prerendered start page cannot know that the reader has read a step, so
// it asks for the guess; once started, the app keeps the guess as it would
// have: the one given before stays, and a first one is marked late.
for (const [given, shown] of [
  ["v=4&before=2", `Before reading, you said: ${low.toLowerCase()}.`],
  [null, `Before reading, you said: ${high.toLowerCase()} (given after starting to read).`],
]) {
  test(`a guess chosen early by a reader who has read a step is kept as the app would keep it (${given ?? "none given"})`, async ({ page }) => {
    const entries = { [progressKey]: savedProgress({ last: reason.id, visited: [question.id, reason.id] }) };
    if (given) entries[answersKey] = given;
    await seedStorage(page, entries);
    const release = await openHeld(page, "/");
    await page.getByRole("group", { name: site["scale.before"] }).getByLabel(high, { exact: true }).check();
    release();
    await ready(page);
    await expect(page.locator(".before__given")).toHaveText(shown);
    await expect(page.getByRole("radio")).toHaveCount(0);
    await expect.poll(() => saved(page, answersKey)).toBe(given ?? "v=4&before=4&late=1");
  });
}

test("links go where they say before the app starts", async ({ page }) => {
  await openHeld(page, reason.path);
  await page.locator(".pager").getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(stepUrl(next.id));
  await expect(heading(page)).toContainText(next.title);
});

test("the whole argument's Print works before the app starts, and the verdict's share link waits for it", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => { window.printed = (window.printed ?? 0) + 1; };
  });
  let release = await openHeld(page, "/all/");
  await page.getByRole("button", { name: "Print" }).click();
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);
  // Once the app has started, it prints, and the page's script no longer does.
  release();
  await ready(page);
  await page.getByRole("button", { name: "Print" }).click();
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(2);
  await page.unrouteAll();

  // Before the app starts the page's share link would carry no answers: the
  // section is on the page but not shown, and shows once the app has started.
  release = await openHeld(page, "/verdict/");
  const share = page.getByRole("heading", { name: "Share your view", includeHidden: true });
  await expect(share).toHaveCount(1);
  await expect(share).toBeHidden();
  await expect(page.getByRole("heading", { name: "Start again" })).toBeVisible();
  release();
  await ready(page);
  await expect(share).toBeVisible();
});

plain.describe("with JavaScript turned off", () => {
  plain.use({ javaScriptEnabled: false });

  plain("sections open and close, and terms show their definitions", async ({ page }) => {
    await page.goto(reason.path);
    await sectionToggle(page, "Why it matters").click();
    await expectOpen(section(page, "Why it matters"));
    await expect(section(page, "Why it matters").locator(".disclosure__panel")).toBeVisible();
    await sectionToggle(page, "Why it matters").click();
    await expectOpen(section(page, "Why it matters"), false);
    // Without a script Expand all could do nothing, so it is not offered: on the page, not shown.
    const expandAll = page.getByRole("button", { name: "Expand all", includeHidden: true });
    await expect(expandAll).toHaveCount(1);
    await expect(expandAll).toBeHidden();
    const { term, definition } = await glossaryTerm(page);
    await term.click();
    await expect(definition).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(definition).toBeHidden();
  });

  plain("the whole argument's Print, which needs a script, is not shown", async ({ page }) => {
    await page.goto("/all/");
    await expect(heading(page)).toBeVisible();
    const print = page.getByRole("button", { name: "Print", includeHidden: true });
    await expect(print).toHaveCount(1);
    await expect(print).toBeHidden();
  });
});

test("← and → move between steps from the first paint, and what the reader did there is kept", async ({ page }) => {
  const release = await openHeld(page, `/step/${stepIds[2]}/`);
  await expect(page.getByText("Keys: ← and → move a step.")).toBeVisible();
  await sectionToggle(page, "Why it matters").click();
  await expectOpen(section(page, "Why it matters"));
  // Not while the reader is in a field: there the arrows choose an option.
  await page.getByRole("radio").first().focus();
  await expectNoNavigation(page, () => page.keyboard.press("ArrowRight"), "ArrowRight on a choice");
  await expect(page.getByRole("radio").nth(1)).toBeChecked();

  await heading(page).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(stepIds[3]));
  await expect(page.locator("html[data-app]")).toHaveCount(0);
  await expectOpen(section(page, "Why it matters"));
  await expect.poll(() => saved(page, progressKey)).toMatch(new RegExp(`visited=.*${stepIds[2]}`));
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(stepUrl(stepIds[2]));
  await page.goto(`/step/${stepIds[0]}/`);
  await expect(heading(page)).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL("/");
  await expect(page.locator("html[data-app]")).toHaveCount(0);

  release();
  await page.goto(`/step/${stepIds[4]}/`);
  await ready(page);
  await expectOpen(section(page, "Why it matters"));
  const visited = page.getByRole("navigation", { name: "Steps of the argument" });
  for (const id of [stepIds[2], stepIds[3]]) {
    await expect(visited.locator(`a[href="/step/${id}/"]`)).toHaveClass(/is-visited/);
  }
});
