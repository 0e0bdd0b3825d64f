// Scanning response QR codes with the camera on the class page: a browser
// of its own, whose fake camera plays a video this test writes (three
// response codes, and one code that is not a response, shown one after
// another, as students would hold them up), reads each into the class's
// answers once, with a tick and a beep. Chromium on Linux has no
// BarcodeDetector, so the Rust decoder is what reads them here. Without the
// camera allowed, the page says so and the paste box still works.
import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import qrcode from "qrcode-generator";
import { expect, ready, test } from "./helpers.mjs";
import { address, responseLinks } from "./responses.mjs";

// Each test starts a browser of its own and waits for the codes to be read
// from a video that plays in real time.
test.describe.configure({ timeout: 60_000 });

const origin = "http://127.0.0.1:4173";
const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--no-first-run", "--disable-sync"];

/**
 * The response links three students hold up, as the model writes them
 * (tests/response_links.rs), and a code on a poster that is none.
 */
const students = ["anna-first", "ben", "cleo"];
const links = students.map((student) => address(origin, student));
const names = students.map((student) => responseLinks().responses[student].name);
const poster = "WIFI:S:school;T:WPA;P:not-a-response;;";
/** What the scanner's status says once it has read every code: the last one's tick, and the counts. */
const allRead = new RegExp(`(Read (${names.join("|")})'s response|That code is not a response link)\\. 3 read, 1 not a response\\.$`);

/** The video's size and pace: a laptop camera's frame, ten frames a second. */
const width = 640;
const height = 480;
const fps = 10;

/**
 * A Y4M video (YUV 4:2:0, grey: only its luma varies) of each text's QR
 * code on a white page, each shown for 1.5 s, with a moment of white page
 * between them, as one student lowers their screen and the next holds theirs
 * up. Each code fills most of the frame's height, its modules 4 pixels or more.
 */
