// Walking through the steps: the start page, Previous/Next, the list of
// steps, keys, Back/Forward, reload and deep links, and where focus goes.
import { expect, heading, open, stepIds, stepPath, stepUrl, test, ready } from "./helpers.mjs";

const total = stepIds.length;

test("the start page leads to the first step, and focus moves to its heading", async ({ page }) => {
  await open(page, "/");
  await expect(heading(page)).toHaveText("Could Russia and the West close all diplomatic relations?");
  await page.getByRole("link", { name: "Start with step 1" }).click();
  await expect(page).toHaveURL(stepUrl(stepIds[0]));
  await expect(heading(page)).toHaveText("The question");
  await expect(heading(page)).toBeFocused();
  await expect(page.getByText(`Step 1 of ${total}`)).toBeVisible();
});

test("Next and Previous move one step and say where the reader is", async ({ page }) => {
  await open(page, stepPath(0));
  const pager = page.getByRole("navigation", { name: "Previous and next" });
  await pager.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(stepUrl(stepIds[1]));
  await expect(page.getByText(`Step 2 of ${total}`)).toBeVisible();
  await expect(heading(page)).toBeFocused();
  await pager.getByRole("link", { name: /Previous/ }).click();
  await expect(page).toHaveURL(stepUrl(stepIds[0]));
  await pager.getByRole("link", { name: /Previous/ }).click();
  await expect(page).toHaveURL("/");
});

test("the list of steps marks the current step and jumps to any step", async ({ page }) => {
  await open(page, stepPath(0));
  const list = page.getByRole("navigation", { name: "Steps of the argument" });
  await expect(list.getByRole("link")).toHaveCount(total);
  await expect(list.locator('[aria-current="step"]')).toHaveCount(1);
  await list.getByRole("link", { name: /What a full break would cost/ }).click();
  await expect(page).toHaveURL(stepUrl("consequences"));
  await expect(list.locator('[aria-current="step"]')).toContainText("What a full break would cost");
  await expect(page.locator("progress")).toHaveAttribute("value", String(stepIds.indexOf("consequences") + 1));
  await expect(list.getByRole("link", { name: "The question (read)", exact: true })).toHaveCount(1);
  await expect(list.getByRole("link", { name: "Strained, but still in place", exact: true })).toHaveCount(1);
});

test("arrow keys, Home and End move between steps", async ({ page }) => {
  await open(page, stepPath(0));
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(stepIds[1]));
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(stepIds[2]));
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(stepUrl(stepIds[1]));
  await page.keyboard.press("End");
  await expect(page).toHaveURL(stepUrl(stepIds[total - 1]));
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(stepIds[total - 1]));
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(stepUrl(stepIds[0]));
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(stepUrl(stepIds[0]));
});

test("keys do not move the step while the reader types in a field", async ({ page }) => {
  await open(page, stepPath(3));
  await page.evaluate(() => {
    const field = document.createElement("input");
    field.id = "typing";
    field.value = "some text";
    document.querySelector("main").prepend(field);
  });
  await page.focus("#typing");
  for (const key of ["ArrowRight", "ArrowLeft", "Home", "End"]) {
    await page.keyboard.press(key);
  }
  await expect(page).toHaveURL(stepUrl(stepIds[3]));
  await expect(page.locator("#typing")).toBeFocused();
});

test("arrows with Shift, Ctrl, Alt or ⌘ are left to the browser", async ({ page }) => {
  await open(page, stepPath(3));
  await heading(page).focus();
  for (const modifier of ["Shift", "Control", "Alt", "Meta"]) {
    for (const arrow of ["ArrowRight", "ArrowLeft"]) {
      await page.keyboard.press(`${modifier}+${arrow}`);
      // The key handler pushes the new address as it handles the key: a move would show here.
      expect(await page.evaluate(() => location.pathname), `${modifier}+${arrow}`).toBe(`/step/${stepIds[3]}/`);
    }
  }
  await expect(heading(page)).toBeFocused();
  // The same arrow alone, from the same place, does move.
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(stepIds[4]));
});

test("Back and Forward move between visited steps", async ({ page }) => {
  await open(page, stepPath(0));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(stepUrl(stepIds[2]));
  await page.goBack();
  await expect(page).toHaveURL(stepUrl(stepIds[1]));
  await expect(page.getByText(`Step 2 of ${total}`)).toBeVisible();
  await page.goBack();
  await expect(heading(page)).toHaveText("The question");
  await page.goForward();
  await expect(page).toHaveURL(stepUrl(stepIds[1]));
  await expect(page.getByText(`Step 2 of ${total}`)).toBeVisible();
  // A link to the page already shown adds no history entry for Back to undo.
  await page.locator('.progress__list a[aria-current="step"]').click();
  await page.goBack();
  await expect(heading(page)).toHaveText("The question");
});

test("a reload stays on the step, and a deep link opens its step", async ({ page }) => {
  await open(page, "/step/shared-interests");
  await expect(heading(page)).toHaveText("Shared problems still need talking");
  await expect(heading(page)).not.toBeFocused();
  await page.reload();
  await ready(page);
  await expect(heading(page)).toHaveText("Shared problems still need talking");
  // A static host redirects a folder to its trailing slash; the step still opens.
  await open(page, "/step/cold-war/");
  await expect(heading(page)).toHaveText("Even the Cold War kept embassies open");
});

test("an address ending in index.html opens its folder's page", async ({ page }) => {
  await open(page, "/index.html");
  await expect(page).toHaveURL("/");
  await expect(heading(page)).toHaveText("Could Russia and the West close all diplomatic relations?");
  await open(page, "/step/meaning/index.html?x=1#top");
  await expect(page).toHaveURL("/step/meaning/?x=1#top");
  await expect(heading(page)).toHaveText("What “closing diplomatic relations” means");
});

test("the page title names the step", async ({ page }) => {
  await open(page, stepPath(4));
  await expect(page).toHaveTitle(new RegExp(`^Step 5 of ${total}: `));
});
