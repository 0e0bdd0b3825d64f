// Offline after one visit, and never stale: the service worker
// (worker/sw.js) downloads in the background the pages a reader of the steps
// uses and keeps every other page when first opened; a new build takes over
// only when the reader reloads for it, and nothing is downloaded in the
// background while the browser asks to save data. Each test serves a copy of
// the site from a server of its own, which it stops to take the network away.
import AxeBuilder from "@axe-core/playwright";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveDataOn } from "../../scripts/background.mjs";
import { answersKey, expect, expectSaved, heading, inventory, pages, pathOf, ready, savedProgress, scale, stepIds, steps, progressKey, test, the, site } from "./helpers.mjs";

/** The step a returning reader left off at, and the scale's points. */
const reason = the.firstReason;
const [, , , high] = scale.map((point) => point.label);

test.use({ serviceWorkers: "allow" });

/** The first version's folder, and the second's: the same site, one title changed (Makefile). */
const FIRST = "dist";
const SECOND = "target/dist-next";

/**
 * The second version's title of the first step, and its heading, by the
 * Makefile's rule (`next`): the first step's title with " (second version)"
 * added. A heading ends with its step's title.
 */
const CHANGED_TITLE = `${steps[0].title} (second version)`;
const CHANGED_HEADING = `${steps[0].heading} (second version)`;

