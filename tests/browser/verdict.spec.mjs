// The reader's own judgement: the estimate before reading, a verdict on each
// reason, the summary beside the essay's answer, clearing, and share links,
// good and bad, which never touch the recipient's own answers.
import { answersKey, expect, expectSaved, heading, open, seedStorage, step, test, ready } from "./helpers.mjs";

/** Waits until the reader's saved answers hold `part` (`cold-war=c3`), so that the next move cannot race the save. */
const saved = (page, part) => expectSaved(page, answersKey, part);

async function answerSome(page) {
  await open(page, "/");
  await page.getByRole("group", { name: /How likely do you think/ }).getByLabel("Likely", { exact: true }).check();
  await saved(page, "before=4");
  await open(page, "/step/cold-war");
  const judgement = page.getByRole("region", { name: "Your judgement" });
  const coldWar = `Step ${step("cold-war").number} (${step("cold-war").title})`;
  await judgement.getByRole("group", { name: `${coldWar}: does this reason against a break convince you?` }).getByLabel("Convincing", { exact: true }).check();
  await judgement.getByRole("group", { name: `${coldWar}: how much does it bear on whether all relations will be closed? (optional)` }).getByLabel("A lot").check();
  await saved(page, "cold-war=c3");
  await open(page, "/step/low-point");
  await page.getByLabel("Not convincing").check();
  await saved(page, "low-point=n");
}

/** Judges a step on its own page, and waits for the answer to be saved. */
async function judge(page, step, conviction, weight) {
  await open(page, `/step/${step}`);
  const judgement = page.getByRole("region", { name: "Your judgement" });
  await judgement.getByRole("group", { name: /: (does this reason|do these facts) .*\?$/ }).getByLabel(conviction, { exact: true }).check();
  await judgement.getByRole("group", { name: /: how much / }).getByLabel(weight, { exact: true }).check();
  const code = { Convincing: "c", "Not sure": "u", "Not convincing": "n" }[conviction];
  const digit = { "A little": "1", Somewhat: "2", "A lot": "3" }[weight];
  await saved(page, `${step}=${code}${digit}`);
}

/** Gives the estimate after reading on the verdict page. */
async function after(page, likelihood) {
  await page.getByRole("group", { name: /Now that you have read/ }).getByLabel(likelihood, { exact: true }).check();
}

test("the reader may answer before the first step, or skip it", async ({ page }) => {
  await open(page, "/");
  const before = page.getByRole("group", { name: /How likely do you think/ });
  await expect(before.getByRole("radio")).toHaveCount(5);
  await expect(before.getByRole("radio", { checked: true })).toHaveCount(0);
  await before.getByLabel("Unlikely", { exact: true }).check();
  await saved(page, "before=2");
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
  // Each choice's legend names its step first, by its number and title, then asks,
  // and says which way the step points.
  for (const [id, asks] of [
    ["low-point", "do these facts convince you that a full break is more likely?"],
    ["cold-war", "does this reason against a break convince you?"],
    ["what-each-side-gains", "does this reason against a break convince you?"],
  ]) {
    const named = `Step ${step(id).number} (${step(id).title})`;
    await open(page, `/step/${id}`);
    await expect(page.getByRole("group", { name: `${named}: ${asks}`, exact: true }).getByRole("radio")).toHaveCount(3);
    await expect(page.getByRole("group", { name: /: how much (does it|do these facts) bear on whether all relations will be closed\? \(optional\)$/ })).toHaveCount(1);
  }
  await expect(page.getByRole("region", { name: "Your judgement" })).toContainText("This step gives one of the essay's reasons against a break.");
  await open(page, "/step/low-point");
  await expect(page.getByRole("region", { name: "Your judgement" })).toContainText("This step gives what the essay concedes, not one of its reasons");
});

