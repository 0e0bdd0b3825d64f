// A student inside an assignment, on a phone as on a wide screen: the
// teacher's prompt in full where the assignment begins, answer tiles that
// stay put under the thumb, and a verdict page that leads back to the
// hand-in rather than away from it.
import { expect, open, ready, scale, step, steps, test, the, site } from "./helpers.mjs";

/** The steps an assignment gives: two judged steps, one after the other, and the last step. */
const [first, second] = the.judgedPair;

/** Every tile's box in a radio group, placed from the group's own corner (the page may scroll). */
async function tileBoxes(group) {
  return group.evaluate((fieldset) => {
    const corner = fieldset.getBoundingClientRect();
    return [...fieldset.querySelectorAll(".choices__option")].map((tile) => {
      const { x, y, width, height } = tile.getBoundingClientRect();
      return { x: x - corner.x, y: y - corner.y, width, height };
    });
  });
}

test("a chosen answer tile keeps its size, and its neighbours stay where they were, on a phone", async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await open(page, first.path);
  const judgement = page.getByRole("region", { name: "Your judgement" });
  for (const [group, option] of [
    [judgement.getByRole("group", { name: /: (does this|do these) .*\?$/ }), "Not convincing"],
    [judgement.getByRole("group", { name: /: how much / }), "Somewhat"],
  ]) {
    const before = await tileBoxes(group);
    await group.getByLabel(option, { exact: true }).check();
    await expect(group.getByLabel(option, { exact: true })).toBeChecked();
    expect(await tileBoxes(group)).toEqual(before);
  }
  await page.close();
});

/** Text as an assignment link carries it: all but ASCII letters and digits percent-encoded. */
const encoded = (text) => [...new TextEncoder().encode(text)]
  .map((byte) => (/[A-Za-z0-9]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`))
  .join("");

/**
 * Opens an assignment of the steps from `from` to `to` as a student does:
 * its link, as the teacher's page writes it, leads to its first page, and
 * that page to the first step.
 */
async function startAssignment(page, { from, to, prompt }) {
  await page.goto(`/assignment/#a=2&id=k3f7qz&from=${from}&to=${to}${prompt ? `&prompt=${encoded(prompt)}` : ""}`);
  await ready(page);
  await page.getByRole("link", { name: `Start with step ${step(from).number}` }).click();
  await expect(page).toHaveURL(new RegExp(`/step/${from}/$`));
}

test("the teacher's prompt shows in full where the assignment begins, on a phone too; later a long one folds away there", async ({ browser }) => {
  // A prompt of the most characters a teacher may write.
  const prompt = `${"Read each step twice, slowly. ".repeat(10).trim()}!`;
  expect(prompt).toHaveLength(300);
  for (const [width, laterOpen] of [[375, false], [1280, true]]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await startAssignment(page, { from: first.id, to: steps.at(-1).id, prompt });
    const banner = page.getByRole("region", { name: "Assignment" });
    await expect(banner.locator(".prompt-words")).toBeVisible();
    await expect(banner.locator(".prompt-words")).toHaveText(prompt);
    await expect(banner.locator("details")).toHaveJSProperty("open", true);
    await page.locator('main a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`/step/${second.id}/$`));
    await expect(page.getByRole("region", { name: "Assignment" }).locator("details")).toHaveJSProperty("open", laterOpen);
    await page.close();
  }
});

test("inside an assignment the verdict keeps the banner, asks the estimate before the essay's answer, and leads back to the hand-in", async ({ page }) => {
  await startAssignment(page, { from: first.id, to: second.id });
  await page.getByRole("region", { name: "Your judgement" }).getByRole("group", { name: /: (does this|do these) .*\?$/ }).getByLabel("Convincing", { exact: true }).check();
  await page.getByRole("navigation").getByRole("link", { name: "Your verdict" }).click();
  await expect(page).toHaveURL(/\/verdict\/$/);
  // The banner stays, and leads back to the hand-in as the page does.
  const banner = page.getByRole("region", { name: "Assignment" });
  await expect(banner).toContainText(`Steps ${first.number}–${second.number}, assigned`);
  await expect(banner.getByRole("link", { name: "Hand in your answers" })).toBeVisible();
  // No second, nameless link to hand in by mistake.
  await expect(page.getByLabel("Link to your answers")).toHaveCount(0);
  await expect(page.getByText("Share your view")).toHaveCount(0);
  // The essay's answer waits for the student's own estimate after reading.
  const after = page.getByRole("group", { name: site["scale.after"] });
  await expect(after).toBeVisible();
  await expect(page.getByText("The essay:")).toHaveCount(0);
  await after.getByLabel(scale[3].label, { exact: true }).check();
  const essay = page.getByText("The essay:");
  await expect(essay).toBeVisible();
  expect((await essay.boundingBox()).y).toBeGreaterThan((await after.boundingBox()).y);
  await page.locator(".verdict__hand-in").getByRole("link", { name: "Hand in your answers" }).click();
  await ready(page);
  await expect(page.locator("main h1")).toHaveText("Hand in your answers");
});

test("outside an assignment the verdict is as it was: the essay's answer shown, a link to share, no hand-in", async ({ page }) => {
  await open(page, "/verdict/");
  await expect(page.getByRole("region", { name: "Assignment" })).toHaveCount(0);
  await expect(page.getByText("The essay:")).toBeVisible();
  await expect(page.getByLabel("Link to your answers")).toBeVisible();
  await expect(page.getByRole("link", { name: "Hand in your answers" })).toHaveCount(0);
});
