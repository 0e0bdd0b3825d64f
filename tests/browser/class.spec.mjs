// The class page with a real class's response links, made by the model
// (responses.mjs): the latest hand-in per student counts and the earlier one
// is listed as replaced; damaged links are refused and links that are not
// this explainer's passed over; reasons by step; a roster's missing names;
// the paste kept on this device; a response link opened on the device; the
// CSV's numbers; and the projector's order of reveals.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, expectSaved, open, ready, scale, step, steps, storageKey, test } from "./helpers.mjs";
import { address, parseCsv, responseLinks } from "./responses.mjs";

/**
 * The steps the class's assignment gives (tests/response_links.rs), read
 * from its link: the first, the second and the third, in order.
 */
const assigned = (() => {
  const fields = new URLSearchParams(responseLinks().assignment.split("#")[1]);
  return steps.slice(step(fields.get("from")).number - 1, step(fields.get("to")).number);
})();
/** The scale's points, by the answers the class gives. */
const label = (rank) => scale.find((point) => point.rank === rank).label;

// The times the page shows are the teacher's clock: here, UTC.
test.use({ timezoneId: "UTC" });

const origin = "http://127.0.0.1:4173/";

/** Where the class page keeps the last paste it read (src/pages/class.rs). */
const PASTE_KEY = storageKey("class-paste");

/** A link cut in the middle, as a chat may cut one. */
function cut(link) {
  return link.slice(0, Math.floor(link.length / 2));
}

/** Pastes text into the box and reads it. */
async function paste(page, text) {
  await page.getByLabel("Response links").fill(text);
  await page.getByRole("button", { name: "Read the answers" }).click();
}

/** A section of the results, by its heading. */
function results(page, heading) {
  return page.locator(".class-results section", { has: page.getByRole("heading", { name: heading, exact: true }) });
}

/** The class page counting for the assignment, opened from the teacher's page's link. */
async function openAssigned(page) {
  await open(page, `/${responseLinks().assignment}`);
  await expect(page.locator(".class-assignment")).toContainText(new RegExp(`Counting the responses to assignment [a-z2-7]{6} \\(Steps ${assigned[0].number}–${assigned.at(-1).number}, assigned\\)`));
  await expect(page).toHaveURL(/\/teach\/class\/$/);
}

/** The whole class's paste: a re-submission, a cut link, a video and a news story, another assignment's. */
function classPaste() {
  return [
    `Anna, 09:01: ${address(origin, "anna-first")}`,
    address(origin, "ben"),
    "Watch this first https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    `Cleo: ${address(origin, "cleo")} thanks`,
    `Finn: ${cut(address(origin, "finn"))}`,
    "https://www.bbc.co.uk/news/world-12345678 is related",
    `Anna, 09:05: sorry, again: ${address(origin, "anna")}`,
    address(origin, "dan-elsewhere"),
  ].join("\n");
}