function video(texts) {
  const white = 235;
  const black = 16;
  const frame = (luma) => Buffer.concat([Buffer.from("FRAME\n"), luma, Buffer.alloc(width * height / 2, 128)]);
  const blank = frame(Buffer.alloc(width * height, white));
  const frames = [];
  for (const text of texts) {
    expect(text, "the codes hold ASCII text, as the QR library writes it byte for byte").toMatch(/^[\x20-\x7e]+$/);
    const code = qrcode(0, "M");
    code.addData(text);
    code.make();
    const modules = code.getModuleCount();
    // The code and its quiet zone of four modules fill 80% of the height.
    const size = Math.floor((height * 0.8) / (modules + 8));
    expect(size, `the modules of a ${modules}-module code`).toBeGreaterThanOrEqual(4);
    const left = Math.floor((width - modules * size) / 2);
    const top = Math.floor((height - modules * size) / 2);
    const luma = Buffer.alloc(width * height, white);
    for (let y = 0; y < modules * size; y += 1) {
      for (let x = 0; x < modules * size; x += 1) {
        if (code.isDark(Math.floor(y / size), Math.floor(x / size))) luma[(top + y) * width + left + x] = black;
      }
    }
    const shown = frame(luma);
    for (let i = 0; i < fps * 1.5; i += 1) frames.push(shown);
    for (let i = 0; i < fps * 0.3; i += 1) frames.push(blank);
  }
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`), ...frames]);
}

/**
 * A page in a browser of its own, with `args`, that counts the beeps the
 * page plays (each a started oscillator) and fails the test on any error.
 */
async function pageIn(args, errors) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: [...chromiumArgs, ...args] });
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: "block" });
  await context.addInitScript(() => {
    window.beeps = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function counted(...when) {
      window.beeps += 1;
      return start.apply(this, when);
    };
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  return { browser, page };
}

/** A page whose fake camera plays the test's video, allowed without asking. */
function withCamera(errors, testInfo) {
  const file = testInfo.outputPath("codes.y4m");
  writeFileSync(file, video([links[0], poster, links[1], links[2]]));
  return pageIn(["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
    `--use-file-for-fake-video-capture=${file}`], errors);
}

test("the class page reads three response QR codes from the camera, each once, with a tick and a beep", async ({}, testInfo) => {
  const errors = [];
  const { browser, page } = await withCamera(errors, testInfo);
  try {
    await page.goto("/teach/class/");
    await ready(page);
    const scanner = page.locator(".qr-scanner");
    await expect(scanner).toContainText("Nothing is sent anywhere: the camera's pictures stay on this device.");
    // Every status the scanner announces, in turn.
    await page.evaluate(() => {
      window.said = [];
      const status = document.querySelector(".qr-scanner__status");
      new MutationObserver(() => window.said.push(status.textContent))
        .observe(status, { childList: true, characterData: true, subtree: true });
    });
    const start = page.getByRole("button", { name: "Scan response QR codes" });
    // Stop is shown only while the camera is on.
    const stopShown = page.locator(".qr-scanner button", { hasText: "Stop" });
    await expect(stopShown).toBeHidden();
    await start.click();
    // The Rust decoder reads the frames: Chromium on Linux has no BarcodeDetector.
    await expect(scanner).toHaveAttribute("data-detector", "decoder");
    expect(await page.evaluate(() => "BarcodeDetector" in window)).toBe(false);
    const stop = page.getByRole("button", { name: "Stop" });
    await expect(stop).toBeFocused();
    await expect(page.locator(".qr-scanner__video")).toBeVisible();
    const status = page.locator(".qr-scanner__status");
    await expect(status).toHaveAttribute("aria-live", "polite");
    await expect(status).toHaveText(allRead, { timeout: 30_000 });
    // A tick for the last code if it was a response, a cross if it was the poster's.
    const lastWasResponse = (await status.textContent()).includes("'s response.");
    await expect(status.locator(".qr-scanner__tick")).toHaveText(lastWasResponse ? "✓" : "✗");
    // Each link is in the box once, and the class page has counted each student.
    const box = (await page.locator("#class-links").inputValue()).split("\n");
    expect(box.toSorted()).toEqual(links.toSorted());
    await expect(page.locator(".class-status")).toHaveText(new RegExp(`^Added (${names.join("|")})'s response\\.$`));
    await expect(page.locator(".class-student summary")).toHaveCount(3);
    // Each code had its tick, with the student's name.
    const said = await page.evaluate(() => window.said);
    for (const name of names) expect(said.some((text) => text.includes(`Read ${name}'s response.`)), name).toBe(true);
    expect(said.some((text) => text.includes("That code is not a response link.")), "the poster's code").toBe(true);
    // A beep for each new code: the three responses and the poster's code.
    expect(await page.evaluate(() => window.beeps)).toBe(4);

    // Stop turns the camera off and gives focus back to the button that starts it.
    await stop.click();
    await expect(page.locator(".qr-scanner__video")).toBeHidden();
    await expect(stopShown).toBeHidden();
    await expect(start).toBeFocused();
    expect(await page.evaluate(() => document.querySelector(".qr-scanner__video").srcObject)).toBeNull();
    await expect(status).toHaveText(allRead);
  } finally {
    await browser.close();
  }
  expect(errors, "errors in the page").toEqual([]);
});

test("with the beep turned off, the codes are read in silence", async ({}, testInfo) => {
  const errors = [];
  const { browser, page } = await withCamera(errors, testInfo);
  try {
    await page.goto("/teach/class/");
    await ready(page);
    // By keyboard: the box's label, then the start button.
    await page.getByLabel("Beep for each code").focus();
    await page.keyboard.press("Space");
    await expect(page.getByLabel("Beep for each code")).not.toBeChecked();
    await page.getByRole("button", { name: "Scan response QR codes" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".qr-scanner__status")).toHaveText(allRead, { timeout: 30_000 });
    expect(await page.evaluate(() => window.beeps)).toBe(0);
  } finally {
    await browser.close();
  }
  expect(errors, "errors in the page").toEqual([]);
});

test("without the camera allowed, the page says so and the pasted links are still read", async ({}) => {
  const errors = [];
  // A camera, but no answer to the browser's question: Playwright's browser refuses it.
  const { browser, page } = await pageIn(["--use-fake-device-for-media-stream"], errors);
  try {
    await page.goto("/teach/class/");
    await ready(page);
    await page.getByRole("button", { name: "Scan response QR codes" }).click();
    const status = page.locator(".qr-scanner__status");
    await expect(status).toHaveText("The camera was not allowed. To scan, allow this page to use the camera " +
      "(in the browser's site settings), then try again. You can still paste the response links in the box below.");
    await expect(page.locator(".qr-scanner__video")).toBeHidden();
    await page.locator("#class-links").fill(address(origin, "ben"));
    await page.getByRole("button", { name: "Read the answers" }).click();
    await expect(page.locator(".class-status")).toHaveText("Read 1 response.");
  } finally {
    await browser.close();
  }
  expect(errors, "errors in the page").toEqual([]);
});
