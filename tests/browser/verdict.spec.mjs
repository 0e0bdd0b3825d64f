// The reader's own judgement: the estimate before reading, a verdict on each
// reason, the summary beside the essay's answer, clearing, and share links,
// good and bad, which never touch the recipient's own answers.
import { answersKey, expect, heading, open, test, ready } from "./helpers.mjs";

async function answerSome(page) {
  await open(page, "/");
  await page.getByRole("group", { name: /How likely do you think/ }).getByLabel("Likely", { exact: true }).check();
  await open(page, "/step/cold-war");
  const judgement = page.getByRole("region", { name: "Your judgement" });
  await judgement.getByRole("group", { name: "Does this convince you?" }).getByLabel("Convincing", { exact: true }).check();
  await judgement.getByRole("group", { name: /How much does it matter/ }).getByLabel("A lot").check();
  await open(page, "/step/low-point");
  await page.getByLabel("Not convincing").check();
}

test("the reader may answer before the first step, or skip it", async ({ page }) => {
  await open(page, "/");
  const before = page.getByRole("group", { name: /How likely do you think/ });
  await expect(before.getByRole("radio")).toHaveCount(5);
  await expect(before.getByRole("radio", { checked: true })).toHaveCount(0);
  await before.getByLabel("Unlikely", { exact: true }).check();
  await page.reload();
  await ready(page);
  await expect(page.getByRole("group", { name: /How likely do you think/ }).getByLabel("Unlikely", { exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Clear this answer" }).click();
  await expect(page.getByRole("group", { name: /How likely do you think/ }).getByRole("radio", { checked: true })).toHaveCount(0);
});

test("reason steps ask for a judgement, other steps do not", async ({ page }) => {
  await open(page, "/step/question");
  await expect(page.getByRole("region", { name: "Your judgement" })).toHaveCount(0);
  await open(page, "/step/conclusion");
  await expect(page.getByRole("region", { name: "Your judgement" })).toHaveCount(0);
  for (const step of ["low-point", "cold-war", "what-each-side-gains"]) {
    await open(page, `/step/${step}`);
    await expect(page.getByRole("group", { name: "Does this convince you?" }).getByRole("radio")).toHaveCount(3);
  }
});

test("judgements are made with the keyboard and kept across a reload", async ({ page }) => {
  await open(page, "/step/still-open");
  const group = page.getByRole("group", { name: "Does this convince you?" });
  await group.getByLabel("Convincing", { exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(group.getByLabel("Convincing", { exact: true })).toBeChecked();
  await page.keyboard.press("ArrowRight");
  await expect(group.getByLabel("Not sure")).toBeChecked();
  await expect(page).toHaveURL(/still-open/);
  await page.reload();
  await ready(page);
  await expect(page.getByRole("group", { name: "Does this convince you?" }).getByLabel("Not sure")).toBeChecked();
});

test("the verdict sets the reader's answers beside the essay's", async ({ page }) => {
  await answerSome(page);
  await open(page, "/verdict");
  await expect(heading(page)).toHaveText("Your verdict");
  await page.getByRole("group", { name: /Now that you have read/ }).getByLabel("Very unlikely").check();
  const estimates = page.locator(".estimates");
  await expect(estimates).toContainText("Before reading: Likely");
  await expect(estimates).toContainText("After reading: Very unlikely");
  await expect(estimates).toContainText("The essay: Unlikely");
  await expect(page.getByText("You think a full break less likely than the essay does.")).toBeVisible();
  await expect(page.getByRole("img", { name: /before reading: Likely\. .* after reading: Very unlikely\. The essay: Unlikely/ })).toBeVisible();
  const rows = page.locator(".reasons tbody tr");
  await expect(rows).toHaveCount(6);
  await expect(rows.filter({ hasText: "Even the Cold War" })).toContainText("ConvincingA lot");
  await expect(page.locator(".bars__row", { hasText: "Not answered" })).toContainText("4");
  const unconvinced = page.locator(".unconvinced a");
  await expect(unconvinced).toHaveText(["Relations at an unprecedented low"]);
  await unconvinced.click();
  await expect(heading(page)).toHaveText("Relations at an unprecedented low");
});

test("“Clear my answers” removes every answer", async ({ page }) => {
  await answerSome(page);
  await open(page, "/verdict");
  await page.getByRole("button", { name: "Clear my answers" }).click();
  await expect(page.locator(".estimates")).toContainText("Before reading: not answered");
  expect(await page.evaluate((key) => localStorage.getItem(key), answersKey)).toBeNull();
  await page.reload();
  await ready(page);
  await expect(page.locator(".reasons tbody tr", { hasText: "Even the Cold War" })).toContainText("——");
});

test("a share link opens the answers read-only and leaves the recipient's own alone", async ({ page, browser }) => {
  await answerSome(page);
  await open(page, "/verdict");
  const link = await page.locator("#share-link").inputValue();
  expect(link).toMatch(/\/verdict\/\?v=1&before=4&cold-war=c3&low-point=n$/);

  const recipient = await browser.newPage();
  await recipient.goto("/step/shared-interests");
  await ready(recipient);
  await recipient.getByLabel("Not convincing").check();
  const theirs = await recipient.evaluate((key) => localStorage.getItem(key), answersKey);
  await recipient.goto(link);
  await ready(recipient);
  await expect(recipient.locator("main h1")).toHaveText("A shared verdict");
  await expect(recipient.getByText(/answers someone shared with you/)).toBeVisible();
  await expect(recipient.locator(".estimates")).toContainText("Before reading: Likely");
  await expect(recipient.getByRole("radio")).toHaveCount(0);
  await expect(recipient.locator(".unconvinced a")).toHaveText(["Relations at an unprecedented low"]);
  await expect(recipient.getByText("Their answers on the 6 reasons")).toBeVisible();
  await expect(recipient.locator("main").getByText(/^Your /)).toHaveCount(0);
  expect(await recipient.evaluate((key) => localStorage.getItem(key), answersKey)).toBe(theirs);
  await recipient.getByRole("link", { name: "See your own answers" }).click();
  await expect(recipient.locator("main h1")).toHaveText("Your verdict");
  await expect(recipient.locator(".unconvinced a")).toHaveText(["Shared problems still need talking"]);
  await recipient.close();
});

for (const [name, query, message] of [
  ["malformed", "v=1&cold-war=maybe", "“cold-war=maybe”, is not an answer"],
  ["truncated", "v=1&before=4&low-point", "“low-point”, is not an answer"],
  ["too long", `v=1&before=4${"&x".repeat(1500)}`, "far longer than a real share link"],
  ["from another version", "v=9&before=1", "another version"],
  ["naming a step that does not exist", "v=1&no-such-step=c", "“no-such-step”, that this explainer does not have"],
  ["naming a step that is not a reason", "v=1&question=c", "“question”, that this explainer does not have"],
  ["answering twice", "v=1&cold-war=c&cold-war=n", "twice"],
  ["hostile", "v=1&%3Cscript%3Ealert(1)%3C/script%3E=c", "that this explainer does not have"],
]) {
  test(`a share link ${name} says so and changes nothing`, async ({ page }) => {
    await answerSome(page);
    const before = await page.evaluate((key) => localStorage.getItem(key), answersKey);
    await open(page, `/verdict?${query}`);
    await expect(page.getByRole("alert")).toContainText("This shared link cannot be read");
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(page.getByRole("alert")).toContainText("Your own answers are unchanged.");
    expect(await page.evaluate((key) => localStorage.getItem(key), answersKey)).toBe(before);
    await page.getByRole("link", { name: "See your own answers" }).click();
    await expect(page.locator(".estimates")).toContainText("Before reading: Likely");
  });
}

test("corrupt saved answers are discarded without breaking the page", async ({ page }) => {
  for (const saved of ["{oops", "[]", JSON.stringify({ version: 7, before: "likely" }), JSON.stringify({ version: 1, before: "certain" })]) {
    await open(page, "/404.html");
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [answersKey, saved]);
    await open(page, "/verdict");
    await expect(page.locator(".estimates")).toContainText("Before reading: not answered");
  }
});

// One page in one theme per test: a scan takes up to a few seconds on a slow machine.
for (const path of ["/verdict/", "/verdict/?v=1&before=2&cold-war=c3", "/verdict/?v=1&bad", "/step/cold-war/"]) {
  for (const scheme of ["light", "dark"]) {
    test(`axe finds no violations with answers given, on ${path} (${scheme})`, async ({ page }) => {
      const { default: AxeBuilder } = await import("@axe-core/playwright");
      await answerSome(page);
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    });
  }
}
