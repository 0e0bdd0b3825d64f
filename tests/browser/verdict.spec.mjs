// The reader's own judgement: the estimate before reading, a verdict on each
// reason, the summary beside the essay's answer, clearing, and share links,
// good and bad, which never touch the recipient's own answers.
import { answersKey, expect, expectSaved, heading, open, pointing, scale, seedStorage, site, step, steps, test, the, ready, inventory } from "./helpers.mjs";

/**
 * The steps the tests judge: the first reason, the first concession, and
 * more reasons the same way as the first (the second, the last, one left
 * unanswered); and the scale's points, from its lowest.
 */
const [reason, concession] = [the.firstReason, the.concession];
const reasons = pointing(reason.direction).map((one) => one.id);
const [other, lastReason, unanswered] = [reasons[1], reasons.at(-1), reasons.at(-2)].map(step);
const [veryLow, low, middle, high] = scale.map((point) => point.label);
/** The essay's answer on the scale. */
const essays = scale.find((point) => point.id === inventory.answer.point).label;
/** The way a judged step points, as the site words it: "against a break". */
const phrase = (one) => site[`directions.${one.direction}`];
/** A number of steps, as the page counts them. */
const stepCount = (count) => (count === 1 ? "1 step" : `${count} steps`);

/** Waits until the reader's saved answers hold `part` (`<step>=c3`), so that the next move cannot race the save. */
const saved = (page, part) => expectSaved(page, answersKey, part);

async function answerSome(page) {
  await open(page, "/");
  await page.getByRole("group", { name: site["scale.before"] }).getByLabel(high, { exact: true }).check();
  await saved(page, "before=4");
  await open(page, reason.path);
  const judgement = page.getByRole("region", { name: "Your judgement" });
  await judgement.getByRole("group", { name: `${reason.labelInProse}: does this reason ${phrase(reason)} convince you?` }).getByLabel("Convincing", { exact: true }).check();
  await judgement.getByRole("group", { name: `${reason.labelInProse}: how much does it bear on ${site.whether}? (optional)` }).getByLabel("A lot").check();
  await saved(page, `${reason.id}=c3`);
  await open(page, concession.path);
  await page.getByLabel("Not convincing").check();
  await saved(page, `${concession.id}=n`);
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
  await page.getByRole("group", { name: site["scale.after"] }).getByLabel(likelihood, { exact: true }).check();
}

