// The classroom kit, with no server: a teacher makes an assignment link and
// its QR code, two students open it in browsers of their own, answer
// differently and hand in response links, and the teacher reads the class's
// answers from the pasted links, one of them broken.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { expect, expectAnswersSaved, open, ready, test, the } from "./helpers.mjs";

/** The steps the teacher assigns (two judged steps, one after the other): from, to, and as the assignment names them. */
const [FIRST, LAST] = the.judgedPair;
const ASSIGNED = `Steps ${FIRST.number}–${LAST.number}, assigned`;

/** The text a QR code on the page holds, read from a screenshot of it. */
async function decodeQr(image) {
  const png = PNG.sync.read(await image.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** axe's violations on the page as it stands, in light and in dark. */
async function violations(page) {
  const found = [];
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    found.push(...results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`));
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}

/** A student opens the assignment in a browser of their own, judges, and hands in. */
async function handIn(browser, link, { name, conviction, weight }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await ready(page);
  // The assignment's first screen: the teacher's words, the name, the estimate before reading.
  await expect(page).toHaveURL(/\/assignment\/$/);
  await expect(page.locator("main .assignment-start__label")).toHaveText(ASSIGNED);
  await expect(page.locator("main .prompt-words")).toHaveText("Which reason convinces you least? <b>Say why</b>");
  await page.getByLabel("Your name or initials").fill(name);
  await page.getByRole("link", { name: `Start with step ${FIRST.number}` }).click();
  await expect(page).toHaveURL(new RegExp(String.raw`\/step\/${FIRST.id}\/$`));
  const banner = page.getByRole("region", { name: "Assignment" });
  await expect(banner).toContainText(ASSIGNED);
  await expect(banner.locator(".prompt-words")).toHaveText("Which reason convinces you least? <b>Say why</b>");
  await expect(banner).toContainText(`Answering as ${name}`);
  await expect(banner).toContainText("sent anywhere");
  const judgement = page.getByRole("region", { name: "Your judgement" });
  await judgement.getByRole("group", { name: /: (does this reason|do these facts) .*\?$/ }).getByLabel(conviction, { exact: true }).check();
  await judgement.getByRole("group", { name: /: how much / }).getByLabel(weight, { exact: true }).check();
  // The hand-in page is another page load, which reads what was saved.
  await expectAnswersSaved(page, new RegExp(String.raw`(^|&)${FIRST.id}=[cun][123]`));
  await page.locator('main a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(String.raw`\/step\/${LAST.id}\/$`));
  // The banner stays while the student walks the assigned steps, and the last one hands in.
  await page.getByRole("region", { name: "Assignment" }).getByRole("link", { name: "Hand in your answers" }).click();
  await ready(page);
  await expect(page.locator("main h1")).toHaveText("Hand in your answers");
  await expect(page.getByLabel("Your name or initials")).toHaveValue(name);
  const response = page.locator("#response-link");
  await expect(response).toHaveValue(new RegExp(`&name=${name.replace(/ /g, "\\+")}&ck=[a-z2-7]{4}$`));
  const link2 = await response.inputValue();
  expect(await decodeQr(page.getByRole("img", { name: "QR code of your response link" }))).toBe(link2);
  await context.close();
  return link2;
}

test("a teacher assigns steps, two students hand in, and the class's answers add up", async ({ page, browser }) => {
  await open(page, "/teach/");
  const form = page.getByRole("region", { name: "Make an assignment" });
  await form.getByLabel("First step").selectOption(FIRST.id);
  await form.getByLabel("Last step").selectOption(LAST.id);
  // Markup in the prompt is the teacher's words, shown as text.
  await form.getByLabel("Prompt for your class (optional)").fill("Which reason convinces you least? <b>Say why</b>");
  await expect(page.locator("#prompt-count")).toHaveText("48 of 300 characters");
  await form.getByLabel("Ask each student for a name or initials").check();
  const link = await page.locator("#assignment-link").inputValue();
  expect(link).toMatch(new RegExp(String.raw`^http:\/\/127\.0\.0\.1:4173\/assignment\/#a=2&id=[a-z2-7]{6}&from=${FIRST.id}&to=${LAST.id}&name=1&prompt=`));
  const id = link.match(/&id=([a-z2-7]{6})&/)[1];
  expect(await decodeQr(page.getByRole("img", { name: "QR code of the assignment link", exact: true }))).toBe(link);
  // The handout carries the address to type, short, the prompt and the assigned steps.
  const handout = page.locator(".handout");
  await expect(handout.locator(".handout__address")).toHaveText(`http://127.0.0.1:4173/assignment/#${id}-${FIRST.number}-${LAST.number}-y`);
  await expect(handout).toContainText("Which reason convinces you least? <b>Say why</b>");
  await expect(handout.locator(".handout__step")).toHaveCount(2);

  const anna = await handIn(browser, link, { name: "Anna K", conviction: "Convincing", weight: "A lot" });
  const ben = await handIn(browser, link, { name: "Ben", conviction: "Not convincing", weight: "A little" });
  expect(new URL(anna).pathname).toBe("/teach/class/");

  await open(page, "/teach/class/");
  await page.getByLabel("Response links").fill(
    [`Anna, 10:02: ${anna} thanks!`, ben, `Cut short: ${ben.slice(0, Math.floor(ben.length / 2))}`, anna].join("\n"),
  );
  await page.getByRole("button", { name: "Read the answers" }).click();
  await expect(page.locator(".class-status")).toHaveText("Read 2 responses. 1 link could not be read.");
  const read = page.locator(".class-results section", { has: page.getByRole("heading", { name: "What was read" }) });
  await expect(read).toContainText("Repeated links, counted once: 1");
  await expect(read).not.toContainText("Links after the first");
  // The names given, in the order handed in, as text.
  const handedIn = page.locator(".class-results section", { has: page.getByRole("heading", { name: "Who handed in" }) });
  await expect(handedIn.locator(".class-students > li summary")).toHaveText([/^Anna K handed in /, /^Ben handed in /]);
  await expect(page.locator(".class-refusals li")).toHaveText([/^Line 3: Cut short: .* — the link is cut short/]);
  // Each step's row counts both students; the chart's table is its text equivalent.
  const steps = page.getByRole("table", { name: "The class's answers on each step" });
  const row = steps.getByRole("row", { name: new RegExp(`^Step ${FIRST.number}:`) });
  await expect(row.getByRole("cell")).toHaveText(["1", "0", "1", "0", "1", "0", "1"]);
  await expect(page.getByRole("table", { name: "Before reading" }).getByRole("row", { name: /The essay's answer/ })).toBeVisible();

  await expect(page.getByRole("button", { name: "Print the results" })).toBeEnabled();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toMatch(new RegExp(`^Name,Handed in,Before reading \\(1–5\\),.*,"?Step ${FIRST.number}: `));
  expect(lines.slice(1).map((line) => line.split(",")[0]).sort()).toEqual(["Anna K", "Ben"]);
});

test("a broken assignment link says why, and the steps work as usual", async ({ page }) => {
  await page.goto(`/step/${FIRST.id}/#a=1&from=${FIRST.id}&to=${the.question.id}`);
  await expect(page).toHaveURL(/\/assignment\/#a=1&/);
  await ready(page);
  await expect(page.locator("main")).toContainText("This assignment link cannot be read");
  await expect(page.locator("main")).toContainText("Ask your teacher for a new link.");
  await open(page, FIRST.path);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(String.raw`\/step\/${LAST.id}\/$`));
  await expect(page.getByRole("region", { name: "Assignment" })).toHaveCount(0);
});

test("a long prompt is folded away on a phone, and shown in full on a wide screen", async ({ browser }) => {
  // As the teacher's page writes it: all but letters and digits encoded.
  const prompt = [..."Read the steps slowly, twice. ".repeat(5).trim()]
    .map((c) => (/[A-Za-z0-9]/.test(c) ? c : `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("");
  for (const [width, open] of [[375, false], [1280, true]]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`/assignment/#a=2&id=k3f7qz&from=${FIRST.id}&to=${LAST.id}&prompt=${prompt}`);
    await ready(page);
    // On the first screen the teacher's words are in full; on a step after the first, they fold away.
    await expect(page.locator("main .prompt-words")).toBeVisible();
    await page.goto(LAST.path);
    await ready(page);
    const words = page.getByRole("region", { name: "Assignment" }).locator("details");
    await expect(words).toHaveJSProperty("open", open);
    await page.close();
  }
});

test("the kit's pages, filled in, have no accessibility violations in light or dark", async ({ page }) => {
  // Ten scans, each up to a few seconds on a slow machine.
  test.setTimeout(90_000);
  await open(page, "/teach/");
  await page.getByLabel("First step").selectOption(FIRST.id);
  await page.getByLabel("Prompt for your class (optional)").fill("Which reason convinces you least?");
  await page.getByLabel("Ask each student for a name or initials").check();
  await expect(page.getByRole("img", { name: "QR code of the assignment link", exact: true })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.goto(await page.locator("#assignment-link").inputValue());
  await ready(page);
  await page.getByLabel("Your name or initials").fill("AB");
  await expect(page.locator('fieldset:has(input[name="before"])')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole("link", { name: /^Start with step / }).click();
  await page.getByRole("region", { name: "Your judgement" }).getByRole("group", { name: /: (does this reason|do these facts) .*\?$/ }).getByLabel("Convincing", { exact: true }).check();
  await expect(page.getByRole("region", { name: "Assignment" })).toBeVisible();
  await expectAnswersSaved(page, /(^|&)[a-z-]+=c/);
  expect(await violations(page)).toEqual([]);

  await open(page, "/teach/hand-in/");
  await expect(page.getByLabel("Your name or initials")).toHaveValue("AB");
  const response = await page.locator("#response-link").inputValue();
  expect(await violations(page)).toEqual([]);

  await open(page, "/teach/class/");
  await page.getByLabel("Response links").fill(`${response}\n${response.slice(0, -10)}`);
  await page.getByRole("button", { name: "Read the answers" }).click();
  await expect(page.locator(".class-status")).toHaveText("Read 1 response. 1 link could not be read.");
  expect(await violations(page)).toEqual([]);
});
