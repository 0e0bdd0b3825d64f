// A shared verdict keeps the sharer's answers in the link's fragment, which
// browsers never send: the host that serves the page learns nothing of them.
// A link made before, with the answers in its query, still opens, and its
// address is rewritten so that the query leaves the address bar and history.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answersKey, expect, open, ready, test } from "./helpers.mjs";

/** A static server of its own for one test, logging each request line it receives. */
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
  await open(page, "/step/cold-war");
  await page.getByRole("group", { name: /: does this reason against a break convince you\?$/ }).getByLabel("Convincing", { exact: true }).check();
  await open(page, "/");
  await page.getByRole("group", { name: /How likely do you think/ }).getByLabel("Likely", { exact: true }).check();
  await open(page, "/verdict");
  const link = new URL(await page.locator("#share-link").inputValue());
  await expect(page.locator(".share")).toContainText("which browsers never send to this site's host");

  const server = await loggingServer(4175);
  try {
    const fresh = await browser.newContext();
    const recipient = await fresh.newPage();
    await recipient.goto(`${server.origin}${link.pathname}${link.search}${link.hash}`);
    await ready(recipient);
    await expect(recipient.locator("main h1")).toHaveText("A shared verdict");
    await expect(recipient.locator(".estimates")).toContainText("Before reading: Likely");
    await fresh.close();
    const lines = server.lines();
    expect(lines.some((line) => line.startsWith("GET /verdict/"))).toBe(true);
    for (const line of lines) {
      expect(line, "a request line").not.toMatch(/before=|cold-war=|v=1/);
    }
  } finally {
    server.stop();
  }
});

test("a share link made before, with its answers in the query, opens and loses its query", async ({ page }) => {
  await page.goto("/glossary/");
  await ready(page);
  await page.goto("/verdict/?v=1&before=4&cold-war=c3");
  await ready(page);
  await expect(page.locator("main h1")).toHaveText("A shared verdict");
  await expect(page.locator(".estimates")).toContainText("Before reading: Likely");
  await expect(page).toHaveURL("/verdict/#v=1&before=4&cold-war=c3");
  // Rewritten in place: Back leads to the page before, not to the old address.
  await page.goBack();
  await expect(page).toHaveURL("/glossary/");
  expect(await page.evaluate((key) => localStorage.getItem(key), answersKey)).toBeNull();
});

test("a sharer may show their two estimates in the preview: only those go in the address", async ({ page, browser }) => {
  await open(page, "/verdict");
  const preview = page.getByLabel("Show my two estimates in the link's preview (this puts them in the address, which the site's host sees)");
  await expect(preview).toBeDisabled();
  await expect(page.locator(".share__host")).toHaveText("Give both estimates to show them in the preview. The site's host sees none of your answers.");
  await open(page, "/step/cold-war");
  await page.getByRole("group", { name: /: does this reason against a break convince you\?$/ }).getByLabel("Convincing", { exact: true }).check();
  await open(page, "/");
  await page.getByRole("group", { name: /How likely do you think/ }).getByLabel("Likely", { exact: true }).check();
  await open(page, "/verdict");
  await page.getByRole("group", { name: /Now that you have read/ }).getByLabel("Unlikely", { exact: true }).check();
  await expect(preview).not.toBeChecked();
  expect(new URL(await page.locator("#share-link").inputValue()).pathname).toBe("/verdict/");
  await preview.check();
  await expect(page.locator(".share__host")).toHaveText(
    "The site's host will see your two estimates in the address (before reading: likely; after: unlikely), but none of your other answers.",
  );
  const link = new URL(await page.locator("#share-link").inputValue());
  expect(link.pathname).toBe("/verdict/likely-to-unlikely/");
  expect(link.hash).toBe("#v=1&before=4&after=2&cold-war=c");

  const server = await loggingServer(4176);
  try {
    const fresh = await browser.newContext();
    const recipient = await fresh.newPage();
    await recipient.goto(`${server.origin}${link.pathname}${link.hash}`);
    await ready(recipient);
    await expect(recipient.locator("main h1")).toHaveText("A shared verdict");
    await expect(recipient.locator(".reasons")).toContainText("Convincing");
    await fresh.close();
    const lines = server.lines();
    expect(lines).toContain("GET /verdict/likely-to-unlikely/");
    for (const line of lines) expect(line).not.toMatch(/cold-war=|v=1/);
  } finally {
    server.stop();
  }
});