test("the reader may answer before the first step, or skip it", async ({ page }) => {
  await open(page, "/");
  const before = page.getByRole("group", { name: site["scale.before"] });
  await expect(before.getByRole("radio")).toHaveCount(5);
  await expect(before.getByRole("radio", { checked: true })).toHaveCount(0);
  await before.getByLabel(low, { exact: true }).check();
  await saved(page, "before=2");
  await page.reload();
  await ready(page);
  await expect(page.getByRole("group", { name: site["scale.before"] }).getByLabel(low, { exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Clear this answer" }).click();
  await expect(page.getByRole("group", { name: site["scale.before"] }).getByRole("radio", { checked: true })).toHaveCount(0);
});

test("reason steps ask for a judgement, other steps do not", async ({ page }) => {
  await open(page, the.question.path);
  await expect(page.getByRole("region", { name: "Your judgement" })).toHaveCount(0);
  await open(page, the.conclusion.path);
  await expect(page.getByRole("region", { name: "Your judgement" })).toHaveCount(0);
  // Each choice's legend names its step first, by its number and title, then asks,
  // and says which way the step points.
  for (const [id, asks] of [
    [concession.id, `do these facts convince you that ${site.outcome} is ${site["scale.more"]}?`],
    [reason.id, `does this reason ${phrase(reason)} convince you?`],
    [lastReason.id, `does this reason ${phrase(lastReason)} convince you?`],
  ]) {
    const named = step(id).labelInProse;
    await open(page, `/step/${id}`);
    await expect(page.getByRole("group", { name: `${named}: ${asks}`, exact: true }).getByRole("radio")).toHaveCount(3);
    await expect(page.getByRole("group", { name: new RegExp(`: how much (does it|do these facts) bear on ${site.whether}\\? \\(optional\\)$`) })).toHaveCount(1);
  }
  await expect(page.getByRole("region", { name: "Your judgement" })).toContainText(`This step gives one of the essay's reasons ${phrase(lastReason)}.`);
  await open(page, concession.path);
  await expect(page.getByRole("region", { name: "Your judgement" })).toContainText("This step gives what the essay concedes, not one of its reasons");
});

test("judgements are made with the keyboard and kept across a reload", async ({ page }) => {
  await open(page, other.path);
  const group = page.getByRole("group", { name: /: does this .* convince you\?$/ });
  await group.getByLabel("Convincing", { exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(group.getByLabel("Convincing", { exact: true })).toBeChecked();
  await page.keyboard.press("ArrowRight");
  await expect(group.getByLabel("Not sure")).toBeChecked();
  await expect(page).toHaveURL(other.path);
  await saved(page, `${other.id}=u`);
  await page.reload();
  await ready(page);
  await expect(page.getByRole("group", { name: /: does this .* convince you\?$/ }).getByLabel("Not sure")).toBeChecked();
});

test("the verdict sets the reader's answers beside the essay's", async ({ page }) => {
  await answerSome(page);
  await open(page, "/verdict");
  await expect(heading(page)).toHaveText("Your verdict");
  await page.getByRole("group", { name: site["scale.after"] }).getByLabel(veryLow).check();
  const estimates = page.locator(".estimates");
  await expect(estimates).toContainText(`Before reading: ${high}`);
  await expect(estimates).toContainText(`After reading: ${veryLow}`);
  await expect(estimates).toContainText(`The essay: ${essays}`);
  // In the essay's own words for that point on the scale.
  await expect(estimates.locator("q")).toHaveText(inventory.answer.words);
  await expect(page.getByText(`You think ${site.outcome} ${site["scale.less"]} than the essay does.`)).toBeVisible();
  await expect(page.getByRole("img", { name: new RegExp(`before reading: ${high}\\. .* after reading: ${veryLow}\\. The essay: ${essays}`) })).toBeVisible();
  // Reasons against a break and what the essay concedes are set apart, never added up together.
  const against = page.locator(".judged__side--against tr");
  await expect(against).toHaveCount(reasons.length + 1);
  await expect(against.first()).toHaveText(`The essay's reasons ${phrase(reason)} (${stepCount(reasons.length)})`);
  await expect(against.filter({ hasText: reason.title })).toContainText("Convincing; bears a lot+3");
  await expect(against.filter({ hasText: unanswered.title })).toContainText("Not answered—");
  const toward = page.locator(".judged__side--toward tr");
  await expect(toward).toHaveCount(pointing(concession.direction).length + 1);
  await expect(toward.filter({ hasText: concession.title })).toContainText("Not convincing−2");
  // Each side is averaged on its own steps judged: one of the reasons, one of what the essay concedes.
  await expect(page.locator(".bars__row", { hasText: reason.directionLabel })).toContainText(`+3 a step1 of ${stepCount(reasons.length)} judged: 1 convincing`);
  await expect(page.locator(".bars__row", { hasText: concession.directionLabel })).toContainText(`−2 a step1 of ${stepCount(pointing(concession.direction).length)} judged: 1 not convincing`);
  await expect(page.locator(".result")).toContainText(
    `Step for step, your answers lean ${reason.direction} ${site.outcome}: on average, those on the essay's reasons ${phrase(reason)} come to +3 points a step, and those on what the essay concedes to −2 points a step.`,
  );
  const unconvinced = page.locator(".unconvinced a");
  await expect(unconvinced).toHaveText([concession.title]);
  await unconvinced.click();
  await expect(heading(page)).toHaveText(concession.heading);
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
  await expect(page.locator(".estimates")).toContainText(`Before reading: ${high}`);
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), answersKey)).toBe(saved);
  await page.getByRole("button", { name: "Clear my answers" }).click();
  await expectSaved(page, answersKey, null);
  await page.reload();
  await ready(page);
  await expect(page.locator(".answer-table tbody tr", { hasText: reason.title })).toContainText("Not answered—");
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
});

test("a reader unsure of every step is told so, with no lean and no question about it", async ({ page }) => {
  for (const [index, step] of [...reasons, concession.id].entries()) {
    await judge(page, step, "Not sure", ["A little", "Somewhat", "A lot"][index % 3]);
  }
  await open(page, "/verdict");
  await after(page, high);
  const result = page.locator(".result");
  await expect(result).toContainText(`You think ${site.outcome} ${site["scale.more"]} than the essay does.`);
  await expect(result).toContainText("You were not sure of any step you judged, so your answers lean neither way.");
  await expect(result).not.toContainText("lean toward");
  await expect(result).not.toContainText("lean against");
  await expect(page.locator(".result__tension")).toHaveCount(0);
  await expect(page.getByText(/for you\?/)).toHaveCount(0);
  // Both sides' bars stand at 0, on their own steps.
  const [against, toward] = [reasons.length, pointing(concession.direction).length];
  await expect(page.locator(".bars__row", { hasText: reason.directionLabel })).toContainText(`no average${against} of ${stepCount(against)} judged: ${against} not sure`);
  await expect(page.locator(".bars__row", { hasText: concession.directionLabel })).toContainText(`no average${toward} of ${stepCount(toward)} judged: ${toward} not sure`);
});

test("answers that lean one way, against an estimate on the other, are asked about, and each way mirrors the other", async ({ page }) => {
  const result = page.locator("[aria-live=polite]");
  // Toward a break, step for step, yet a full break thought unlikely.
  await judge(page, concession.id, "Convincing", "A lot");
  await judge(page, reason.id, "Not convincing", "A lot");
  await open(page, "/verdict");
  await after(page, low);
  await expect(result).toContainText(
    `Step for step, your answers lean ${concession.direction} ${site.outcome}: on average, those on what the essay concedes come to +3 points a step, and those on the essay's reasons ${phrase(reason)} to −3 points a step.`,
  );
  await expect(page.locator(".result__tension")).toHaveText(
    `Step for step, your answers lean ${concession.direction} ${site.outcome}, ${site["scale.tension"].replaceAll("{point}", low.toLowerCase())}`,
  );
  await expect(result).toContainText("You give the same answer as the essay.");
  // The live region's words follow the answer: at as likely as not, the comparison with the essay's
  // answer changes, and nothing pulls apart.
  await after(page, middle);
  await expect(result).toContainText(`You think ${site.outcome} ${site["scale.more"]} than the essay does.`);
  await expect(result).not.toContainText("You give the same answer as the essay.");
  await expect(result).toContainText(`lean ${concession.direction} ${site.outcome}`);
  await expect(page.locator(".result__tension")).toHaveCount(0);
  // The mirror: the same answers on the other side, and the estimate mirrored.
  await judge(page, concession.id, "Not convincing", "A lot");
  await judge(page, reason.id, "Convincing", "A lot");
  await open(page, "/verdict");
  await after(page, high);
  await expect(result).toContainText(
    `Step for step, your answers lean ${reason.direction} ${site.outcome}: on average, those on the essay's reasons ${phrase(reason)} come to +3 points a step, and those on what the essay concedes to −3 points a step.`,
  );
  await expect(page.locator(".result__tension")).toHaveText(
    `Step for step, your answers lean ${reason.direction} ${site.outcome}, ${site["scale.tension"].replaceAll("{point}", high.toLowerCase())}`,
  );
});

test("more steps judged alike on one side do not make it outweigh the other", async ({ page }) => {
  for (const step of reasons) {
    await judge(page, step, "Convincing", "Somewhat");
  }
  await judge(page, concession.id, "Convincing", "Somewhat");
  await open(page, "/verdict");
  await after(page, high);
  await expect(page.locator(".result")).toContainText(
    `Step for step, your answers lean neither way: on average, those on the essay's reasons ${phrase(reason)} and those on what the essay concedes both come to +2 points a step.`,
  );
  await expect(page.locator(".result__tension")).toHaveCount(0);
});

test("the chart draws an arrow from the estimate before reading to the one after, each labelled", async ({ page }) => {
  await answerSome(page);
  await open(page, "/verdict");
  await after(page, veryLow);
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
  // Each label's lines (<tspan>), joined by a space: broken only between site.
  const drawn = await page.locator("svg.scale .scale__label").evaluateAll((labels) => labels.map((label) => [...label.querySelectorAll("tspan")].map((line) => line.textContent)));
  expect(drawn.map((lines) => lines.join(" "))).toEqual(scale.map((point) => point.label));
  expect(drawn.some((lines) => lines.length > 1), "a label on two lines").toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("a share link opens the answers read-only and leaves the recipient's own alone", async ({ page, browser }) => {
  await answerSome(page);
  await open(page, "/verdict");
  const link = await page.locator("#share-link").inputValue();
  expect(link).toMatch(new RegExp(String.raw`\/verdict\/#v=1&before=4&${reason.id}=c3&${concession.id}=n$`));

  const recipient = await browser.newPage();
  await recipient.goto(unanswered.path);
  await ready(recipient);
  await recipient.getByLabel("Not convincing").check();
  await expectSaved(recipient, answersKey, `${unanswered.id}=n`);
  const theirs = await recipient.evaluate((key) => localStorage.getItem(key), answersKey);
  await recipient.goto(link);
  await ready(recipient);
  await expect(recipient.locator("main h1")).toHaveText("A shared verdict");
  await expect(recipient.getByText(/answers someone shared with you/)).toBeVisible();
  await expect(recipient.locator(".estimates")).toContainText(`Before reading: ${high}`);
  await expect(recipient.getByRole("radio")).toHaveCount(0);
  await expect(recipient.locator(".unconvinced a")).toHaveText([concession.title]);
  await expect(recipient.getByText("How their answers weigh, each way")).toBeVisible();
  // Their summary never calls their answers the reader's.
  const summary = recipient.locator('section[aria-labelledby="where-title"], section[aria-labelledby="judged-title"]');
  await expect(summary.getByText(/^Your /)).toHaveCount(0);
  // The recipient has answered one reason: theirs and the recipient's stand side by side.
  const beside = recipient.getByRole("table").filter({ has: recipient.getByRole("columnheader", { name: "Yours" }) });
  await expect(beside.getByRole("row", { name: /Before reading/ })).toHaveText(new RegExp(`Before reading\\s*${high}\\s*—`));
  await expect(beside.getByRole("row", { name: unanswered.title })).toHaveText(/—\s*Not convincing$/);
  await expect(beside.getByRole("row", { name: reason.title })).toHaveText(/Convincing\s*—$/);
  await recipient.getByRole("link", { name: "See your own verdict" }).click();
  await expect(recipient.locator("main h1")).toHaveText("Your verdict");
  await expect(recipient.locator(".unconvinced a")).toHaveText([unanswered.title]);
  // Read afresh from storage: a page loaded anew saves nothing of its own,
  // so whatever the shared verdict's page saved is there by now.
  await recipient.reload();
  await ready(recipient);
  await expect(recipient.locator(".unconvinced a")).toHaveText([unanswered.title]);
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
    await expect(page.locator(".estimates")).toContainText(`Before reading: ${high}`);
    // Read afresh: a page loaded anew saves nothing of its own, so whatever
    // the bad link's page saved is there by now.
    await page.reload();
    await ready(page);
    await expect(page.locator(".estimates")).toContainText(`Before reading: ${high}`);
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
for (const path of ["/verdict/", `/verdict/#v=1&before=2&${reason.id}=c3`, "/verdict/#v=1&bad", reason.path]) {
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
  await page.goto(`/verdict/#v=1&before=4&${reason.id}=c3`);
  await ready(page);
  await page.getByRole("button", { name: "Skip, just show their answers" }).click();
  await expect(page.getByText("You have not answered yet.")).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Yours" })).toHaveCount(0);
  await page.getByRole("link", { name: "Read the argument yourself" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("link", { name: "Start with step 1" })).toBeVisible();
});

test("the last step leads to the question after reading, and the verdict", async ({ page }) => {
  await open(page, steps.at(-1).path);
  const next = page.getByRole("navigation", { name: "Previous and next" }).getByRole("link", { name: /Next/ });
  await expect(next).toContainText(`Your verdict: ${site["scale.verdict-ask"].replace(/^./, (first) => first.toLowerCase())}`);
  await next.click();
  await expect(page).toHaveURL("/verdict/");
  await expect(heading(page)).toHaveText("Your verdict");
  await expect(page.getByRole("group", { name: site["scale.after"] })).toBeVisible();
  // The verdict is of another family of pages than the steps: a page load,
  // which leaves focus to the browser, as every page load does.
  await ready(page);
  await expect(page.getByRole("group", { name: site["scale.after"] })).toBeVisible();
});

test("the whole argument ends with the way on to the verdict", async ({ page }) => {
  await open(page, "/all");
  const way = page.locator("main a").last();
  await expect(way).toHaveText(`Your verdict: ${site["scale.verdict-ask"].replace(/^./, (first) => first.toLowerCase())}`);
  await way.click();
  await expect(page).toHaveURL("/verdict/");
  await expect(page.getByRole("group", { name: site["scale.after"] })).toBeVisible();
});
