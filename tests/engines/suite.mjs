// What differs from engine to engine, run in one engine: Chromium's suite
// (tests/browser) covers every flow of the app; this one keeps what each
// browser does itself, and a short core path through it. Each engine's file
// (`firefox.test.mjs`, `webkit.test.mjs`) runs it in its own browser session;
// the tests share the session and start from a browser that remembers nothing.
//
// It covers: a deep link and <details> sections opening and closing, by the
// reader, by Expand all and by the browser itself (find-in-page, with
// content-visibility); the arrow keys, focus on the new heading, and Back;
// glossary definitions as the browser's own popovers, before and after the
// app starts; localStorage kept over a reload (progress, open sections, an
// answer) and forgotten by Start over; layout on a 320 px screen on every
// page; a student's core path through an assignment (its first screen, a
// step with a written reason, the hand-in's response link); the class page's
// count of a re-submission and its kept paste, and its scanner where there is
// no camera (no engine here has a fake one); the service worker offline. Flows that are the app's own logic whatever the engine (share
// links, not-found pages, corrupt saved state, links between the views, the
// essay's passages) are left to Chromium's suite, which checks them in full.
import assert from "node:assert/strict";
import { after, afterEach, before, beforeEach, describe, test as nodeTest } from "node:test";
import { answersKey, pages, progressKey, steps, the, inventory } from "../site.mjs";
import { makeResponseLinks, responseLinks } from "../browser/responses.mjs";
import { Key, launch } from "./engine.mjs";

/** A test with a time limit far above what it takes on a slow machine. */
export function test(name, fn) {
  return nodeTest(name, { timeout: 60_000 }, fn);
}

/**
 * Declares the suite for one engine. `extra(context)` may declare more tests
 * that use the same session (`context.page`).
 */
