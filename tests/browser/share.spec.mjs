// A shared verdict keeps the sharer's answers in the link's fragment, which
// browsers never send: the host that serves the page learns nothing of them.
// A link made before, with the answers in its query, still opens, and its
// address is rewritten so that the query leaves the address bar and history.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answersKey, expect, expectSaved, open, ready, progressKey, savedProgress, scale, seedStorage, steps, test, the, site } from "./helpers.mjs";

/** The steps the tests judge or visit, and the scale's points the reader picks. */
const [reason, concession, question] = [the.firstReason, the.concession, the.question];
const [, low, , high] = scale.map((point) => point.label);

/**
 * A static server of its own for one test, logging each request line it
 * receives, on a port no other test or engine suite uses (the engines serve
 * on 4175 and 4176, the update tests on 4177 and 4178).
 */
async function loggingServer(port) {
  const log = join(mkdtempSync(join(tmpdir(), "requests-")), "log");
  const server = spawn("node", ["scripts/static-server.mjs", "dist", String(port)], {
    env: { ...process.env, REQUEST_LOG: log },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((listening) => server.stdout.once("data", listening));
  return { origin: `http://127.0.0.1:${port}`, lines: () => readFileSync(log, "utf8").trim().split("\n"), stop: () => server.kill() };
}

test("opening a share link in a fresh browser sends none of its answers to the host", async ({ page, browser }) => {
  await open(page, reason.path);
  await page.getByRole("group", { name: /: does this .* convince you\?$/ }).getByLabel("Convincing", { exact: true }).check();
  await expectSaved(page, answersKey, `${reason.id}=c`);
  await open(page, "/");
  await page.getByRole("group", { name: site["scale.before"] }).getByLabel(high, { exact: true }).check();
  await expectSaved(page, answersKey, "before=4");
  await open(page, "/verdict");
  const link = new URL(await page.locator("#share-link").inputValue());
  await expect(page.locator(".share")).toContainText("which browsers never send to this site's host");

  const server = await loggingServer(4179);
  try {
    const fresh = await browser.newContext();
    const recipient = await fresh.newPage();
    await recipient.goto(`${server.origin}${link.pathname}${link.search}${link.hash}`);
    await ready(recipient);
    await expect(recipient.locator("main h1")).toHaveText("A shared verdict");
    await recipient.getByRole("button", { name: "Skip, just show their answers" }).click();
    await expect(recipient.locator(".estimates")).toContainText(`Before reading: ${high}`);
    await fresh.close();
    const lines = server.lines();
    expect(lines.some((line) => line.startsWith("GET /verdict/"))).toBe(true);
    for (const line of lines) {
      expect(line, "a request line").not.toMatch(new RegExp(String.raw`before=|${reason.id}=|v=1`));
    }
  } finally {
    server.stop();
  }
});

test("a share link made before, with its answers in the query, opens and loses its query", async ({ page }) => {
  await page.goto("/glossary/");
  await ready(page);
  await page.goto(`/verdict/?v=1&before=4&${reason.id}=c3`);
  await ready(page);
  await expect(page.locator("main h1")).toHaveText("A shared verdict");
  await page.getByRole("button", { name: "Skip, just show their answers" }).click();
  await expect(page.locator(".estimates")).toContainText(`Before reading: ${high}`);
  await expect(page).toHaveURL(`/verdict/#v=1&before=4&${reason.id}=c3`);
  // Loaded anew, the page saves nothing of its own: whatever skipping saved is there by now.
  await page.reload();
  await ready(page);
  await expect(page.getByRole("button", { name: "Skip, just show their answers" })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), answersKey)).toBeNull();
  // Rewritten in place: Back leads to the page before, not to the old address.
  await page.goBack();
  await expect(page).toHaveURL("/glossary/");
});