test("judgements are made with the keyboard and kept across a reload", async ({ page }) => {
  await open(page, "/step/still-open");
  const group = page.getByRole("group", { name: /: does this reason against a break convince you\?$/ });
  await group.getByLabel("Convincing", { exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(group.getByLabel("Convincing", { exact: true })).toBeChecked();
  await page.keyboard.press("ArrowRight");
  await expect(group.getByLabel("Not sure")).toBeChecked();
  await expect(page).toHaveURL(/still-open/);
  await saved(page, "still-open=u");
  await page.reload();
  await ready(page);
  await expect(page.getByRole("group", { name: /: does this reason against a break convince you\?$/ }).getByLabel("Not sure")).toBeChecked();
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
  // In the essay's own words for that point on the scale, from its first paragraph and its last.
  await expect(estimates.locator("q")).toHaveText(["an unlikely, though not entirely impossible, scenario", "a low-probability event"]);
  await expect(page.getByText("You think a full break less likely than the essay does.")).toBeVisible();
  await expect(page.getByRole("img", { name: /before reading: Likely\. .* after reading: Very unlikely\. The essay: Unlikely/ })).toBeVisible();
  // Reasons against a break and what the essay concedes are set apart, never added up together.
  const against = page.locator(".judged__side--against tr");
  await expect(against).toHaveCount(6);
  await expect(against.first()).toHaveText("The essay's reasons against a break (5 steps)");
  await expect(against.filter({ hasText: step("cold-war").title })).toContainText("Convincing; bears a lot+3");
  await expect(against.filter({ hasText: step("shared-interests").title })).toContainText("Not answered—");
  const toward = page.locator(".judged__side--toward tr");
  await expect(toward).toHaveCount(2);
  await expect(toward.filter({ hasText: "Relations at breaking point, the essay grants" })).toContainText("Not convincing−2");
  // Each side is averaged on its own steps judged: one of five against a break, the one toward.
  await expect(page.locator(".bars__row", { hasText: "Against a break" })).toContainText("+3 a step1 of 5 steps judged: 1 convincing");
  await expect(page.locator(".bars__row", { hasText: "Toward a break" })).toContainText("−2 a step1 of 1 step judged: 1 not convincing");
  await expect(page.locator(".result")).toContainText(
    "Step for step, your answers lean against a full break: on average, those on the essay's reasons against a break come to +3 points a step, and those on what the essay concedes to −2 points a step.",
  );
  const unconvinced = page.locator(".unconvinced a");
  await expect(unconvinced).toHaveText(["Relations at breaking point, the essay grants"]);
  await unconvinced.click();
  await expect(heading(page)).toHaveText(step("low-point").heading);
});

test("“Clear my answers” removes every answer, says so, and can be undone", async ({ page }) => {
  await answerSome(page);
  await open(page, "/verdict");
  const saved = await page.evaluate((key) => localStorage.getItem(key), answersKey);
  await page.getByRole("button", { name: "Clear my answers" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your answers have been cleared." })).toBeVisible();
  await expect(page.locator(".estimates")).toContainText("Before reading: not answered");
  await expectSaved(page, answersKey, null);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator(".estimates")).toContainText("Before reading: Likely");
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), answersKey)).toBe(saved);
  await page.getByRole("button", { name: "Clear my answers" }).click();
  await expectSaved(page, answersKey, null);
  await page.reload();
  await ready(page);
  await expect(page.locator(".answer-table tbody tr", { hasText: step("cold-war").title })).toContainText("Not answered—");
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
});

const reasons = ["cold-war", "still-open", "consequences", "shared-interests", "what-each-side-gains"];

test("a reader unsure of every step is told so, with no lean and no question about it", async ({ page }) => {
  for (const [index, step] of [...reasons, "low-point"].entries()) {
    await judge(page, step, "Not sure", ["A little", "Somewhat", "A lot"][index % 3]);
  }
  await open(page, "/verdict");
  await after(page, "Likely");
  const result = page.locator(".result");
  await expect(result).toContainText("You think a full break more likely than the essay does.");
  await expect(result).toContainText("You were not sure of any step you judged, so your answers lean neither way.");
  await expect(result).not.toContainText("lean toward");
  await expect(result).not.toContainText("lean against");
  await expect(page.locator(".result__tension")).toHaveCount(0);
  await expect(page.getByText(/for you\?/)).toHaveCount(0);
  // Both sides' bars stand at 0, on their own steps: five against a break, one toward.
  await expect(page.locator(".bars__row", { hasText: "Against a break" })).toContainText("no average5 of 5 steps judged: 5 not sure");
  await expect(page.locator(".bars__row", { hasText: "Toward a break" })).toContainText("no average1 of 1 step judged: 1 not sure");
});