test("a class's links add up: latest per student, replaced, refused, passed over, reasons and the roster", async ({ page }) => {
  await openAssigned(page);
  await paste(page, classPaste());
  await expect(page.locator(".class-status")).toHaveText(
    "Read 3 responses. 1 earlier hand-in was replaced by a later hand-in. 1 response to another assignment was set apart. " +
      "1 link could not be read. 2 links that are not this explainer's were passed over.",
  );
  // The cut link is refused with its line; the video and the news story are not refused.
  await expect(page.locator(".class-refusals li")).toHaveText([/^Line 5: Finn: .* — the link is cut short/]);
  const read = results(page, "What was read");
  await expect(read).toContainText("Links that are not this explainer's, passed over: 2");

  // Each student once, in the order handed in; Anna's earlier hand-in replaced, Dan's set apart.
  const handedIn = results(page, "Who handed in");
  await expect(handedIn.locator(".class-students > li summary")).toHaveText([
    "Ben handed in 2026-12-06 09:03",
    "Cleo handed in 2026-12-06 09:04",
    "Anna K handed in 2026-12-06 09:05",
  ]);
  await expect(handedIn.locator(".class-replaced li")).toHaveText([
    "Anna K, handed in 2026-12-06 09:01, replaced by the one handed in 2026-12-06 09:05",
  ]);
  await expect(handedIn.locator(".class-elsewhere li")).toHaveText([/^Dan, assignment [a-z2-7]{6}, handed in 2026-12-06 09:06$/]);

  // Each step's table counts the latest answers only: Anna's answer on the second step is now convincing.
  const table = page.getByRole("table", { name: "The class's answers on each step" });
  await expect(table.getByRole("row", { name: /^Step \d+:/ })).toHaveCount(assigned.length);
  const second = table.getByRole("row", { name: new RegExp(`^Step ${assigned[1].number}:`) });
  await expect(second.getByRole("cell")).toHaveText(["2", "0", "0", "1", "0", "1", "1"]);

  // A student's answers and reasons open from their name.
  const ben = handedIn.locator(".class-student", { hasText: "Ben handed in" });
  await ben.locator("summary").click();
  await expect(ben.locator("dd")).toHaveText([
    label(4),
    "Not convincing; bears a littleWhy: The Cold War was different",
    "Convincing; bears a lot",
    "Convincing; bears a lotWhy: Embassies are still open",
    `${label(2)}Why: Too much is at stake`,
  ]);

  // Reasons by step and by side, the replaced hand-in's not among them.
  const reasons = page.locator(".class-reasons");
  const first = reasons.locator(".class-reasons__step", { has: page.getByRole("heading", { name: assigned[0].label }) });
  await expect(first.locator("h4")).toHaveText(["Convincing (1)", "Not sure (1)", "Not convincing (1)"]);
  await expect(first.locator(".class-reasons__side li")).toHaveText([
    "History repeats — Anna K",
    "Not sure it compares — Cleo",
    "The Cold War was different — Ben",
  ]);
  await expect(reasons.locator(".class-reasons__step", { hasText: "Why they hold their view after reading" }).locator("li")).toHaveText([
    "Too much is at stake — Ben",
    "The essay persuaded me, mostly — Anna K",
  ]);

  // A roster gives who is missing, matched however it is capitalised, and is kept.
  await page.locator(".class-roster summary").click();
  await page.getByLabel("Your class's names").fill("anna k\n  BEN \nCleo\nFinn\nDan\n");
  await expect(handedIn.locator(".class-missing")).toHaveText("Missing: Finn, Dan");
  await expect(page.locator(".class-roster summary")).toContainText("(5 names)");
});

