// The student's side of an assignment on a shared device: the first screen,
// which asks the estimate before reading before anything names a step or
// the essay's answer; answers scoped to one student and one assignment,
// never another's nor the reader's own; written reasons; and the response
// link, decoded here as the class page would read it.
import { answersKey, expect, expectAnswersSaved as savedAnswers, expectSaved, followingKey, heading, open, ready, scale, step, steps, test, the } from "./helpers.mjs";

/** The steps an assignment gives: two judged steps, one after the other. */
const [firstStep, secondStep] = the.judgedPair;

/** Text as an assignment link carries it: all but ASCII letters and digits percent-encoded. */
const encoded = (text) => [...new TextEncoder().encode(text)]
  .map((byte) => (/[A-Za-z0-9]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`))
  .join("");

const PROMPT = "Which reason convinces you least? Say why.";

/** The link to an assignment's first screen, as the teacher's page makes it. */
function assignmentLink({ id = "k3f7qz", from = firstStep.id, to = secondStep.id, name = true, prompt = PROMPT } = {}) {
  const parts = [`a=2`, `id=${id}`, `from=${from}`, `to=${to}`];
  if (name) parts.push("name=1");
  if (prompt) parts.push(`prompt=${encoded(prompt)}`);
  return `/assignment/#${parts.join("&")}`;
}

/** A response link's fields, read as the class page reads them: `+` a space, escapes decoded. */
function decodeResponse(link) {
  const url = new URL(link);
  expect(url.pathname).toBe("/teach/class/");
  return Object.fromEntries(url.hash.slice(1).split("&").map((part) => {
    const at = part.indexOf("=");
    return [part.slice(0, at), decodeURIComponent(part.slice(at + 1).replace(/\+/g, " "))];
  }));
}

/** The radio group asking the estimate before reading, or after. */
const estimate = (page, name) => page.locator(`fieldset:has(input[name="${name}"])`);

/** The judgement of the step shown: conviction, then weight; it returns once saved. */
async function judge(page, conviction, weight) {
  const judgement = page.getByRole("region", { name: "Your judgement" });
  await judgement.getByRole("group", { name: /: (does this reason|do these facts) .*\?$/ }).getByLabel(conviction, { exact: true }).check();
  if (weight) await judgement.getByRole("group", { name: /: how much / }).getByLabel(weight, { exact: true }).check();
  const id = new URL(page.url()).pathname.split("/")[2];
  const code = { Convincing: "c", "Not sure": "u", "Not convincing": "n" }[conviction];
  const digit = { "A little": "1", Somewhat: "2", "A lot": "3" }[weight] ?? "";
  await savedAnswers(page, new RegExp(`(^|&)${id}=${code}${digit}`));
}

/** Walks from the first screen to the hand-in page, and returns the response link's fields. */
async function handIn(page, { name, before, convictions, reason, after, viewReason }) {
  if (name) await page.getByLabel("Your name or initials").fill(name);
  if (before) await estimate(page, "before").getByLabel(before, { exact: true }).check();
  await startWith(page, firstStep.id);
  await expect(page).toHaveURL(new RegExp(String.raw`\/step\/${firstStep.id}\/$`));
  await judge(page, convictions[0]);
  if (reason) await page.getByLabel(/your own reason/).fill(reason);
  await page.locator('main a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(String.raw`\/step\/${secondStep.id}\/$`));
  if (convictions[1]) await judge(page, convictions[1]);
  await page.getByRole("region", { name: "Assignment" }).getByRole("link", { name: "Hand in your answers" }).click();
  await ready(page);
  await expect(page.locator("main h1")).toHaveText("Hand in your answers");
  if (after) await estimate(page, "after").getByLabel(after, { exact: true }).check();
  if (viewReason) await page.getByLabel("Your own reason for your view, in a sentence (optional)").fill(viewReason);
  if (after) await savedAnswers(page, /(^|&)after=/);
  if (viewReason) await savedAnswers(page, new RegExp(viewReason.split(" ").at(-1).replace(".", "")));
  const response = page.locator("#response-link");
  await expect(response).toHaveValue(/\/teach\/class\/#r=2&/);
  return decodeResponse(await response.inputValue());
}

/**
 * Follows the assignment's "Start with step …" link to its first step and
 * waits until that step's page is shown: the move is the app's, within the
 * page, so only the step's heading says the first screen is gone.
 */
async function startWith(page, id) {
  await page.getByRole("link", { name: `Start with step ${step(id).number}` }).click();
  await expect(heading(page)).toHaveText(step(id).heading);
  await expect(page.getByRole("region", { name: "Your judgement" })).toBeVisible();
}

test("two students one after the other on one device: the second sees none of the first's answers", async ({ page }) => {
  await page.goto(assignmentLink());
  await ready(page);
  await expect(page.locator("main h1")).toHaveText("Your assignment");
  await expect(page.locator("main .prompt-words")).toHaveText(PROMPT);
  // The link leaves the address once read, so a reload opens what was chosen.
  await expect(page).toHaveURL(/\/assignment\/$/);
  const anna = await handIn(page, {
    name: "Anna K", before: scale[3].label, convictions: ["Convincing", "Not sure"],
    reason: "Trade kept them talking & more", after: scale[1].label, viewReason: "The costs are too high.",
  });
  expect(anna).toMatchObject({
    r: "2", as: "k3f7qz", name: "Anna K", before: String(scale[3].rank), after: String(scale[1].rank),
    // A step's judgement, then the student's reason for it.
    [firstStep.id]: "c:Trade kept them talking & more", [secondStep.id]: "u", why: "The costs are too high.",
  });

  // Anna forgets to clear the device; Ben opens the same link on it.
  await page.goto(assignmentLink());
  await ready(page);
  const ask = page.getByRole("region", { name: "Are these answers yours?" });
  await expect(ask).toContainText("given as Anna K: 6 answers");
  await expect(estimate(page, "before")).toHaveCount(0);
  await ask.getByRole("button", { name: "Start fresh" }).click();
  await expect(page.getByLabel("Your name or initials")).toHaveValue("");
  await expect(estimate(page, "before").locator("input:checked")).toHaveCount(0);
  await expect(page.locator("main .answering")).toContainText("no answers yet");
  await page.getByLabel("Your name or initials").fill("Ben");
  await startWith(page, firstStep.id);
  await expect(page.locator("main input:checked")).toHaveCount(0);
  await expect(page.getByLabel(/your own reason/)).toHaveValue("");
  await judge(page, "Not convincing", "A little");
  await page.locator('main a[rel="next"]').click();
  // The step after it (steps is in order, numbered from 1): only its page can say it has no answers.
  await expect(heading(page)).toHaveText(steps[firstStep.number].heading);
  await expect(page.locator("main input:checked")).toHaveCount(0);
  await page.getByRole("region", { name: "Assignment" }).getByRole("link", { name: "Hand in your answers" }).click();
  await ready(page);
  await expect(page.locator("main")).toContainText("Not given before reading.");
  await expect(page.locator("main")).not.toContainText("Trade kept them talking");
  await expect(estimate(page, "after").locator("input:checked")).toHaveCount(0);
  const ben = decodeResponse(await page.locator("#response-link").inputValue());
  expect(ben).toMatchObject({ as: "k3f7qz", name: "Ben", [firstStep.id]: "n1" });
  expect(ben.st).not.toBe(anna.st);
  for (const field of ["before", "after", secondStep.id, "why"]) expect(ben).not.toHaveProperty(field);

  // Done clears the device: the next student starts on the first screen with nothing.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Done — clear this device for the next student" }).click();
  // Done loads the first screen anew (another family's page), whose app then
  // reads the assignment's link and takes it out of the address: wait for
  // that load and the app, however long they take, before the address.
  await page.waitForURL(/\/assignment\//);
  await ready(page);
  await expect(page).toHaveURL(/\/assignment\/$/);
  await expect(page.getByRole("region", { name: "Are these answers yours?" })).toHaveCount(0);
  await expect(page.locator("main .answering")).toContainText("no answers yet");
  await expect(page.getByLabel("Your name or initials")).toHaveValue("");
});

test("'Not you? Start fresh' on a step gives a new student no answers", async ({ page }) => {
  await page.goto(assignmentLink({ name: false }));
  await ready(page);
  await estimate(page, "before").getByLabel(scale[4].label, { exact: true }).check();
  await page.getByRole("link", { name: `Start with step ${firstStep.number}` }).click();
  await judge(page, "Convincing");
  const banner = page.getByRole("region", { name: "Assignment" });
  await expect(banner.locator(".answering")).toContainText("with no name given: 1 estimate and 1 step judged so far");
  page.once("dialog", (dialog) => dialog.accept());
  await banner.getByRole("button", { name: "Not you? Start fresh" }).click();
  await expect(banner.locator(".answering")).toContainText("no answers yet");
  await expect(page.locator("main input:checked")).toHaveCount(0);
});

test("a second assignment after a first carries none of its answers, and the reader's own stay untouched", async ({ page }) => {
  await open(page, firstStep.path);
  await judge(page, "Not sure");
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), answersKey)).toContain(firstStep.id);
  const own = await page.evaluate((key) => localStorage.getItem(key), answersKey);

  await page.goto(assignmentLink({ id: "aaaaaa", name: false }));
  await ready(page);
  await expect(estimate(page, "before").locator("input:checked")).toHaveCount(0);
  await estimate(page, "before").getByLabel(scale[0].label, { exact: true }).check();
  await startWith(page, firstStep.id);
  // The reader's own judgement is not the assignment's.
  await expect(page.locator("main input:checked")).toHaveCount(0);
  await judge(page, "Convincing", "A lot");

  await page.goto(assignmentLink({ id: "bbbbbb", from: firstStep.id, to: firstStep.id, name: false, prompt: "" }));
  await ready(page);
  await expect(page.getByRole("region", { name: "Are these answers yours?" })).toHaveCount(0);
  await expect(estimate(page, "before").locator("input:checked")).toHaveCount(0);
  await startWith(page, firstStep.id);
  await expect(page.locator("main input:checked")).toHaveCount(0);
  await judge(page, "Not convincing");
  await page.getByRole("region", { name: "Assignment" }).getByRole("link", { name: "Hand in your answers" }).click();
  await ready(page);
  const second = decodeResponse(await page.locator("#response-link").inputValue());
  expect(second).toMatchObject({ as: "bbbbbb", [firstStep.id]: "n" });
  expect(second).not.toHaveProperty("before");

  // Left, the assignment gives the reader's own answers back, as they were.
  await page.goto(firstStep.path);
  await ready(page);
  await page.getByRole("region", { name: "Assignment" }).getByRole("button", { name: "Leave the assignment" }).click();
  await expect(page.getByRole("region", { name: "Your judgement" }).getByLabel("Not sure", { exact: true })).toBeChecked();
  // Leaving is saved once the app has rendered it: no assignment followed any more.
  await expectSaved(page, followingKey, /^v=1(?![\s\S]*(^|&)assignment=)/);
  // Loaded anew, the page saves nothing of its own: the reader's own answers are as leaving left them.
  await page.reload();
  await ready(page);
  await expect(page.getByRole("region", { name: "Your judgement" }).getByLabel("Not sure", { exact: true })).toBeChecked();
  expect(await page.evaluate((key) => localStorage.getItem(key), answersKey)).toBe(own);
});

test("the first screen names no step and gives no answer away, served or once the app has started", async ({ page, request }) => {
  const forbidden = [...steps.map((one) => one.title), ...the.conclusion.quotes.map((quote) => quote.text), "The essay's answer"];
  const served = await (await request.get("/assignment/")).text();
  await page.goto(assignmentLink({ from: steps[0].id, to: steps.at(-1).id }));
  await ready(page);
  await expect(estimate(page, "before")).toBeVisible();
  const shown = await page.locator("main").innerText();
  for (const text of forbidden) {
    expect(served, `served: ${text}`).not.toContain(text.replace(/'/g, "&#39;"));
    expect(shown, `shown: ${text}`).not.toContain(text);
  }
  await expect(page.getByRole("link", { name: `Start with step ${steps[0].number}` })).toHaveAttribute("href", `/step/${steps[0].id}/`);
});

test("an old or damaged assignment link says why and to ask for a new one", async ({ page }) => {
  for (const fragment of [`a=1&from=${firstStep.id}&to=${secondStep.id}`, `a=2&id=k3f7qz&from=${firstStep.id}`, "%3Cscript%3E", "zzz-99-1-q"]) {
    await page.goto(`/assignment/#${fragment}`);
    await ready(page);
    await expect(page.locator(".assignment-start__refused")).toContainText(/cannot be read: .+\. Ask your teacher for a new link\.$/);
    await expect(estimate(page, "before")).toHaveCount(0);
  }
  // An assignment link to a step is read on the first screen.
  await page.goto(`/step/${firstStep.id}/#a=1&from=${firstStep.id}&to=${secondStep.id}`);
  await expect(page).toHaveURL(/\/assignment\/#a=1&/);
  await expect(page.locator(".assignment-start__refused")).toContainText("Ask your teacher for a new link.");
});

test("a short code typed from a handout opens its assignment", async ({ page }) => {
  await open(page, "/assignment/");
  await expect(page.locator("main")).toContainText("No assignment is open on this device");
  const code = `K3F7QZ-${firstStep.number}-${secondStep.number}-Y`;
  await page.getByLabel("Code from your handout").fill(` ${code} `);
  await page.getByRole("button", { name: "Open the assignment" }).click();
  await expect(page.locator("main .assignment-start__label")).toHaveText(`Steps ${firstStep.number}–${secondStep.number}, assigned`);
  await expect(page.getByLabel("Your name or initials")).toBeVisible();
});

test("a reason keeps to its limit, with the characters left in view and described", async ({ page }) => {
  await page.goto(assignmentLink({ name: false }));
  await ready(page);
  await page.getByRole("link", { name: `Start with step ${firstStep.number}` }).click();
  const field = page.getByLabel(/your own reason/);
  const count = page.locator(`#${await field.getAttribute("aria-describedby")}`);
  const max = Number((await count.innerText()).match(/^(\d+) of (\d+) left$/)[2]);
  await field.fill("Why not");
  await expect(count).toHaveText(`${max - 7} of ${max} left`);
  await field.fill("x".repeat(max + 20));
  await expect(field).toHaveValue("x".repeat(max));
  await expect(count).toHaveText(`0 of ${max} left: as long as a reason can be, so that all your answers fit one QR code.`);
  // Outside an assignment, no reason is asked.
  await page.getByRole("region", { name: "Assignment" }).getByRole("button", { name: "Leave the assignment" }).click();
  await expect(page.getByLabel(/your own reason/)).toHaveCount(0);
});