test("a sharer may show their two estimates in the preview: only those go in the address", async ({ page, browser }) => {
  await open(page, "/verdict");
  const preview = page.getByLabel("Show my two estimates in the link's preview (this puts them in the address, which the site's host sees)");
  await expect(preview).toBeDisabled();
  await expect(page.locator(".share__host")).toHaveText("Give both estimates to show them in the preview. The site's host sees none of your answers.");
  await open(page, "/");
  await page.getByRole("group", { name: site["scale.before"] }).getByLabel(high, { exact: true }).check();
  await expectSaved(page, answersKey, "before=4");
  await open(page, reason.path);
  await page.getByRole("group", { name: /: does this .* convince you\?$/ }).getByLabel("Convincing", { exact: true }).check();
  await expectSaved(page, answersKey, `${reason.id}=c`);
  await open(page, "/verdict");
  await page.getByRole("group", { name: site["scale.after"] }).getByLabel(low, { exact: true }).check();
  await expect(preview).not.toBeChecked();
  expect(new URL(await page.locator("#share-link").inputValue()).pathname).toBe("/verdict/");
  await preview.check();
  await expect(page.locator(".share__host")).toHaveText(
    `The site's host will see your two estimates in the address (before reading: ${high.toLowerCase()}; after: ${low.toLowerCase()}), but none of your other answers.`,
  );
  const link = new URL(await page.locator("#share-link").inputValue());
  expect(link.pathname).toBe(`/verdict/${scale[3].id}-to-${scale[1].id}/`);
  expect(link.hash).toBe(`#v=1&before=4&after=2&${reason.id}=c`);

  const server = await loggingServer(4180);
  try {
    const fresh = await browser.newContext();
    const recipient = await fresh.newPage();
    await recipient.goto(`${server.origin}${link.pathname}${link.hash}`);
    await ready(recipient);
    await expect(recipient.locator("main h1")).toHaveText("A shared verdict");
    await recipient.getByRole("button", { name: "Skip, just show their answers" }).click();
    await expect(recipient.locator(".answer-table")).toContainText("Convincing");
    await fresh.close();
    const lines = server.lines();
    expect(lines).toContain(`GET /verdict/${scale[3].id}-to-${scale[1].id}/`);
    for (const line of lines) expect(line).not.toMatch(new RegExp(String.raw`${reason.id}=|v=1`));
  } finally {
    server.stop();
  }
});

// The one who opens a shared verdict gives their own guess first: until then
// nothing of the sharer's answers, the essay's answer or the steps' titles is
// on the page at all, for the eye or for a screen reader.
const sharedLink = `/verdict/#v=1&before=4&late=1&after=2&${reason.id}=c3&${concession.id}=n`;

/** What a shared verdict must not show before the guess: the sharer's estimates, the essay's answer, any step's title. */
async function expectNothingGivenAway(page) {
  const main = page.locator("main");
  await expect(main.locator(".estimates")).toHaveCount(0);
  await expect(main).not.toContainText("The essay:");
  await expect(main).not.toContainText(`Before reading: ${high}`);
  for (const { title } of steps) await expect(main, title).not.toContainText(title);
  const tree = await main.ariaSnapshot();
  expect(tree).not.toContain("The essay");
  expect(tree).not.toContain(`${high} (given after starting to read)`);
}

test("a shared verdict asks the one who opens it for their guess before it shows anything", async ({ browser }) => {
  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  await page.goto(sharedLink);
  await ready(page);
  await expect(page.locator("main h1")).toHaveText("A shared verdict");
  const guess = page.getByRole("group", { name: site["scale.before"] });
  await expect(guess).toBeVisible();
  await expectNothingGivenAway(page);
  await guess.getByLabel(low, { exact: true }).check();
  await expect(page.locator(".before__given")).toHaveText(`Before reading, you said: ${low.toLowerCase()}.`);
  // The sharer's estimate before reading came late, and says so.
  await expect(page.locator(".estimates")).toContainText(`Before reading: ${high} (given after starting to read)`);
  await expect(page.locator(".estimates")).toContainText("The essay:");
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), answersKey)).toBe("v=4&before=2");
  // Arrow keys choose as they move: the guess stays in view while the reader is here.
  await expect(guess.getByLabel(low, { exact: true })).toBeChecked();
  await page.reload();
  await ready(page);
  // Given before, the guess is shown as given, and the sharer's answers at once.
  await expect(page.locator(".before__given")).toHaveText(`Before reading, you said: ${low.toLowerCase()}.`);
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.locator(".estimates")).toContainText(`Before reading: ${high}`);
  await fresh.close();
});

test("one click skips the guess on a shared verdict, and saves nothing", async ({ browser }) => {
  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  await page.goto(sharedLink);
  await ready(page);
  await expectNothingGivenAway(page);
  await page.getByRole("button", { name: "Skip, just show their answers" }).click();
  await expect(page.locator(".estimates")).toContainText(`Before reading: ${high} (given after starting to read)`);
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.getByText("You have not answered yet.")).toBeVisible();
  // Loaded anew, the page saves nothing of its own: whatever skipping saved
  // is there by now, and it would not ask again.
  await page.reload();
  await ready(page);
  await expect(page.getByRole("button", { name: "Skip, just show their answers" })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), answersKey)).toBeNull();
  await fresh.close();
});

test("a reader who has read a step without guessing is not asked on a shared verdict", async ({ page }) => {
  await seedStorage(page, { [progressKey]: savedProgress({ last: reason.id, visited: [question.id, reason.id] }) });
  await open(page, sharedLink);
  await expect(page.getByRole("button", { name: "Skip, just show their answers" })).toHaveCount(0);
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.locator(".estimates")).toContainText(`Before reading: ${high} (given after starting to read)`);
});