test("answers that lean one way, against an estimate on the other, are asked about, and each way mirrors the other", async ({ page }) => {
  const result = page.locator("[aria-live=polite]");
  // Toward a break, step for step, yet a full break thought unlikely.
  await judge(page, "low-point", "Convincing", "A lot");
  await judge(page, "cold-war", "Not convincing", "A lot");
  await open(page, "/verdict");
  await after(page, "Unlikely");
  await expect(result).toContainText(
    "Step for step, your answers lean toward a full break: on average, those on what the essay concedes come to +3 points a step, and those on the essay's reasons against a break to −3 points a step.",
  );
  await expect(page.locator(".result__tension")).toHaveText(
    "Step for step, your answers lean toward a full break, yet you think a full break unlikely. What makes it unlikely for you?",
  );
  await expect(result).toContainText("You give the same answer as the essay.");
  // The live region's words follow the answer: at as likely as not, the comparison with the essay's
  // answer changes, and nothing pulls apart.
  await after(page, "As likely as not");
  await expect(result).toContainText("You think a full break more likely than the essay does.");
  await expect(result).not.toContainText("You give the same answer as the essay.");
  await expect(result).toContainText("lean toward a full break");
  await expect(page.locator(".result__tension")).toHaveCount(0);
  // The mirror: the same answers on the other side, and the estimate mirrored.
  await judge(page, "low-point", "Not convincing", "A lot");
  await judge(page, "cold-war", "Convincing", "A lot");
  await open(page, "/verdict");
  await after(page, "Likely");
  await expect(result).toContainText(
    "Step for step, your answers lean against a full break: on average, those on the essay's reasons against a break come to +3 points a step, and those on what the essay concedes to −3 points a step.",
  );
  await expect(page.locator(".result__tension")).toHaveText(
    "Step for step, your answers lean against a full break, yet you think a full break likely. What makes it likely for you?",
  );
});

test("more steps judged alike on one side do not make it outweigh the other", async ({ page }) => {
  for (const step of reasons) {
    await judge(page, step, "Convincing", "Somewhat");
  }
  await judge(page, "low-point", "Convincing", "Somewhat");
  await open(page, "/verdict");
  await after(page, "Likely");
  await expect(page.locator(".result")).toContainText(
    "Step for step, your answers lean neither way: on average, those on the essay's reasons against a break and those on what the essay concedes both come to +2 points a step.",
  );
  await expect(page.locator(".result__tension")).toHaveCount(0);
});

test("the chart draws an arrow from the estimate before reading to the one after, each labelled", async ({ page }) => {
  await answerSome(page);
  await open(page, "/verdict");
  await after(page, "Very unlikely");
  const chart = page.locator("svg.scale");
  await expect(chart.locator(".scale__arrow")).toHaveCount(1);
  // From "Likely" (x 280) to "Very unlikely" (x 40), pointing left.
  expect(Number(await chart.locator(".scale__arrow").getAttribute("x1"))).toBe(280);
  expect(Number(await chart.locator(".scale__arrow").getAttribute("x2"))).toBeLessThan(280);
  await expect(chart.locator(".scale__point-label")).toHaveText(["Before", "After", "The essay"]);
});

