// The teacher's page: an assignment's links lead where a class needs them
// (its first page, and the class page told which steps were assigned), its
// id stays while the teacher edits it and changes for a new assignment, and
// the handout has a box for every answer and an address a person can type.
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { expect, expectSaved, open, ready, scale, stepIds, storageKey, test, the } from "./helpers.mjs";

/** The steps the teacher assigns: three judged steps in a row. */
const assigned = the.judgedRun(3);
const [first, last] = [assigned[0], assigned.at(-1)];

/** The text a QR code on the page holds, read from a screenshot of it. */
async function decodeQr(image) {
  const png = PNG.sync.read(await image.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** The assignment's id in a link to it. */
function idOf(link) {
  return new URL(link).hash.match(/[#&]id=([a-z2-7]{6})(&|$)/)?.[1];
}

/** Fills in the teacher's form: the steps assigned, a prompt, names asked. */
async function assign(page) {
  const form = page.getByRole("region", { name: "Make an assignment" });
  await form.getByLabel("First step").selectOption(first.id);
  await form.getByLabel("Last step").selectOption(last.id);
  await form.getByLabel("Prompt for your class (optional)").fill("Which reason convinces you least? Say why.");
  await form.getByLabel("Ask each student for a name or initials").check();
}

test("the teacher's links open the assignment's first page and the class page with the steps assigned; one id while editing and after a reload, another for a new assignment", async ({ page }) => {
  await open(page, "/teach/");
  const link = page.locator("#assignment-link");
  await expect(link).toHaveValue(/^http:\/\/127\.0\.0\.1:4173\/assignment\/#a=2&id=[a-z2-7]{6}&/);
  const id = idOf(await link.inputValue());
  await assign(page);
  const fragment = `a=2&id=${id}&from=${first.id}&to=${last.id}&name=1&prompt=Which%20reason%20convinces%20you%20least%3F%20Say%20why%2E`;
  await expect(link).toHaveValue(`http://127.0.0.1:4173/assignment/#${fragment}`);
  await expect(page.locator("#assignment-typed")).toHaveText(`http://127.0.0.1:4173/assignment/#${id}-${first.number}-${last.number}-y`);
  const classLink = page.getByRole("link", { name: "Read your class's answers" });
  await expect(classLink).toHaveAttribute("href", `/teach/class/#${fragment}`);

  // The assignment is kept on this device: a reload finds it as it was, id and all.
  await expectSaved(page, storageKey("teach-assignment"), fragment);
  await open(page, "/teach/");
  await expect(link).toHaveValue(`http://127.0.0.1:4173/assignment/#${fragment}`);
  await expect(page.getByLabel("First step")).toHaveValue(first.id);
  await expect(page.getByLabel("Last step")).toHaveValue(last.id);
  await expect(page.getByLabel("Prompt for your class (optional)")).toHaveValue("Which reason convinces you least? Say why.");
  await expect(page.getByLabel("Ask each student for a name or initials")).toBeChecked();

  // A new assignment starts afresh, with an id of its own.
  await page.getByRole("button", { name: "New assignment" }).click();
  const form = page.getByRole("region", { name: "Make an assignment" });
  await expect(form.getByLabel("First step")).toBeFocused();
  await expect(form.getByLabel("First step")).toHaveValue(stepIds[0]);
  await expect(form.getByLabel("Last step")).toHaveValue(stepIds.at(-1));
  await expect(form.getByLabel("Prompt for your class (optional)")).toHaveValue("");
  await expect(form.getByLabel("Ask each student for a name or initials")).not.toBeChecked();
  await expect(link).toHaveValue(new RegExp(`/assignment/#a=2&id=[a-z2-7]{6}&from=${stepIds[0]}&to=${stepIds.at(-1)}$`));
  const renewed = idOf(await link.inputValue());
  expect(renewed).not.toBe(id);
  await expect(classLink).toHaveAttribute("href", `/teach/class/#a=2&id=${renewed}&from=${stepIds[0]}&to=${stepIds.at(-1)}`);

  // Another visit to the page keeps the new assignment.
  await open(page, "/teach/");
  await expect(link).toHaveValue(new RegExp(`/assignment/#a=2&id=${renewed}&from=${stepIds[0]}&to=${stepIds.at(-1)}$`));

  // The class page opens with the assignment.
  await assign(page);
  const assigned = idOf(await link.inputValue());
  await classLink.click();
  await ready(page);
  // The class page keeps the assignment, says so, and takes it out of the address.
  await expect(page.locator(".class-assignment")).toContainText(`Counting the responses to assignment ${assigned} (`);
  await expect(page).toHaveURL(/\/teach\/class\/$/);
});

test("the handout has a box for each estimate and each judgement, and prints a short address to type beside the QR code of the full link", async ({ page }) => {
  // An A4 page's width at 96 dots an inch.
  await page.setViewportSize({ width: 794, height: 1123 });
  await open(page, "/teach/");
  await assign(page);
  const link = await page.locator("#assignment-link").inputValue();
  const sheet = page.locator(".handout__sheet");
  const likelihoods = scale.map((point) => point.label);
  const before = sheet.locator(".handout__estimate", { has: page.getByRole("heading", { name: "Before you read" }) });
  await expect(before.locator(".handout__boxes li")).toHaveText(likelihoods);
  const after = sheet.locator(".handout__estimate", { has: page.getByRole("heading", { name: "After reading" }) });
  await expect(after.locator(".handout__boxes li")).toHaveText(likelihoods);
  // The steps assigned are all judged: a conviction and a weight each.
  const steps = sheet.locator(".handout__step");
  await expect(steps).toHaveCount(assigned.length);
  for (const step of await steps.all()) {
    const choices = step.locator(".handout__judgement .handout__boxes");
    await expect(choices.nth(0).locator("li")).toHaveText(["Convincing", "Not sure", "Not convincing"]);
    await expect(choices.nth(1).locator("li")).toHaveText(["A little", "Somewhat", "A lot"]);
  }
  await expect(sheet.locator(".handout__box")).toHaveCount(2 * scale.length + assigned.length * 6);

  // The address to type is the site's and the short code; the QR code holds the whole link.
  const address = sheet.locator(".handout__address");
  await expect(address).toHaveText(`http://127.0.0.1:4173/assignment/#${idOf(link)}-${first.number}-${last.number}-y`);
  expect(await address.textContent()).not.toContain("%");
  expect(await decodeQr(sheet.getByRole("img", { name: "QR code of the assignment link, on the handout" }))).toBe(link);

  // On paper: the handout alone, its boxes drawn, its address on one line,
  // and each step's judgement beside its ruled lines.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "Make an assignment" })).toBeHidden();
  await expect(sheet).toBeVisible();
  for (const box of await sheet.locator(".handout__box").all()) {
    expect(await box.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe("solid");
  }
  const lineHeight = await address.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  expect((await address.boundingBox()).height).toBeLessThan(1.5 * lineHeight);
  const lines = await steps.first().locator(".handout__write").boundingBox();
  const judgement = await steps.first().locator(".handout__judgement").boundingBox();
  expect(judgement.x).toBeGreaterThanOrEqual(lines.x + lines.width);
  expect(Math.abs(judgement.y - lines.y)).toBeLessThan(lineHeight);
});

test("the printed address, typed as a person would, opens the assignment's first page", async ({ page }) => {
  await open(page, "/teach/");
  await assign(page);
  const typed = await page.locator("#assignment-typed").textContent();
  // In capitals, as a person might type it.
  const [site, code] = typed.split("#");
  await page.goto(`${site}#${code.toUpperCase()}`);
  await ready(page);
  await expect(page.locator("main h1")).toHaveText("Your assignment");
  await expect(page.locator("main")).toContainText(`Steps ${first.number}–${last.number}, assigned`);
  await expect(page.getByRole("alert")).toHaveCount(0);
});
