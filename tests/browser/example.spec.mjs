// The example essay's explainer (examples/free-buses, built by `make example`
// into target/dist-example and served on port 4181): a smoke suite over every
// page the build wrote, found in the built folder, not listed here. Each page
// renders, is hydrated as the server sent it, has no accessibility
// violations, shows the essay's words only as the essay has them, and shows
// no word of the project's own essay (content/). After one visit every page
// opens offline, and the classroom kit's loop works: a teacher's assignment,
// a student's answers handed in, and the teacher's page reading them.
//
// It reads nothing of the main essay's tests (tests/site.mjs): what it knows
// of the example comes from the example's folder and the built site.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixture.mjs";
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "smol-toml";
import { watch } from "./watch.mjs";

/** The example's content folder, and the site built from it (Makefile: `example`). */
const CONTENT = "examples/free-buses";
const SITE = "target/dist-example";
const ORIGIN = "http://127.0.0.1:4181";

if (!existsSync(join(SITE, "index.html"))) {
  throw new Error(`${SITE} is missing: build it with \`make example\``);
}

/** The essay, as the example's folder has it. */
const essay = readFileSync(join(CONTENT, "essay.txt"), "utf8");
const argument = parse(readFileSync(join(CONTENT, "argument.toml"), "utf8"));
const stepIds = argument.step.map((step) => step.id);
const site = parse(readFileSync(join(CONTENT, "site.toml"), "utf8"));
/** The scale's points in words, from the most against to the most toward, and the essay's answer among them. */
const labels = site.scale.point.map((point) => point.label);
const essayAnswer = site.scale.point.find((point) => point.id === argument.answer.point).label;

/**
 * Every page the build wrote, by its address: each folder's index.html (the
 * shared verdicts' pages among them), and the not-found page, which is
 * 404.html, at an address the site does not have.
 */
const pages = [
  ...readdirSync(SITE, { recursive: true })
    .filter((file) => file === "index.html" || file.endsWith("/index.html"))
    .map((file) => `/${file.slice(0, -"index.html".length)}`)
    .sort(),
  "/no-such-page/",
];

/**
 * Words of the project's own essay, and of the scale it is read on, none of
 * which the example's essay or its content uses: a page that shows one shows
 * something of the other explainer.
 */
const OTHER_ESSAY = /\b(Russia\w*|West|Western|diplomat\w*|Ukrain\w*|Cold War|Soviet\w*|sanction\w*|embass\w*|ambassador\w*|consulate\w*|break|breaks|Kremlin|Moscow|NATO|Cuban|escalat\w*|severance|rupture|unlikely|as likely as not)\b/gi;

test.use({ baseURL: ORIGIN });

/** Waits until the app has taken over the page and shown what only the browser knows (helpers.mjs's `ready`). */
async function ready(page) {
  await expect(page.locator('html[data-app="settled"]')).toHaveCount(1, { timeout: 20_000 });
}

/** Opens a path and waits until the app has taken over the page. */
async function open(page, path) {
  await page.goto(path);
  await ready(page);
  await expect(page.locator("main h1")).toBeVisible();
}

/**
 * What a page changes once the app has started, by design, left out of both
 * snapshots (as hydration.spec.mjs leaves it out): the teacher's page mints
 * the assignment's id and draws its links and QR codes with the page's
 * origin; the class page enables its buttons; the map draws the essay's
 * replies, if any, between boxes it measures; an assignment's first screen
 * shows what the address and this device hold.
 */