test("at phone width the chart's labels break only between words", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await open(page, "/verdict");
  await expect(page.locator("svg.scale .scale__label")).toHaveText(["Veryunlikely", "Unlikely", "As likelyas not", "Likely", "Verylikely"]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("a share link opens the answers read-only and leaves the recipient's own alone", async ({ page, browser }) => {
  await answerSome(page);
  await open(page, "/verdict");
  const link = await page.locator("#share-link").inputValue();
  expect(link).toMatch(/\/verdict\/#v=1&before=4&cold-war=c3&low-point=n$/);

  const recipient = await browser.newPage();
  await recipient.goto("/step/shared-interests");
  await ready(recipient);
  await recipient.getByLabel("Not convincing").check();
  await expectSaved(recipient, answersKey, "shared-interests=n");
  const theirs = await recipient.evaluate((key) => localStorage.getItem(key), answersKey);
  await recipient.goto(link);
  await ready(recipient);
  await expect(recipient.locator("main h1")).toHaveText("A shared verdict");
  await expect(recipient.getByText(/answers someone shared with you/)).toBeVisible();
  await expect(recipient.locator(".estimates")).toContainText("Before reading: Likely");
  await expect(recipient.getByRole("radio")).toHaveCount(0);
  await expect(recipient.locator(".unconvinced a")).toHaveText(["Relations at breaking point, the essay grants"]);
  await expect(recipient.getByText("How their answers weigh, each way")).toBeVisible();
  // Their summary never calls their answers the reader's.
  const summary = recipient.locator('section[aria-labelledby="where-title"], section[aria-labelledby="judged-title"]');
  await expect(summary.getByText(/^Your /)).toHaveCount(0);
  // The recipient has answered one reason: theirs and the recipient's stand side by side.
  const beside = recipient.getByRole("table").filter({ has: recipient.getByRole("columnheader", { name: "Yours" }) });
  await expect(beside.getByRole("row", { name: /Before reading/ })).toHaveText(/Before reading\s*Likely\s*—/);
  await expect(beside.getByRole("row", { name: step("shared-interests").title })).toHaveText(/—\s*Not convincing$/);
  await expect(beside.getByRole("row", { name: step("cold-war").title })).toHaveText(/Convincing\s*—$/);
  await recipient.getByRole("link", { name: "See your own verdict" }).click();
  await expect(recipient.locator("main h1")).toHaveText("Your verdict");
  await expect(recipient.locator(".unconvinced a")).toHaveText([step("shared-interests").title]);
  // Read afresh from storage: a page loaded anew saves nothing of its own,
  // so whatever the shared verdict's page saved is there by now.
  await recipient.reload();
  await ready(recipient);
  await expect(recipient.locator(".unconvinced a")).toHaveText([step("shared-interests").title]);
  expect(await recipient.evaluate((key) => localStorage.getItem(key), answersKey)).toBe(theirs);
  await recipient.close();
});

// One bad link the whole way through the page: every refusal and its words
// are the model's, tested natively (model::share).
for (const [name, fragment, message] of [
  ["hostile", "v=1&%3Cscript%3Ealert(1)%3C/script%3E=c", "names something this explainer does not ask about"],
]) {
  test(`a share link ${name} says so and changes nothing`, async ({ page }) => {
    await answerSome(page);
    const before = await page.evaluate((key) => localStorage.getItem(key), answersKey);
    await open(page, `/verdict#${fragment}`);
    await expect(page.getByRole("alert")).toContainText("This shared link cannot be read");
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(page.getByRole("alert")).toContainText("Your own answers are unchanged.");
    await page.getByRole("link", { name: "See your own verdict" }).click();
    await expect(page.locator(".estimates")).toContainText("Before reading: Likely");
    // Read afresh: a page loaded anew saves nothing of its own, so whatever
    // the bad link's page saved is there by now.
    await page.reload();
    await ready(page);
    await expect(page.locator(".estimates")).toContainText("Before reading: Likely");
    expect(await page.evaluate((key) => localStorage.getItem(key), answersKey)).toBe(before);
  });
}

test("corrupt saved answers are discarded without breaking the page", async ({ page }) => {
  // One the whole way through the page: any other is fuzzed natively (model/tests/corrupt.rs).
  for (const saved of [JSON.stringify({ version: 1, before: "likely" })]) {
    await seedStorage(page, { [answersKey]: saved });
    await open(page, "/verdict");
    await expect(page.locator(".estimates")).toContainText("Before reading: not answered");
  }
});

// One page in one theme per test: a scan takes up to a few seconds on a slow machine.
for (const path of ["/verdict/", "/verdict/#v=1&before=2&cold-war=c3", "/verdict/#v=1&bad", "/step/cold-war/"]) {
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

test("a newcomer opening a shared verdict is invited to read the argument", async ({ page }) => {
  await page.goto("/verdict/#v=1&before=4&cold-war=c3");
  await ready(page);
  await page.getByRole("button", { name: "Skip, just show their answers" }).click();
  await expect(page.getByText("You have not answered yet.")).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Yours" })).toHaveCount(0);
  await page.getByRole("link", { name: "Read the argument yourself" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("link", { name: "Start with step 1" })).toBeVisible();
});

test("the last step leads to the question after reading, and the verdict", async ({ page }) => {
  await open(page, "/step/when-considered");
  const next = page.getByRole("navigation", { name: "Previous and next" }).getByRole("link", { name: /Next/ });
  await expect(next).toContainText("Your verdict: how likely is a full break now?");
  await next.click();
  await expect(page).toHaveURL("/verdict/");
  await expect(heading(page)).toHaveText("Your verdict");
  await expect(heading(page)).toBeFocused();
  await expect(page.getByRole("group", { name: /Now that you have read the essay's argument/ })).toBeVisible();
});

test("the whole argument ends with the way on to the verdict", async ({ page }) => {
  await open(page, "/all");
  const way = page.locator("main a").last();
  await expect(way).toHaveText("Your verdict: how likely is a full break now?");
  await way.click();
  await expect(page).toHaveURL("/verdict/");
  await expect(page.getByRole("group", { name: /Now that you have read the essay's argument/ })).toBeVisible();
});