test("the CSV has a row per counted student in the order handed in, and its numbers are the answers", async ({ page }) => {
  await openAssigned(page);
  await paste(page, classPaste());
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const text = readFileSync(await (await download).path(), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [headings, ...rows] = parseCsv(text.slice(1));
  expect(headings).toEqual([
    "Name", "Handed in", "Before reading (1–5)", "Before reading", "Before reading given late", "After reading (1–5)", "After reading",
    ...assigned.flatMap(({ number, title }) => ["judgement", "weight", "reason"].map((what) => `Step ${number}: ${title} (${what})`)),
    "Reason for the view after reading", "Note",
  ]);
  const column = (name) => rows.map((row) => row[headings.indexOf(name)]);
  expect(column("Name")).toEqual(["Ben", "Cleo", "Anna K"]);
  expect(column("Handed in")).toEqual(["2026-12-06 09:03", "2026-12-06 09:04", "2026-12-06 09:05"]);
  expect(column("Before reading (1–5)").map(Number)).toEqual([4, 3, 2]);
  expect(column("Before reading")).toEqual([label(4), label(3), label(2)]);
  expect(column("Before reading given late")).toEqual(["", "yes", ""]);
  expect(column("After reading (1–5)").map(Number)).toEqual([2, 3, 4]);
  const second = assigned[1].label;
  expect(column(`${second} (judgement)`)).toEqual(["Convincing", "", "Convincing"]);
  expect(column(`${second} (weight)`)).toEqual(["A lot", "", "Somewhat"]);
  expect(column(`${second} (reason)`)).toEqual(["", "", "Tensions are real"]);
  expect(column("Reason for the view after reading")).toEqual(["Too much is at stake", "", "The essay persuaded me, mostly"]);
});

test("a link wrapped over two lines is made whole again", async ({ page }) => {
  await openAssigned(page);
  const link = address(origin, "ben");
  // Wrapped where a chat might break it: after an ampersand, past the middle.
  // Joined again, the link's checksum holds, so it is read whole
  // (model/src/paste.rs): all Ben's answers, none lost at the break.
  const at = link.indexOf("&", Math.floor(link.length / 2)) + 1;
  await paste(page, `Ben: ${link.slice(0, at)}\n${link.slice(at)}\n${address(origin, "cleo")}`);
  await expect(page.locator(".class-status")).toHaveText("Read 2 responses.");
  await expect(page.locator(".class-refusals li")).toHaveCount(0);
  await expect(page.locator(".class-students > li summary")).toHaveText(["Ben handed in 2026-12-06 09:03", "Cleo handed in 2026-12-06 09:04"]);
  await page.locator(".class-student", { hasText: "Ben" }).locator("summary").click();
  await expect(page.locator(".class-student", { hasText: "Ben" }).locator("dd")).toHaveText([
    label(4),
    "Not convincing; bears a littleWhy: The Cold War was different",
    "Convincing; bears a lot",
    "Convincing; bears a lotWhy: Embassies are still open",
    `${label(2)}Why: Too much is at stake`,
  ]);
});

test("the paste is kept on this device across a reload until cleared, and an opened response link adds itself", async ({ page }) => {
  await open(page, "/teach/class/");
  await expect(page.locator(".class-form__kept")).toHaveText("The last paste you read is kept on this device, in this browser, until you clear it.");
  await paste(page, address(origin, "anna-first"));
  await expect(page.locator(".class-status")).toHaveText("Read 1 response.");
  await expectSaved(page, PASTE_KEY, address(origin, "anna-first"));

  // A response link opened on this device adds itself to the kept paste.
  await open(page, `/${responseLinks().responses.ben.link}`);
  await expect(page.locator(".class-status")).toHaveText("Added Ben's response.");
  await expect(page).toHaveURL(/\/teach\/class\/$/);
  await expectSaved(page, PASTE_KEY, address(origin, "ben"));
  await open(page, `/${responseLinks().responses.anna.link}`);
  await expect(page.locator(".class-status")).toHaveText("Added Anna K's response.");
  await expectSaved(page, PASTE_KEY, address(origin, "anna"));
  const students = page.locator(".class-students > li summary");
  await expect(students).toHaveText([/^Ben /, /^Anna K /]);
  await expect(page.locator(".class-replaced li")).toHaveCount(1);
  // A damaged one is not added.
  await open(page, `/${cut(responseLinks().responses.finn.link)}`);
  await expect(page.locator(".class-status")).toHaveText(/^That response link cannot be read: the link is cut short/);

  await page.reload();
  await ready(page);
  await expect(page.locator(".class-status")).toHaveText("Read 2 responses. 1 earlier hand-in was replaced by a later hand-in.");
  await expect(students).toHaveText([/^Ben /, /^Anna K /]);
  await expect(page.getByLabel("Response links")).toHaveValue(
    [address(origin, "anna-first"), address(origin, "ben"), address(origin, "anna")].join("\n"),
  );

  await page.getByRole("button", { name: "Clear the kept paste" }).click();
  await expect(page.locator(".class-status")).toHaveText("Cleared the paste from this device.");
  await expect(page.getByLabel("Response links")).toHaveValue("");
  await expect(page.locator(".class-results")).toHaveCount(0);
  await expectSaved(page, PASTE_KEY, null);
  // The prerendered page has no paste either: only once the app has read
  // this device's storage does an empty box show the paste is gone.
  await page.reload();
  await ready(page);
  await expect(page.getByRole("button", { name: "Clear the kept paste" })).toBeDisabled();
  await expect(page.getByLabel("Response links")).toHaveValue("");
  await expect(page.locator(".class-results")).toHaveCount(0);
});

test("the projector view hides names and reveals in order with one button", async ({ page }) => {
  await openAssigned(page);
  await paste(page, classPaste());
  await page.getByRole("button", { name: "Projector view" }).click();
  const projector = page.locator(".projector");
  await expect(projector).toContainText("3 responses, no names.");
  for (const name of ["Anna", "Ben", "Cleo"]) {
    await expect(page.locator("main")).not.toContainText(name);
  }
  const parts = projector.locator(".projector__part h2");
  await expect(parts).toHaveCount(0);
  const next = page.locator(".projector__next");
  const order = ["Before reading", "After reading", "The step that split the class", "The essay's answer"];
  for (const [at, part] of order.entries()) {
    await expect(next).toHaveText(`Show: ${part.toLowerCase()}`);
    // By keyboard: the button keeps focus from one press to the next.
    await next.focus();
    await page.keyboard.press("Enter");
    await expect(parts).toHaveText(order.slice(0, at + 1));
  }
  const split = projector.locator(".projector__part", { has: page.getByRole("heading", { name: "The step that split the class" }) });
  await expect(split.locator(".projector__step")).toHaveText(assigned[0].label);
  const before = projector.locator(".projector__part").first().locator("tr");
  await expect(before.locator(".class-bar__count")).toHaveText(["0", "1", "0", "1", "0"]);
  // Cleo's estimate before reading came late: said, not counted.
  await expect(projector.locator(".projector__note")).toHaveText("Not among them: 1 estimate given only after starting to read.");
  await expect(next).toHaveText("Hide them all and start again");
  await page.getByRole("button", { name: "Leave the projector view" }).click();
  await expect(page.locator(".class-students > li")).toHaveCount(3);
});

test("the projector's charts before and after reading share one axis", async ({ page }) => {
  await openAssigned(page);
  // Before reading, one student at most on any point; after, two on one.
  await paste(page, ["anna-first", "ben", "cleo"].map((name) => address(origin, name)).join("\n"));
  await page.getByRole("button", { name: "Projector view" }).click();
  const next = page.locator(".projector__next");
  await next.click();
  await next.click();
  const parts = page.locator(".projector__part");
  await expect(parts).toHaveCount(2);
  const counts = (at) => parts.nth(at).locator(".class-bar__count");
  await expect(counts(0)).toHaveText(["0", "1", "0", "1", "0"]);
  await expect(counts(1)).toHaveText(["0", "1", "2", "0", "0"]);
  // A bar of one student is as long before as after.
  const viewBoxes = await parts.locator(".class-bar__bar").evaluateAll((bars) => [...new Set(bars.map((bar) => bar.getAttribute("viewBox")))]);
  expect(viewBoxes).toEqual(["0 0 2 10"]);
});

test("the results, a student's answers and the projector view have no accessibility violations in light or dark", async ({ page }) => {
  // Four scans, each up to a few seconds on a slow machine.
  test.setTimeout(90_000);
  await openAssigned(page);
  await paste(page, classPaste());
  await page.locator(".class-roster summary").click();
  await page.getByLabel("Your class's names").fill("Anna K\nZed");
  await page.locator(".class-student summary").first().click();
  const violations = async () => {
    const found = [];
    for (const colorScheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      found.push(...results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`));
    }
    return found;
  };
  expect(await violations()).toEqual([]);
  await page.getByRole("button", { name: "Projector view" }).click();
  for (let shown = 0; shown < 4; shown += 1) {
    await page.locator(".projector__next").click();
  }
  await expect(page.locator(".projector__part")).toHaveCount(4);
  expect(await violations()).toEqual([]);
});