const changedOnStart = {
  "/teach/": (lines) => lines
    .filter((line) => !/<svg aria-label="QR code|<rect fill="#ffffff"|<path d="M/.test(line))
    .map((line) => line.replace(`${ORIGIN}/`, "/").replace(/(id=|#)[a-z2-7]{6}\b/g, "$1<id>")),
  "/teach/class/": (lines) => lines.map((line) => line.replace(' disabled="disabled"', "")),
  "/map/": (lines) => lines.filter((line) => !/<path class="map__reply"/.test(line)),
  "/assignment/": (lines) => {
    const heading = lines.findIndex((line) => line.includes('<div class="assignment-start">'));
    return [...lines.slice(0, heading + 3), ...lines.slice(lines.findIndex((line) => line.startsWith("<footer")))];
  },
};

/**
 * What the page shows a reader, closed sections and all: the text of the
 * page's body (its scripts and styles left out), its title, and the words its
 * elements give in attributes (alternative texts, accessible names, the
 * descriptions and titles in its head for link previews).
 */
async function shownText(page) {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true);
    body.querySelectorAll("script, style, template").forEach((element) => element.remove());
    const attributes = [...document.querySelectorAll("[alt], [aria-label], [title], [placeholder], meta[content]")]
      .flatMap((element) => ["alt", "aria-label", "title", "placeholder", "content"].map((name) => element.getAttribute(name)))
      .filter(Boolean);
    return [document.title, body.textContent, ...attributes].join("\n");
  });
}

/**
 * The texts the page shows as the essay's: its quotations (<blockquote>),
 * the evidence's cited words, and every run of words in curly quotation
 * marks, which mark only the essay's words; each without our additions inside
 * it (glossary definitions, links to steps, labels).
 */
async function essayWords(page) {
  return page.evaluate(() => {
    const ours = ".term__definition, .essay__step-link, .label";
    const bare = (element) => {
      const copy = element.cloneNode(true);
      copy.querySelectorAll(ours).forEach((added) => added.remove());
      return copy.textContent;
    };
    const quoted = [...document.querySelectorAll("blockquote, .evidence__words")].map(bare);
    const main = document.querySelector("main");
    const marked = main ? [...bare(main).matchAll(/“([^”]*)”/g)].map((match) => match[1]) : [];
    return { quoted, marked };
  });
}

/** Whether `words` stand in the essay, but for the case of their first letter (the house rules allow that change). */
function inEssay(words) {
  const [first, rest] = [words.slice(0, 1), words.slice(1)];
  return [first.toLowerCase(), first.toUpperCase()].some((start) => essay.includes(start + rest));
}

test("the example's site has a page for the start, every step and the shared verdicts", () => {
  expect(pages).toContain("/");
  expect(pages).toEqual(expect.arrayContaining(stepIds.map((id) => `/step/${id}/`)));
  expect(pages.filter((path) => /^\/verdict\/[a-z-]+-to-[a-z-]+\/$/.test(path)).length).toBeGreaterThan(0);
});

for (const path of pages) {
  test(`${path} renders, hydrates unchanged, passes axe and shows only the example essay's words`, async ({ page }) => {
    await watch(page);
    const response = await page.goto(path);
    expect(response.status()).toBe(path === "/no-such-page/" ? 404 : 200);
    await ready(page);
    await expect(page.locator("main h1")).toBeVisible();

    expect(await page.evaluate(() => window.hydration.changedByFirstWrite())).toEqual([]);
    const served = await page.evaluate(() => window.hydration.served());
    expect(served.length).toBeGreaterThan(20);
    const mask = changedOnStart[path] ?? ((lines) => lines);
    expect(mask(await page.evaluate(() => window.hydration.now()))).toEqual(mask(served));

    const shown = await shownText(page);
    expect(shown.match(OTHER_ESSAY) ?? [], "words of the other essay").toEqual([]);
    const { quoted, marked } = await essayWords(page);
    for (const words of quoted) {
      expect(essay, "a quotation not in the essay").toContain(words);
    }
    for (const words of marked) {
      expect(inEssay(words), `“${words}” is not in the essay`).toBe(true);
    }

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });
}

test("the essay page shows the essay whole, word for word, each passage as the essay has it", async ({ page }) => {
  await open(page, "/essay/");
  const shown = await page.locator(".essay__text > p").evaluateAll((passages) => passages.map((passage) => {
    const copy = passage.cloneNode(true);
    copy.querySelectorAll(".term__definition, .essay__step-link, .label").forEach((added) => added.remove());
    return copy.textContent;
  }));
  expect(shown).toEqual(essay.trim().split(/\n\s*\n/).map((passage) => passage.trim()));
});

test("the pages say of the essay only what its content says: no title note, nothing left out, no condition", async ({ page }) => {
  // The example's content has no title-note, no [provenance] left-out and
  // no condition step: the pages add nothing in their place.
  expect(site["title-note"]).toBeUndefined();
  expect(argument.provenance["left-out"]).toBeUndefined();
  expect(argument.step.some((step) => step.kind === "condition")).toBe(false);
  await open(page, "/");
  const title = await page.locator(".start__essay q").textContent();
  await expect(page.locator(".start__essay")).toHaveText(`A step-by-step reading of the essay ${title}.`);
  await open(page, "/essay/");
  await expect(page.locator(".essay__source p").first()).not.toContainText("left out");
  await open(page, "/map/");
  await expect(page.locator("#map-group-answer")).toHaveText("The essay's answer");
  expect(await page.locator(".map-legend__list").textContent()).not.toMatch(/condition/i);
  await expect(page.locator(".shape--condition")).toHaveCount(0);
});

test("the manifest names the example, not the other essay", () => {
  const manifest = readFileSync(join(SITE, "manifest.webmanifest"), "utf8");
  expect(manifest.match(OTHER_ESSAY) ?? []).toEqual([]);
});

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });

  test("after one visit, the steps' pages open offline, and a page of another family once opened", async ({ page, context }) => {
    test.setTimeout(240_000);
    // A copy of the site on a server of its own, stopped to take the network away.
    const scratch = mkdtempSync(join(tmpdir(), "example-offline-"));
    const folder = join(scratch, "site");
    cpSync(SITE, folder, { recursive: true, dereference: true });
    const server = spawn("node", ["scripts/static-server.mjs", folder, "4182"], { stdio: ["ignore", "pipe", "inherit"] });
    const origin = "http://127.0.0.1:4182";
    // The background download (worker/sw.js) takes the steps' pages and leaves out the classroom kit's and
    // the shared verdicts, kept when first opened; the other views' are taken if they fit its budget.
    const described = JSON.parse(readFileSync(join(SITE, "inventory.json"), "utf8")).pages;
    const ofThe = (test) => described.filter(test).map((page) => page.path);
    const opened = [ofThe((page) => page.kind === "shared-verdict")[0], ofThe((page) => page.kind === "verdict")[0], ofThe((page) => page.family === "classroom")[0]];
    let kept;
    try {
      await new Promise((listening) => server.stdout.once("data", listening));
      await page.goto(`${origin}/step/${stepIds[1]}/`);
      await ready(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
      kept = await page.evaluate(async () => {
        const addresses = [];
        for (const name of await caches.keys()) {
          addresses.push(...(await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname));
        }
        return addresses;
      });
      expect(ofThe((page) => page.family === "steps" && page.kind !== "not-found").filter((path) => !kept.includes(path)),
        "every page of the steps is downloaded").toEqual([]);
      expect(kept.filter((path) => ofThe((page) => page.family === "classroom" || page.kind === "shared-verdict").includes(path)),
        "no page of the classroom kit and no shared verdict").toEqual([]);
      for (const path of opened) await open(page, `${origin}${path}`);
    } finally {
      server.kill();
    }
    await context.setOffline(true);
    for (const path of pages.filter((path) => path === "/no-such-page/" || kept.includes(path) || opened.includes(path))) {
      await page.goto(`${origin}${path}`);
      await ready(page);
      await expect(page.locator("main h1"), path).toBeVisible();
    }
    rmSync(scratch, { recursive: true });
  });
});

