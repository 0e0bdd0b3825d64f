// Expandable sections (the WAI-ARIA disclosure pattern), and the reader's
// progress saved in localStorage: resuming, Start over, and saved data that
// is corrupt or out of date.
import { expect, heading, open, stepIds, stepPath, storageKey, stepUrl, test, ready } from "./helpers.mjs";

const sectionButtons = (page) => page.locator("main .disclosure__button");

test("each section is a button in a heading that controls a panel", async ({ page }) => {
  await open(page, "/step/cold-war");
  const buttons = sectionButtons(page);
  await expect(buttons).toHaveCount(5);
  for (const button of await buttons.all()) {
    await expect(button.locator("xpath=..")).toHaveJSProperty("tagName", "H2");
    const panel = page.locator(`#${await button.getAttribute("aria-controls")}`);
    await expect(panel).toHaveCount(1);
    const expanded = await button.getAttribute("aria-expanded");
    expect(["true", "false"]).toContain(expanded);
    await expect(panel).toBeVisible({ visible: expanded === "true" });
  }
  // The essay's words are open to begin with; the rest start closed.
  const essay = page.getByRole("button", { name: /In the essay's words/ });
  await expect(essay).toHaveAttribute("aria-expanded", "true");
  const why = page.getByRole("button", { name: /Why it matters/ });
  await expect(why).toHaveAttribute("aria-expanded", "false");
  await why.click();
  await expect(why).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator(`#${await why.getAttribute("aria-controls")}`)).toBeVisible();
  await why.click();
  await expect(why).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator(`#${await why.getAttribute("aria-controls")}`)).toBeHidden();
});

test("sections open and close from the keyboard", async ({ page }) => {
  await open(page, "/step/meaning");
  const plain = page.getByRole("button", { name: /In plain words/ });
  await plain.focus();
  await page.keyboard.press("Enter");
  await expect(plain).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Space");
  await expect(plain).toHaveAttribute("aria-expanded", "false");
});

test("Expand all and Collapse all", async ({ page }) => {
  await open(page, "/step/consequences");
  await page.getByRole("button", { name: "Expand all" }).click();
  for (const button of await sectionButtons(page).all()) {
    await expect(button).toHaveAttribute("aria-expanded", "true");
  }
  await expect(page.locator(".disclosure__panel:visible")).toHaveCount(5);
  await page.getByRole("button", { name: "Collapse all" }).click();
  for (const button of await sectionButtons(page).all()) {
    await expect(button).toHaveAttribute("aria-expanded", "false");
  }
  await expect(page.locator(".disclosure__panel:visible")).toHaveCount(0);
});

test("a step with no evidence of its own has no evidence section", async ({ page }) => {
  await open(page, stepPath(0));
  await expect(sectionButtons(page)).toHaveCount(4);
  await expect(page.getByRole("button", { name: /evidence/ })).toHaveCount(0);
});

test("returning to the start offers to continue, with open sections kept", async ({ page }) => {
  await open(page, "/step/low-point");
  await page.getByRole("button", { name: /Questions a careful reader/ }).click();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl("still-open"));
  await expect(heading(page)).toHaveText("Reason 2 of 5 against a break: Strained, but still in place");

  await open(page, "/");
  await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  await expect(page.getByText(`You were on step 5 of ${stepIds.length}: Strained, but still in place.`)).toBeVisible();
  await page.getByRole("link", { name: "Continue at step 5" }).click();
  await expect(page).toHaveURL(stepUrl("still-open"));

  await open(page, "/step/low-point");
  await expect(page.getByRole("button", { name: /Questions a careful reader/ })).toHaveAttribute("aria-expanded", "true");
});