export function suite(engine, extra = () => {}) {
  // The steps the tests visit, by the part they play: the first reason, the
  // steps either side of it, a step that replies to another, the question.
  const reason = the.firstReason;
  const [previous, next] = [steps[reason.number - 2], steps[reason.number]];
  const [reply, question] = [the.reply, the.question];
  /** Whether the section whose summary this is is open. */
  const isOpen = (page, summary) => page.run((element) => element.parentElement.open, summary);

  /**
   * Clicks the first glossary term of a step's claim, and checks that its
   * definition is the browser's own popover, shown on the click and put away
   * by a click elsewhere.
   */
  async function clickDefinition(page) {
    const term = await page.find("main .claim .term__button");
    const definition = await page.find(`#${await page.attribute(term, "aria-describedby")}`);
    assert.equal(await page.attribute(definition, "popover"), "auto");
    assert.equal(await page.attribute(term, "popovertarget"), await page.attribute(definition, "id"));
    await page.click(term);
    await page.until(() => page.run((element) => element.matches(":popover-open"), definition), "the popover to open");
    await page.click(await page.find("main h1"));
    await page.until(async () => !(await page.shown(definition)), "a click elsewhere to close it");
  }

  describe(`in ${engine}`, () => {
    const context = {};
    // The response links are made first, under no time limit: it may build the Rust test.
    before(makeResponseLinks);
    before(async () => Object.assign(context, await launch(engine)), { timeout: 120_000 });
    after(() => context.close?.());
    beforeEach(() => context.page.forget());
    afterEach(async () => assert.deepEqual(await context.page.errors(), [], "script errors in the page"));

    test("a deep link opens its step, and a section opens and closes", async () => {
      const { page } = context;
      await page.open(reason.path);
      await page.heading(reason.heading);
      const why = await page.withText(".disclosure__summary", "Why it matters");
      assert.equal(await isOpen(page, why), false);
      const panel = await page.run((summary) => summary.parentElement.querySelector(".disclosure__panel"), why);
      assert.equal(await page.shown(panel), false);
      await page.click(why);
      await page.until(() => isOpen(page, why), "the section to open");
      assert.equal(await page.shown(panel), true);
      // The first sentence of the step's why, as the content has it.
      const [, , whyText] = reason.prose;
      assert.ok((await panel.getText()).includes(whyText.split(". ")[0]), "the section shows the step's why");
      await page.click(why);
      await page.until(async () => !(await page.shown(panel)), "the section to close");
    });

    test("every section opens with its button and shows its words", async () => {
      const { page } = context;
      await page.open(steps[reason.number + 2].path);
      await page.click(await page.withText("button", "Expand all"));
      await page.until(
        () => page.run(() => [...document.querySelectorAll(".disclosure__panel")].every((panel) => panel.checkVisibility())),
        "every section to open",
      );
      // Each section's words are shown, not only its panel laid out.
      const words = await page.run(() => [...document.querySelectorAll("details.disclosure")]
        .map((section) => section.querySelector(".disclosure__panel").innerText.trim().length));
      assert.ok(words.length >= 4 && words.every((length) => length > 0), `the sections' words: ${words}`);
      await page.click(await page.withText("button", "Collapse all"));
      await page.until(
        () => page.run(() => [...document.querySelectorAll(".disclosure__panel")].every((panel) => !panel.checkVisibility())),
        "every section to close",
      );
    });

    test("arrow keys move between steps and focus the new heading; Back returns", async () => {
      const { page } = context;
      await page.open(previous.path);
      await page.press(Key.ARROW_RIGHT);
      await page.heading(reason.heading);
      assert.equal(await page.path(), reason.path);
      assert.equal(await page.focused("main h1"), true);
      await page.press(Key.ARROW_LEFT);
      await page.heading(previous.heading);
      await page.press(Key.ARROW_RIGHT);
      await page.heading(reason.heading);
      await page.back();
      await page.heading(previous.heading);
      assert.equal(await page.path(), previous.path);
    });

    test("a glossary term shows our definition on click, not on focus", async () => {
      const { page } = context;
      await page.open(reason.path);
      // The first term its page marks, and our definition of it.
      const [mark] = reason.marks;
      const { definition: words } = inventory.glossary.find((term) => term.id === mark.term);
      const term = await page.withText(".term__button", mark.words);
      const definition = await page.find(`#${await page.attribute(term, "aria-describedby")}`);
      await page.run((element) => element.focus(), term);
      // A section opened by script (focus stays) and saved: the app has by then
      // done all that the focus before it led it to do.
      await page.run((summary) => summary.click(), await page.withText(".disclosure__summary", "Why it matters"));
      await page.until(() => page.run((key) => /(^|&)open=[a-z.]*why/.test(localStorage.getItem(key) ?? ""), progressKey), "the opened section to be saved");
      assert.equal(await page.run((element) => document.activeElement === element, term), true, "the term keeps the focus");
      assert.equal(await page.shown(definition), false, "focus alone shows nothing");
      // Back to the term, which finding the section scrolled away from.
      await page.scrollTo(term);
      await page.click(term);
      await page.until(() => page.shown(definition), "the definition on click");
      assert.ok((await definition.getText()).includes(words), "our definition");
      assert.match(await definition.getText(), /More in the glossary/);
      await page.press(Key.ESCAPE);
      await page.until(async () => !(await page.shown(definition)), "Escape to hide the definition");
    });

    test("a reload stays on the step; the start page offers to continue; Start over forgets", async () => {
      const { page } = context;
      await page.open(reply.path);
      await page.click(await page.withText(".disclosure__summary", "Why it matters"));
      await page.until(() => page.run((key, id) => localStorage.getItem(key)?.includes(id), progressKey, reply.id), "progress to be saved");
      await page.reload();
      await page.heading(reply.heading);
      const why = await page.withText(".disclosure__summary", "Why it matters");
      await page.until(() => isOpen(page, why), "the open section to be restored");
      await page.open("/");
      await page.withText("main p", `You were on step ${reply.number}`);
      await page.click(await page.withText("main a", `Continue at step ${reply.number}`));
      await page.heading(reply.heading);
      await page.open("/");
      await page.click(await page.withText("main button", "Start over"));
      await page.withText("main a", "Start with step 1");
      await page.until(() => page.run((key) => localStorage.getItem(key) === null, progressKey), "the progress to be forgotten");
    });

    test("a verdict answer is kept over a reload", async () => {
      const { page } = context;
      await page.open(reason.path);
      await page.click(await page.find(`label[for="convinces-${reason.id}-0"]`));
      await page.until(() => page.run((key, id) => localStorage.getItem(key)?.includes(id), answersKey, reason.id), "the answer to be saved");
      await page.reload();
      await page.until(() => page.run((id) => document.getElementById(id).checked, `convinces-${reason.id}-0`), "the answer after a reload");
    });

    test("a section the browser opens itself, as find-in-page does, is remembered", async () => {
      const { page } = context;
      await page.open(steps[reason.number + 3].path);
      const probes = await page.withText(".disclosure__summary", "Questions a careful reader");
      assert.equal(await isOpen(page, probes), false);
      // The closed section's words are laid out but skipped (content-visibility), not removed
      // (display: none): that is what lets find-in-page reach them and open the section.
      const laidOut = await page.run((summary) => {
        const panel = summary.parentElement.querySelector(".disclosure__panel");
        return panel.getBoundingClientRect().height > 0 && !panel.checkVisibility();
      }, probes);
      assert.equal(laidOut, true);
      await page.run((summary) => { summary.parentElement.open = true; }, probes);
      await page.until(
        () => page.run((key) => /(^|&)open=[a-z.]*questions/.test(localStorage.getItem(key) ?? ""), progressKey),
        "the opened section to be saved",
      );
    });

    for (const path of [reason.path, ...pages.filter((path) => !path.startsWith("/step/"))]) {
      test(`${path} does not scroll sideways on a 320 px wide screen`, async () => {
        const { scroll, width } = await context.page.framed(path, 320);
        // Less a scrollbar, where the engine draws one beside the page (Firefox does).
        assert.ok(width > 300 && width <= 320, `the page is laid out ${width} px wide`);
        assert.ok(scroll <= width, `${path} is ${scroll} px wide on a ${width} px screen`);
      });
    }

    test("a student's core path: the first screen, a step with a reason, the hand-in", async () => {
      const { page } = context;
      await page.forget();
      await page.open(`/assignment/#a=2&id=k3f7qz&from=${question.id}&to=${reason.id}&name=1&prompt=Say%20why`);
      await page.heading("Your assignment");
      await page.withText(".assignment-start__label", `Steps 1–${reason.number}, assigned`);
      await page.withText(".prompt-words", "Say why");
      await page.click(await page.find("#student-name"));
      await page.press("Ada");
      await page.click(await page.find('label[for="before-3"]'));
      await page.click(await page.withText("main a", "Start with step 1"));
      await page.heading(question.heading);
      // The next step is a page load, which reads what was saved.
      await page.until(
        () => page.run((key) => Object.entries(localStorage).some(([name, value]) => name.startsWith(`${key}.`) && value.includes("before=4")), answersKey),
        "the estimate to be saved",
      );
      await page.open(reason.path);
      await page.click(await page.find(`label[for="convinces-${reason.id}-0"]`));
      await page.click(await page.find(`#reason-${reason.id}`));
      await page.press("Old ties hold");
      await page.withText(`#reason-${reason.id}-count`, "left");
      // The hand-in is the classroom kit's page, a page load, which reads what was saved.
      await page.until(
        () => page.run((key) => Object.entries(localStorage).some(([name, value]) => name.startsWith(`${key}.`) && value.includes("Old")), answersKey),
        "the reason to be saved",
      );
      await page.click(await page.withText(".assignment a", "Hand in your answers"));
      await page.heading("Hand in your answers");
      await page.ready();
      const response = await page.until(() => page.run(() => document.getElementById("response-link")?.value), "the response link");
      assert.match(response, /\/teach\/class\/#r=2&as=k3f7qz&st=[a-z2-7]{4}&/);
      assert.match(response, /&before=4&/);
      assert.match(response, new RegExp(String.raw`&${reason.id}=c:Old\+ties\+hold&`));
      assert.match(response, /&name=Ada&ck=[a-z2-7]{4}$/);
      assert.deepEqual(await page.errors(), []);
    });

    test("the class page counts a re-submission once, opens a student's answers and keeps the paste", async () => {
      const { page } = context;
      await page.open("/teach/class/");
      const links = ["anna-first", "ben", "anna"].map((name) => new URL(responseLinks().responses[name].link, `${page.origin}/`).href);
      await page.run((area, text) => {
        area.value = text;
        area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      }, await page.find("#class-links"), `${links.join("\n")}\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ`);
      await page.click(await page.withText("button", "Read the answers"));
      const counted = "Read 2 responses. 1 earlier hand-in was replaced by a later hand-in. 1 link that is not this explainer's was passed over.";
      await page.withText(".class-status", counted);
      await page.withText(".class-replaced li", "Anna K, handed in");
      const ben = await page.withText(".class-student summary", "Ben");
      await page.click(ben);
      await page.until(() => page.run((summary) => summary.parentElement.open, ben), "Ben's answers to open");
      await page.withText(".class-student__reason", "Embassies are still open");
      await page.reload();
      await page.withText(".class-status", counted);
      assert.deepEqual(await page.errors(), []);
    });

    test("the class page offers to scan response QR codes, and with no camera says so", async () => {
      const { page } = context;
      await page.open("/teach/class/");
      await page.click(await page.withText(".qr-scanner button", "Scan response QR codes"));
      // This machine has no camera: Firefox finds none, WebKit none that fits the request.
      const status = await page.withText(".qr-scanner__status", "You can still paste the response links in the box below.");
      assert.match(await status.getText(), /^No camera was found on this device\./);
      assert.equal(await page.run(() => document.querySelector(".qr-scanner__video").hidden), true);
    });

    test("after one visit, a step and the verdict open with the network gone", async () => {
      const { page } = context;
      await page.open(previous.path);
      await page.until(
        () => page.run(() => navigator.serviceWorker?.controller != null),
        "the service worker to control the page",
      );
      // The verdict is the other views' page: kept when first opened, if the background download left it out.
      await page.open("/verdict/");
      await page.heading("Your verdict");
      await context.offline();
      try {
        await page.open(reason.path);
        await page.heading(reason.heading);
        await page.click(await page.withText("a", "Next"));
        await page.heading(next.heading);
        await page.open("/verdict/");
        await page.heading("Your verdict");
      } finally {
        await context.online();
      }
    });

    test("a definition is a popover, shown before and after the app starts", async () => {
      const { page } = context;
      // The service worker would serve the WebAssembly from its cache, past the server's hold, so
      // this test takes it away; it comes after the test of the worker offline, as WebKit's page
      // after a worker taken away and registered anew is not served offline.
      await page.run(() => navigator.serviceWorker?.getRegistrations()
        .then((registrations) => Promise.all(registrations.map((registration) => registration.unregister()))));
      const release = await context.holdWasm();
      try {
        await page.session.get(`${page.origin}/step/${reason.id}/`);
        await page.heading(reason.heading);
        await clickDefinition(page);
        assert.equal(await page.run(() => document.documentElement.dataset.app ?? "not started"), "not started");
      } finally {
        await release();
      }
      await page.ready();
      await clickDefinition(page);
    });

    extra(context);
  });
}