test("a teacher assigns two steps, a student answers and hands in, and the teacher's page reads the answers", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const [first, last] = [argument.step[1], argument.step[2]];
  await open(page, "/teach/");
  const form = page.getByRole("region", { name: "Make an assignment" });
  await form.getByLabel("First step").selectOption(first.id);
  await form.getByLabel("Last step").selectOption(last.id);
  await form.getByLabel("Ask each student for a name or initials").check();
  const link = await page.locator("#assignment-link").inputValue();
  expect(link).toMatch(new RegExp(`^${ORIGIN}/assignment/#a=\\d+&id=[a-z2-7]{6}&from=${first.id}&to=${last.id}&name=1`));

  // The student, in a browser of their own.
  const context = await browser.newContext();
  const student = await context.newPage();
  await student.goto(link);
  await ready(student);
  await expect(student.locator("main .assignment-start__label")).toHaveText(`Steps 2–3, assigned`);
  await student.getByLabel("Your name or initials").fill("Ada");
  await student.locator('fieldset:has(input[name="before"])').getByLabel(labels[1], { exact: true }).check();
  await student.getByRole("link", { name: "Start with step 2" }).click();
  await expect(student).toHaveURL(new RegExp(`/step/${first.id}/$`));
  await expect(student.getByRole("region", { name: "Assignment" })).toContainText("Answering as Ada");
  const judgement = student.getByRole("region", { name: "Your judgement" });
  for (const group of await judgement.getByRole("group").all()) {
    await group.getByRole("radio").first().check();
  }
  // The hand-in page is another page load, which reads what this one saved.
  await expect.poll(() => student.evaluate(() => Object.values(localStorage))).toContainEqual(
    expect.stringMatching(new RegExp(`^(?=.*(^|&)before=2(&|$))(?=.*(^|&)${first.id}=c)`)),
  );
  await student.locator('main a[rel="next"]').click();
  await expect(student).toHaveURL(new RegExp(`/step/${last.id}/$`));
  await student.getByRole("region", { name: "Assignment" }).getByRole("link", { name: "Hand in your answers" }).click();
  await ready(student);
  await expect(student.locator("main h1")).toHaveText("Hand in your answers");
  const response = await student.locator("#response-link").inputValue();
  expect(response).toMatch(new RegExp(`^${ORIGIN}/teach/class/#r=.*&name=Ada&`));
  await context.close();

  // The response comes back to the teacher's page.
  await open(page, "/teach/class/");
  await page.getByLabel("Response links").fill(`Ada: ${response}`);
  await page.getByRole("button", { name: "Read the answers" }).click();
  await expect(page.locator(".class-status")).toHaveText("Read 1 response.");
  await expect(page.locator(".class-students > li summary")).toHaveText([/^Ada handed in /]);
  const steps = page.getByRole("table", { name: "The class's answers on each step" });
  const row = steps.getByRole("row", { name: new RegExp(`^Step 2: ${first.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
  await expect(row.getByRole("cell").first()).toHaveText("1");
  // The estimate before reading is counted on the example's scale, the essay's answer marked on it.
  const before = page.getByRole("table", { name: "Before reading", exact: true });
  await expect(before.locator("tbody th")).toHaveText(labels.map((label) => new RegExp(`^${label}(, The essay's answer)?$`)));
  await expect(before.locator(".class-bar__count")).toHaveText(labels.map((_, at) => (at === 1 ? "1" : "0")));
  await expect(before.locator(".class-estimates__row--essay th")).toHaveText(`${essayAnswer}, The essay's answer`);
});
