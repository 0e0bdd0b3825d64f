// The reader's core path, run in one engine: what every reader must be able
// to do whatever their browser. Each engine's file (`firefox.test.mjs`,
// `webkit.test.mjs`) runs it in its own browser session; the tests share the
// session and start from a browser that remembers nothing.
import assert from "node:assert/strict";
import { after, afterEach, before, beforeEach, describe, test as nodeTest } from "node:test";
import { answersKey, pages, storageKey as readerKey } from "../site.mjs";
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
  /** Whether the section whose summary this is is open. */
  const isOpen = (page, summary) => page.run((element) => element.parentElement.open, summary);

  describe(`in ${engine}`, () => {
    const context = {};
    before(async () => Object.assign(context, await launch(engine)), { timeout: 120_000 });
    after(() => context.close?.());
    beforeEach(() => context.page.forget());
    afterEach(async () => assert.deepEqual(await context.page.errors(), [], "script errors in the page"));

    test("a deep link opens its step, and a section opens and closes", async () => {
      const { page } = context;
      await page.open("/step/cold-war/");
      await page.heading("Reason 1 of 5 against a break: Even the Cold War kept embassies open");
      const why = await page.withText(".disclosure__summary", "Why it matters");
      assert.equal(await isOpen(page, why), false);
      const panel = await page.run((summary) => summary.parentElement.querySelector(".disclosure__panel"), why);
      assert.equal(await page.shown(panel), false);
      await page.click(why);
      await page.until(() => isOpen(page, why), "the section to open");
      assert.equal(await page.shown(panel), true);
      assert.match(await panel.getText(), /likeness between then and now/);
      await page.click(why);
      await page.until(async () => !(await page.shown(panel)), "the section to close");
    });

    test("every section opens with its button and shows its words", async () => {
      const { page } = context;
      await page.open("/step/consequences/");
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
      await page.open("/step/meaning/");
      await page.press(Key.ARROW_RIGHT);
      await page.heading("Reason 1 of 5 against a break: Even the Cold War kept embassies open");
      assert.equal(await page.path(), "/step/cold-war/");
      assert.equal(await page.focused("main h1"), true);
      await page.press(Key.ARROW_LEFT);
      await page.heading("Clarifies the question: What “closing diplomatic relations” means");
      await page.press(Key.ARROW_RIGHT);
      await page.heading("Reason 1 of 5 against a break: Even the Cold War kept embassies open");
      await page.back();
      await page.heading("Clarifies the question: What “closing diplomatic relations” means");
      assert.equal(await page.path(), "/step/meaning/");
    });

    test("Next and the list of steps move the reader, and links reach every view", async () => {
      const { page } = context;
      await page.open("/step/question/");
      await page.click(await page.withText(".pager a", "Next"));
      await page.heading("Clarifies the question: What “closing diplomatic relations” means");
      await page.click(await page.withText(".step-list__steps a", "What a full break would cost"));
      await page.heading("Reason 3 of 5 against a break: What a full break would cost");
      for (const [link, title] of [["Map", "Argument map"], ["Essay", "The essay"], ["Glossary", "Glossary"],
        ["Whole argument", "The whole argument"], ["Your verdict", "Your verdict"]]) {
        await page.click(await page.withText(".site-header a", link));
        await page.heading(title);
      }
    });

    test("a glossary term shows our definition on click, not on focus", async () => {
      const { page } = context;
      await page.open("/essay/");
      const term = await page.withText(".term__button", "consulates");
      const tip = await page.find(`#${await page.attribute(term, "aria-describedby")}`);
      await page.run((element) => element.focus(), term);
      assert.equal(await page.shown(tip), false, "focus alone shows nothing");
      await page.click(term);
      await page.until(() => page.shown(tip), "the definition on click");
      assert.match(await tip.getText(), /An office of a country's foreign service/);
      assert.match(await tip.getText(), /More in the glossary/);
      await page.press(Key.ESCAPE);
      await page.until(async () => !(await page.shown(tip)), "Escape to hide the definition");
    });

    test("a “Show in the essay” link opens the essay at the passage", async () => {
      const { page } = context;
      await page.open("/step/cold-war/");
      await page.click(await page.withText(".quotation__place a", "Show in the essay"));
      await page.heading("The essay");
      assert.equal(await page.path(), "/essay/#quote-cold-war-1");
      await page.until(() => page.focused("#quote-cold-war-1"), "the passage to take focus");
      assert.match(await page.attribute(await page.find("#quote-cold-war-1"), "class"), /is-target/);
    });

    test("a reload stays on the step; the start page offers to continue; Start over forgets", async () => {
      const { page } = context;
      await page.open("/step/still-open/");
      await page.click(await page.withText(".disclosure__summary", "Why it matters"));
      await page.until(() => page.run((key) => localStorage.getItem(key)?.includes("still-open"), readerKey), "progress to be saved");
      await page.reload();
      await page.heading("Reason 2 of 5 against a break: Strained, but still in place");
      const why = await page.withText(".disclosure__summary", "Why it matters");
      await page.until(() => isOpen(page, why), "the open section to be restored");
      await page.open("/");
      await page.withText("main p", "You were on step 5");
      await page.click(await page.withText("main a", "Continue at step 5"));
      await page.heading("Reason 2 of 5 against a break: Strained, but still in place");
      await page.open("/");
      await page.click(await page.withText("main button", "Start over"));
      await page.withText("main a", "Start with step 1");
      assert.equal(await page.run((key) => localStorage.getItem(key), readerKey), null);
    });

    test("a verdict answer is kept over a reload, and a share link opens read-only", async () => {
      const { page } = context;
      await page.open("/step/cold-war/");
      await page.click(await page.find('label[for="convinces-cold-war-0"]'));
      await page.until(() => page.run((key) => localStorage.getItem(key)?.includes("cold-war"), answersKey), "the answer to be saved");
      await page.reload();
      await page.until(() => page.run(() => document.getElementById("convinces-cold-war-0").checked), "the answer after a reload");
      const own = await page.run((key) => localStorage.getItem(key), answersKey);
      await page.open("/verdict/#v=1&before=4&cold-war=n3");
      await page.heading("A shared verdict");
      await page.withText("main", "answers someone shared with you");
      assert.equal(await page.run(() => document.querySelectorAll("main input[type=radio]").length), 0);
      assert.equal(await page.run((key) => localStorage.getItem(key), answersKey), own);
      await page.open("/");
      await page.open("/verdict/#v=1&cold-war=x");
      await page.withText("main [role=alert]", "This shared link cannot be read");
    });

    test("a share link made before, with the answers in its query, opens and loses its query", async () => {
      const { page } = context;
      await page.open("/verdict/?v=1&before=4&cold-war=n3");
      await page.heading("A shared verdict");
      await page.withText("main", "answers someone shared with you");
      await page.until(async () => (await page.path()) === "/verdict/#v=1&before=4&cold-war=n3", "the answers moved into the fragment");
    });

    test("an unknown address and an unknown step show the not-found page", async () => {
      const { page } = context;
      await page.open("/no/such/page");
      await page.heading("Page not found");
      await page.click(await page.withText("main a", "Go to the start"));
      await page.heading("Russia and the West: an explainer");
      await page.open("/step/no-such-step/");
      await page.heading("Page not found");
      await page.withText("main", "There is no step called no-such-step.");
    });

    test("corrupt saved state is dropped, and the page works", async () => {
      const { page } = context;
      await page.run(([reader, answers]) => {
        localStorage.setItem(reader, '{"version":1,"open":{"cold-war":"why"}');
        localStorage.setItem(answers, "\u0000not json");
      }, [readerKey, answersKey]);
      await page.open("/step/cold-war/");
      await page.heading("Reason 1 of 5 against a break: Even the Cold War kept embassies open");
      const why = await page.withText(".disclosure__summary", "Why it matters");
      await page.click(why);
      await page.until(() => isOpen(page, why), "the section to open");
      await page.open("/verdict/");
      await page.heading("Your verdict");
    });

    test("a section the browser opens itself, as find-in-page does, is remembered", async () => {
      const { page } = context;
      await page.open("/step/shared-interests/");
      const questions = await page.withText(".disclosure__summary", "Questions a careful reader");
      assert.equal(await isOpen(page, questions), false);
      // The closed section's words are laid out but skipped (content-visibility), not removed
      // (display: none): that is what lets find-in-page reach them and open the section.
      const laidOut = await page.run((summary) => {
        const panel = summary.parentElement.querySelector(".disclosure__panel");
        return panel.getBoundingClientRect().height > 0 && !panel.checkVisibility();
      }, questions);
      assert.equal(laidOut, true);
      await page.run((summary) => { summary.parentElement.open = true; }, questions);
      await page.until(
        () => page.run((key) => /(^|&)open=[a-z.]*questions/.test(localStorage.getItem(key) ?? ""), readerKey),
        "the opened section to be saved",
      );
    });

    test("a definition is a popover, shown before and after the app starts", async () => {
      const { page } = context;
      await page.open("/step/cold-war/");
      const term = await page.find("main .claim .term__button");
      const tip = await page.find(`#${await page.attribute(term, "aria-describedby")}`);
      assert.equal(await page.attribute(tip, "popover"), "auto");
      assert.equal(await page.attribute(term, "popovertarget"), await page.attribute(tip, "id"));
      await page.click(term);
      await page.until(() => page.run((element) => element.matches(":popover-open"), tip), "the popover to open");
      await page.click(await page.find("main h1"));
      await page.until(async () => !(await page.shown(tip)), "a click elsewhere to close it");
    });

    for (const path of ["/step/cold-war/", ...pages.filter((path) => !path.startsWith("/step/"))]) {
      test(`${path} does not scroll sideways on a 320 px wide screen`, async () => {
        const { scroll, width } = await context.page.framed(path, 320);
        // Less a scrollbar, where the engine draws one beside the page (Firefox does).
        assert.ok(width > 300 && width <= 320, `the page is laid out ${width} px wide`);
        assert.ok(scroll <= width, `${path} is ${scroll} px wide on a ${width} px screen`);
      });
    }

    test("an assignment opens with its banner, is handed in, and the class page reads it", async () => {
      const { page } = context;
      await page.forget();
      await page.open("/teach/");
      const link = await page.until(
        () => page.run(() => document.getElementById("assignment-link")?.value.startsWith("http") && document.getElementById("assignment-link").value),
        "the assignment link with the site's address",
      );
      assert.match(link, /\/step\/question\/#a=1&from=question&to=when-considered$/);
      await page.find('svg.qr[role="img"] path');
      await page.session.get(link);
      await page.ready();
      await page.withText('.assignment[role="region"]', "Steps 1–10, assigned");
      await page.open("/step/cold-war/");
      await page.click(await page.find('label[for="convinces-cold-war-0"]'));
      await page.until(() => page.run((key) => localStorage.getItem(key)?.includes("cold-war"), answersKey), "the answer to be saved");
      await page.open("/step/when-considered/");
      await page.click(await page.withText(".assignment a", "Hand in your answers"));
      await page.heading("Hand in your answers");
      await page.ready();
      const response = await page.until(() => page.run(() => document.getElementById("response-link")?.value), "the response link");
      assert.match(response, /\/verdict\/#v=1&cold-war=c$/);
      await page.open("/teach/class/");
      // Pasted, as a teacher would: the text arrives at once, not typed key by key.
      await page.run((area, text) => {
        area.value = text;
        area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      }, await page.find("#class-links"), `${response}\nhttps://example.org/verdict/#v=1&cold-war=zz`);
      await page.click(await page.withText("button", "Read the answers"));
      await page.withText(".class-status", "Read 1 response. 1 link could not be read.");
      await page.withText(".class-refusals li", "Line 2:");
      assert.deepEqual(await page.errors(), []);
    });

    test("after one visit, a step and the verdict open with the network gone", async () => {
      const { page } = context;
      await page.open("/step/meaning/");
      await page.until(
        () => page.run(() => navigator.serviceWorker?.controller != null),
        "the service worker to control the page",
      );
      await context.offline();
      try {
        await page.open("/step/cold-war/");
        await page.heading("Reason 1 of 5 against a break: Even the Cold War kept embassies open");
        await page.click(await page.withText("a", "Next"));
        await page.heading("Conceded by the essay: Relations at breaking point, the essay grants");
        await page.open("/verdict/");
        await page.heading("Your verdict");
      } finally {
        await context.online();
      }
    });

    extra(context);
  });
}
