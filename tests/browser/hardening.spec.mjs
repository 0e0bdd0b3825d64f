// What a hostile or unlucky visit meets: pages readable with no JavaScript,
// no request to any other origin, a tampered WebAssembly file refused, and
// a hostile address and corrupted storage that never break the page or lose
// the reader's saved progress.
import { createHash } from "node:crypto";
import { test as plain } from "@playwright/test";
import { answersKey, expect, expectSaved, heading, open, pages, ready, routes, sectionToggle, seedStorage, steps, passages, progressKey, quoteTexts, test, the } from "./helpers.mjs";

/** The steps the tests open: the first reason, the one before it, a concession and a later step. */
const [reason, concession, later] = [the.firstReason, the.concession, steps.at(-3)];
const previous = steps[reason.number - 2];

plain.describe("with JavaScript turned off", () => {
  plain.use({ javaScriptEnabled: false });

  plain("a step's title, claim and the essay's words are readable", async ({ page }) => {
    await page.goto(reason.path);
    await expect(page.locator("main h1")).toHaveText(reason.heading);
    // The claim's words, our definitions of its terms left out.
    const [claim] = await quoteTexts(page.locator(".claim"));
    expect(claim).toContain(reason.claim);
    await expect(page.locator("blockquote").first()).toContainText(reason.quotes[0].text);
    await expect(page.locator(".noscript")).toContainText("JavaScript is off");
    await page.getByRole("link", { name: "The whole argument" }).first().click();
    await expect(page.locator("main h1")).toHaveText("The whole argument");
    await expect(page.locator(".whole__section", { hasText: "Why it matters" }).first()).toBeVisible();
    await page.goto("/essay");
    const last = passages.at(-1);
    const [passage] = await quoteTexts(page.locator(`#${last.id}`));
    expect(passage).toContain(last.text);
  });
});

for (const route of routes) {
  test(`${route} asks no other origin for anything`, async ({ page }) => {
    const foreign = [];
    page.on("request", (request) => {
      if (!request.url().startsWith("http://127.0.0.1:4173/") && !request.url().startsWith("data:")) {
        foreign.push(request.url());
      }
    });
    await open(page, route);
    expect(foreign).toEqual([]);
  });
}

/** The CSP source for an inline element's text. */
function cspHash(text) {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

// The served HTML itself, as every browser gets it: no page load is needed.
for (const path of [...pages, "/404.html"]) {
  plain(`${path} carries a strict Content-Security-Policy and loads its code with integrity`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
    expect(policies).toHaveLength(1);
    const policy = policies[0][1];
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain("unsafe-inline");
    // Every inline script and style is allowed by its own hash, and nothing else is.
    // The scripts: the start-up module, and the page's own three for before it has run
    // (two in the head, one after the page's content).
    const inline = [...html.matchAll(/<(script|style)(?: type="module")?>([\s\S]*?)<\/\1>/g)];
    expect(inline.map((m) => m[1]).sort()).toEqual(["script", "script", "script", "script", "style"]);
    // The service worker and the manifest come from the site itself, and from nowhere else.
    expect(policy).toContain("worker-src 'self';");
    expect(policy).toContain("manifest-src 'self';");
    const allowed = (directive) => policy.match(new RegExp(`${directive} ([^;]*)`))[1].match(/'sha256-[^']+'/g);
    const hashes = (kind) => inline.filter((m) => m[1] === kind).map((m) => cspHash(m[2])).sort();
    expect(allowed("script-src").sort()).toEqual(hashes("script"));
    expect(allowed("style-src")).toEqual(hashes("style"));
    // No stylesheet is fetched; the script and the WebAssembly are checked against their hashes.
    // The WebAssembly is not preloaded: the start-up script fetches it once the page has painted.
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
    const preloads = [...html.matchAll(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*>/g)].map((m) => m[0]);
    expect(preloads.map((link) => link.match(/href="[^"]*\.(js|wasm)"/)?.[1])).toEqual(["js"]);
    for (const link of preloads) {
      expect(link).toMatch(/integrity="sha384-[A-Za-z0-9+/]+=*"/);
    }
    expect(html).toMatch(/requestAnimationFrame[^\n]*\n\s*const wasm = await init\(\{ module_or_path: fetch\('[^']+\.wasm', \{ integrity: 'sha384-[A-Za-z0-9+/]+=*' \}\)/);
  });
}

plain("a tampered WebAssembly file is refused, and the page stays readable", async ({ page }) => {
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.route("**/*.wasm", async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ response, body });
  });
  await page.goto(previous.path);
  await expect(page.locator("main h1")).toHaveText(previous.heading);
  await expect.poll(() => errors.join("\n")).toMatch(/integrity/i);
  await expect(page.locator('html[data-app]')).toHaveCount(0);
});

// One hostile address and one corrupted storage, each the whole way
// through the page: what the app makes of every other address and every
// other stored text is fuzzed natively (the property tests of
// `Route::recognize` in tests/hostile.rs, and of the saved forms in
// model/tests/corrupt.rs).
test("saved progress survives a hostile address", async ({ page }) => {
  await open(page, later.path);
  await sectionToggle(page, "Why it matters").click();
  await expectSaved(page, progressKey, /(^|&)open=[a-z.]*why/);
  const saved = await page.evaluate((key) => localStorage.getItem(key), progressKey);
  await page.goto("/step/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E?v=%00&%22=%E0%A4%A");
  await ready(page);
  await expect(heading(page)).toHaveText("Page not found");
  await open(page, "/");
  await expect(page.getByText(`You were on step ${later.number} `)).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), progressKey)).toBe(saved);
});

test("corrupted storage never breaks a page", async ({ page }) => {
  await seedStorage(page, {
    [progressKey]: `v=3&last=${reason.id}&last=nonsense&visited=..&open=why.why.nonsense&=&\u0000`,
    [answersKey]: `v=4&before=0&after=9&${reason.id}=-&${concession.id}=c9&__proto__=c1`,
  });
  for (const path of ["/", reason.path, "/verdict", "/map", "/all"]) {
    await open(page, path);
    await expect(heading(page), path).toBeVisible();
  }
});

plain("each family's pages start a binary of their own, which holds none of another family's pages", async ({ request }) => {
  const wasmOf = async (path) => {
    const html = await (await request.get(path)).text();
    const file = html.match(/module_or_path: fetch\('([^']+\.wasm)'/)[1];
    return Buffer.from(await (await request.get(file)).body()).toString("latin1");
  };
  const binaries = { steps: await wasmOf(reason.path), views: await wasmOf("/map/"), classroom: await wasmOf("/teach/class/") };
  expect(await wasmOf("/")).toBe(binaries.steps);
  expect(await wasmOf("/verdict/")).toBe(binaries.views);
  expect(await wasmOf("/teach/hand-in/")).toBe(binaries.classroom);
  // Strings only each family's pages show: the class page's scanner's among
  // the classroom kit's, since only the scanner calls the QR decoder
  // (model::scan); the verdict's and the map's among the views'; the start
  // page's and the last step's way on among the steps'.
  const only = {
    classroom: ["Download CSV", "Print the handout", "Read the answers", "Scan response QR codes", "That code is not a response link."],
    views: ["Skip, just show their answers", "Clear my answers", "Your judgement: "],
    steps: ["Start with step", "See your verdict beside the essay's"],
  };
  for (const [family, strings] of Object.entries(only)) {
    for (const words of strings) {
      for (const [binary, text] of Object.entries(binaries)) {
        expect(text.includes(words), `${words} in the ${binary} binary`).toBe(binary === family);
      }
    }
  }
});