/** A copy of a built site in a folder of its own, served on `port`, each request line logged. */
async function serveCopy(port, from) {
  const scratch = mkdtempSync(join(tmpdir(), "offline-"));
  const folder = join(scratch, "site");
  const log = join(scratch, "requests");
  cpSync(from, folder, { recursive: true });
  const server = spawn("node", ["scripts/static-server.mjs", folder, String(port)], {
    env: { ...process.env, REQUEST_LOG: log },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((listening) => server.stdout.once("data", listening));
  return {
    origin: `http://127.0.0.1:${port}`,
    requests: () => readFileSync(log, "utf8").trim().split("\n"),
    /** Puts another build in the folder, as a deploy does. */
    deploy(next) {
      rmSync(folder, { recursive: true });
      cpSync(next, folder, { recursive: true });
    },
    stop: () => server.kill(),
  };
}

/** Waits until the service worker controls the page: every file is then kept. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

/** The hashed name a build gives its script and its WebAssembly (`<name>.js`, `<name>_bg.wasm`; Trunk writes the hash without leading zeros). */
function hashedName(folder) {
  return readdirSync(folder).find((name) => /^diplomacy-explainer-[0-9a-f]{1,16}\.js$/.test(name)).slice(0, -".js".length);
}

/** The classroom kit's pages, and a shared verdict's (one of the 25 nearly the same): kept when first opened, never downloaded in the background. */
const CLASSROOM = inventory.pages.filter((page) => page.family === "classroom").map((page) => page.path);
const SHARED = `/verdict/${scale[3].id}-to-${scale[1].id}/`;

/** The paths of the pages the server was asked for in `requests` (its log's lines), without a query. */
function pagesAsked(requests) {
  return requests.map((line) => line.split(" ")[1].split("?")[0]).filter((path) => path.endsWith("/") || path.endsWith(".html"));
}

/** A page kept on first use that the second version changes (a shared verdict, or else a page of the classroom kit). */
function changedOnFirstUse() {
  const file = (folder, path) => readFileSync(join(folder, path.slice(1), "index.html"));
  const changed = [SHARED, ...CLASSROOM].find((path) => !file(FIRST, path).equals(file(SECOND, path)));
  if (!changed) throw new Error("the second version changes no page kept on first use: the update test needs one");
  return changed;
}

/** The cache keys under which the page's origin keeps `path` (one a revision). */
async function keptAs(page, path) {
  return (await cachedAddresses(page)).filter((address) => new URL(address).pathname === path);
}

/** Every address the page's origin holds in its caches. */
async function cachedAddresses(page) {
  return page.evaluate(async () => {
    const addresses = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      addresses.push(...(await cache.keys()).map((request) => request.url));
    }
    return addresses;
  });
}

test("after one visit, the steps' pages open offline with the reader's progress, ← and → move, and a page opened once opens too", async ({ page, context }) => {
  test.setTimeout(120_000);
  const server = await serveCopy(4177, FIRST);
  let downloaded;
  try {
    await context.addInitScript(
      ([key, saved]) => localStorage.getItem(key) ?? localStorage.setItem(key, saved),
      [progressKey, savedProgress({ last: reason.id, visited: stepIds.slice(0, reason.number), open: ["why"] })],
    );
    await page.goto(`${server.origin}/step/${reason.id}/`);
    await ready(page);
    await controlled(page);
    // The background download: every page of the steps, none of the classroom kit's, no shared verdict.
    const requests = server.requests();
    const background = requests.slice(requests.findIndex((line) => line.startsWith("GET /sw.js")));
    downloaded = pagesAsked(background);
    const ofTheSteps = inventory.pages.filter((page) => page.family === "steps").map((page) => page.path);
    expect(downloaded).toEqual(expect.arrayContaining(ofTheSteps));
    expect(downloaded.filter((path) => CLASSROOM.includes(path) || path.startsWith("/verdict/") && path !== pathOf("verdict")),
      "no page of the classroom kit and no shared verdict in the background").toEqual([]);
    expect(background.filter((line) => line.includes("/classroom-")), "not the classroom kit's binary either").toEqual([]);
    // Online, an address the build has no file for still goes to the host, which redirects it.
    await page.goto(`${server.origin}/glossary`);
    await expect(page).toHaveURL(`${server.origin}/glossary/`);
    await ready(page);
    // A shared verdict, the verdict and the teacher's page, opened once, are kept (if not downloaded already).
    for (const path of [SHARED, pathOf("verdict"), CLASSROOM[0]]) {
      await page.goto(`${server.origin}${path}`);
      await ready(page);
    }
  } finally {
    server.stop();
  }
  await context.setOffline(true);

  await page.goto(`${server.origin}/`);
  await ready(page);
  await expect(page.getByRole("link", { name: `Continue at step ${reason.number}` })).toBeVisible();

  const opened = [SHARED, pathOf("verdict"), `/verdict/#v=1&before=4&${reason.id}=c3`, CLASSROOM[0]];
  for (const path of [...pages.filter((path) => downloaded.includes(path)), ...opened]) {
    await page.goto(`${server.origin}${path}`);
    await ready(page);
    await expect(heading(page), path).toBeVisible();
  }
  await page.goto(`${server.origin}/verdict/#v=1&before=4&${reason.id}=c3`);
  await ready(page);
  await expect(heading(page)).toHaveText("A shared verdict");
  await expect(page.locator(".estimates")).toContainText(`Before reading: ${high}`);

  await page.goto(`${server.origin}/no-such-page/`);
  await ready(page);
  await expect(heading(page)).toHaveText("Page not found");
  // A page of the site never opened and not downloaded: not the browser's error, nor "not found".
  const notOpened = CLASSROOM.find((path) => !opened.includes(path));
  await page.goto(`${server.origin}${notOpened}`);
  await expect(heading(page)).toHaveText("Not saved for offline reading yet");
  await page.getByRole("link", { name: "go to the start page" }).click();
  await expect(page).toHaveURL(`${server.origin}/`);
  await ready(page);
  await expect(heading(page)).toHaveText(site.question);

  await page.goto(`${server.origin}/step/${stepIds[2]}/`);
  await ready(page);
  await expect(page.locator("details.disclosure[id$='-why']")).toHaveJSProperty("open", true);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(`${server.origin}/step/${stepIds[3]}/`);
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(`${server.origin}/step/${stepIds[2]}/`);
  await page.reload();
  await ready(page);
  await expect(heading(page)).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(`${server.origin}/step/${stepIds[3]}/`);
  await page.goBack();
  await ready(page);
  await page.goForward();
  await expect(page).toHaveURL(`${server.origin}/step/${stepIds[3]}/`);
  await expect(heading(page)).toBeVisible();
});

test("a new version is told in a notice, loads whole on Update now, and the old one's files are dropped", async ({ page, context }) => {
  test.setTimeout(120_000);
  // Before the server starts: a test failing outside the `try` would leave it holding the port.
  const [first, second] = [hashedName(FIRST), hashedName(SECOND)];
  expect(first).not.toBe(second);
  const server = await serveCopy(4178, FIRST);
  try {
    await page.goto(`${server.origin}/`);
    await ready(page);
    await controlled(page);
    await page.getByRole("group", { name: site["scale.before"] }).getByLabel(high, { exact: true }).check();
    // The guess, saved before a step is read, is what the new version must keep as given.
    await expectSaved(page, answersKey, "before=4");
    // A page opened once is kept, as the first version has it.
    const changed = changedOnFirstUse();
    await page.goto(`${server.origin}${changed}`);
    await ready(page);
    await expect.poll(() => keptAs(page, changed), { timeout: 20_000 }).toHaveLength(1);
    const keptBefore = await keptAs(page, changed);
    await page.goto(`${server.origin}/`);
    await ready(page);
    await page.getByRole("link", { name: `Start with step ${steps[0].number}` }).click();
    await expect(heading(page)).toHaveText(steps[0].heading);

    server.deploy(SECOND);
    const before = server.requests().length;
    await page.goto(`${server.origin}/step/${stepIds[0]}/`);
    await ready(page);
    const line = page.getByRole("status").filter({ hasText: "A new version of this explainer is ready." });
    await expect(line).toBeVisible({ timeout: 20_000 });
    expect((await new AxeBuilder({ page }).include("#update").analyze()).violations).toEqual([]);
    await expect(line).toContainText("Your place and answers are kept.");
    // A second tab of the old version: its reader puts the notice off.
    const other = await context.newPage();
    await other.goto(`${server.origin}/step/${stepIds[1]}/`);
    await ready(other);
    // The new version is installed now and could take over, yet a page opened after it is still all the old one's.
    await expect(other.locator("nav a", { hasText: steps[0].title }).first(), "the old version stays whole until the reader reloads").toBeAttached();
    await expect(other.locator("nav a", { hasText: CHANGED_TITLE })).toHaveCount(0);
    const loaded = await other.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
    expect(loaded.filter((name) => name.includes(second)), "no file of the new version in the old page").toEqual([]);
    const otherLine = other.getByRole("status").filter({ hasText: "A new version" });
    await otherLine.getByRole("button", { name: "Later" }).click();
    await expect(otherLine).toBeHidden();

    const progress = await page.evaluate(() => ({ ...localStorage }));
    await line.getByRole("button", { name: "Update now" }).click();
    await expect(heading(page)).toHaveText(CHANGED_HEADING);
    // Every open page of the old version loads anew once the new one has taken over.
    await expect(other.locator("nav a", { hasText: CHANGED_TITLE }).first()).toBeAttached();
    await other.close();
    await ready(page);
    const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
    expect(scripts.some((name) => name.endsWith(`${second}.js`)), "the new page runs the new script").toBe(true);
    expect(scripts.filter((name) => name.includes(first))).toEqual([]);
    const requested = server.requests().slice(before);
    expect(requested.filter((line) => line.includes(first)), "no request for the old build's files").toEqual([]);
    // The reloaded page records itself as the step last read; the rest is as it was.
    const kept = await page.evaluate(() => ({ ...localStorage }));
    expect(kept[answersKey], "saved answers survive the update").toBe(progress[answersKey]);
    expect(kept[progressKey].replace(/&last=[a-z-]+/, ""), "saved progress survives the update")
      .toBe(progress[progressKey].replace(/&last=[a-z-]+/, ""));
    await page.locator(".site-header__name").click();
    // A step has been read since the guess: it is shown as given.
    await expect(page.locator(".before__given")).toHaveText(`Before reading, you said: ${high.toLowerCase()}.`);

    const cached = await cachedAddresses(page);
    expect(cached.some((address) => address.includes(second))).toBe(true);
    expect(cached.filter((address) => address.includes(first)), "the old build's files are deleted").toEqual([]);
    expect(cached.filter((address) => keptBefore.includes(address)), "the old build's kept pages are deleted").toEqual([]);
    // Opened again, the page is kept as the new version has it.
    await page.goto(`${server.origin}${changed}`);
    await ready(page);
    await expect.poll(() => keptAs(page, changed), { timeout: 20_000 }).toHaveLength(1);
    expect(await keptAs(page, changed)).not.toEqual(keptBefore);
  } finally {
    server.stop();
  }
  await context.setOffline(true);
  await page.goto(`${server.origin}/step/${stepIds[0]}/`);
  await ready(page);
  await expect(heading(page)).toHaveText(CHANGED_HEADING);
  await page.goto(`${server.origin}${changedOnFirstUse()}`);
  await ready(page);
  await expect(heading(page)).toBeVisible();
});

test("a student who opens an assignment can hand it in offline: the hand-in page and its binary are kept when the assignment opens", async ({ page, context }) => {
  test.setTimeout(120_000);
  const server = await serveCopy(4194, FIRST);
  const handIn = pathOf("hand-in");
  try {
    await page.goto(`${server.origin}${pathOf("assignment")}#a=2&id=k3f7qz&from=${stepIds[2]}&to=${stepIds[3]}`);
    await ready(page);
    await controlled(page);
    await expect.poll(() => keptAs(page, handIn), { timeout: 20_000 }).toHaveLength(1);
    await expect.poll(async () => (await cachedAddresses(page)).filter((address) => address.includes("/classroom-")).length,
      { timeout: 20_000 }).toBe(2);
  } finally {
    server.stop();
  }
  await context.setOffline(true);
  await page.goto(`${server.origin}${handIn}`);
  await ready(page);
  await expect(heading(page)).toBeVisible();
});

test("while the browser asks to save data nothing is downloaded in the background; once it no longer does, the page first opened is kept too", async ({ page, context }) => {
  test.setTimeout(120_000);
  const server = await serveCopy(4192, FIRST);
  try {
    await context.addInitScript(saveDataOn);
    // A teacher's first visit: the classroom kit's page, which the background download leaves out.
    const teach = CLASSROOM[0];
    await page.goto(`${server.origin}${teach}`);
    await ready(page);
    await page.reload();
    await ready(page);
    expect(server.requests().filter((line) => line.startsWith("GET /sw.js")), "no worker while saving data").toEqual([]);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((found) => found.length))).toBe(0);
    const before = server.requests().length;

    await page.evaluate(() => window.saveData(false));
    await controlled(page);
    const background = server.requests().slice(before);
    expect(background[0]).toBe("GET /sw.js");
    expect(pagesAsked(background)).toContain(`/step/${stepIds[0]}/`);
    // The worker keeps the page it was registered from, and what that page loaded, once it controls it.
    await expect.poll(async () => (await cachedAddresses(page)).filter((address) => address.includes("/classroom-")).length,
      { timeout: 20_000 }).toBe(2);
    expect((await cachedAddresses(page)).some((address) => new URL(address).pathname === teach)).toBe(true);
  } finally {
    server.stop();
  }
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await expect(heading(page)).toBeVisible();
});