test("Start over forgets the reader's progress", async ({ page }) => {
  await open(page, "/step/still-open");
  await page.getByRole("button", { name: "Expand all" }).click();
  await expect(page.getByRole("button", { name: /Why it matters/ })).toHaveAttribute("aria-expanded", "true");
  await open(page, "/");
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.getByRole("heading", { name: "Welcome back" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Start with step 1" })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
  await page.reload();
  await ready(page);
  await expect(page.getByRole("heading", { name: "Welcome back" })).toHaveCount(0);
  await open(page, "/step/still-open");
  await expect(page.getByRole("button", { name: /Why it matters/ })).toHaveAttribute("aria-expanded", "false");
});

async function withSaved(page, value) {
  await open(page, "/404.html");
  await page.evaluate(([key, saved]) => localStorage.setItem(key, saved), [storageKey, value]);
}

for (const [name, value] of [
  ["not JSON", "{not json"],
  ["empty", ""],
  ["JSON of the wrong shape", "[1,2,3]"],
  ["another version", JSON.stringify({ version: 99, last: "cold-war", visited: ["cold-war"] })],
  ["wrong types", JSON.stringify({ version: 1, last: 42, visited: "cold-war" })],
  ["unknown section names", JSON.stringify({ version: 1, open: { "cold-war": ["nonsense"] } })],
  ["a huge value", "x".repeat(100_000)],
]) {
  test(`saved progress that is ${name} is discarded without breaking the page`, async ({ page }) => {
    await withSaved(page, value);
    await open(page, "/");
    await expect(page.getByRole("link", { name: "Start with step 1" })).toBeVisible();
    await open(page, "/step/cold-war");
    await expect(page.getByRole("button", { name: /In the essay's words/ })).toHaveAttribute("aria-expanded", "true");
    await page.getByRole("button", { name: /Why it matters/ }).click();
    await open(page, "/");
    await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  });
}

test("saved steps that no longer exist are dropped, and the rest kept", async ({ page }) => {
  await withSaved(page, JSON.stringify({
    version: 1,
    last: "a-step-since-removed",
    visited: ["a-step-since-removed", "meaning"],
    open: { "a-step-since-removed": ["why"], meaning: ["why"] },
  }));
  await open(page, "/");
  await expect(page.getByRole("heading", { name: "Welcome back" })).toHaveCount(0);
  await open(page, "/step/meaning");
  await expect(page.getByRole("button", { name: /Why it matters/ })).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("button", { name: /In the essay's words/ })).toHaveAttribute("aria-expanded", "false");
  await expect(heading(page)).toHaveText("Clarifies the question: What “closing diplomatic relations” means");
});

test("the page works when the browser refuses localStorage", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  await open(page, "/step/cold-war");
  await page.getByRole("button", { name: "Expand all" }).click();
  await expect(page.getByRole("button", { name: /Why it matters/ })).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl("low-point"));
});

test("a section is named by its title; whose words it holds describes it", async ({ page }) => {
  await open(page, "/step/cold-war");
  const plain = page.locator(".disclosure__button", { hasText: "In plain words" });
  await expect(plain).toHaveAccessibleName("In plain words");
  await expect(plain).toHaveAccessibleDescription("Our explanation");
  const essay = page.locator(".disclosure__button", { hasText: "In the essay's words" });
  await expect(essay).toHaveAccessibleName("In the essay's words");
  await expect(essay).toHaveAccessibleDescription("The essay's words");
});

test("the evidence cites the essay's words quoted above instead of repeating them", async ({ page }) => {
  await open(page, "/step/still-open");
  await page.getByRole("button", { name: "Expand all" }).click();
  const quoted = await page.locator("main blockquote").allTextContents();
  const cited = page.locator(".evidence__item");
  expect(await cited.count()).toBeGreaterThan(0);
  for (const item of await cited.all()) {
    await expect(item.locator(".evidence__cite")).toContainText("quoted in full above");
    const words = (await item.locator(".evidence__words").textContent()).replace(/…$/, "");
    expect(quoted.some((quote) => quote.includes(words))).toBe(true);
  }
  // Each quoted sentence is shown in full once only.
  expect(new Set(quoted).size).toBe(quoted.length);
  await expect(page.locator(".evidence blockquote")).toHaveCount(0);
});
