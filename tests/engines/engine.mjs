// Drives Firefox and WebKit (the engine of Safari) through WebDriver, for the
// suite that runs in every engine beside Chromium. Playwright cannot drive
// either browser on the build machines (its own builds cannot be downloaded,
// and its WebDriver BiDi channel fails on Firefox ESR), so these use the
// machine's own browsers and drivers, through selenium-webdriver:
//
// - Firefox: Debian's firefox-esr, headless, through geckodriver.
// - WebKit: WebKitGTK's MiniBrowser, through WebKitWebDriver, on a virtual
//   display (xvfb-run): it has no working headless mode.
//
// Each test file starts the built site on its own port, one driver and one
// browser session, and quits them all when it ends.
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { Builder, By, Key } from "selenium-webdriver";

export { By, Key };

const engines = {
  firefox: {
    port: 4444,
    site: 4175,
    driver: (port) => ["geckodriver", ["--host", "127.0.0.1", "--port", String(port)]],
    capabilities: {
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
        args: ["-headless", "--width=1280", "--height=1000"],
      },
    },
  },
  webkit: {
    port: 4445,
    site: 4176,
    driver: (port) => ["xvfb-run", ["--auto-servernum", "--server-args=-screen 0 1280x1000x24", "WebKitWebDriver", `--port=${port}`]],
    capabilities: {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": {
        binary: process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        args: ["--automation"],
      },
    },
  },
};

/** How long a wait may take before it fails: generous, as the machine may be slow. */
const PATIENCE = 15_000;

function start(command, args, env = {}) {
  // Its own process group, so that stopping it stops what it started (xvfb-run's X server).
  const child = spawn(command, args, { detached: true, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
  let errors = "";
  child.stderr.on("data", (data) => { errors = (errors + data).slice(-2000); });
  return { child, errors: () => errors };
}

function stop({ child }) {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

async function waitForHttp(url, what, process) {
  const until = Date.now() + PATIENCE * 2;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // Not listening yet.
    }
    if (process.child.exitCode !== null) throw new Error(`${what} exited: ${process.errors()}`);
    await sleep(100);
  }
  throw new Error(`${what} did not start: ${process.errors()}`);
}

/**
 * Starts the site, the driver and a browser session for one engine. Returns
 * the page to drive, functions that stop and start the site's server, one
 * that holds back its WebAssembly, and one that stops it all.
 */
export async function launch(name) {
  const engine = engines[name];
  const serve = () => start("node", ["scripts/static-server.mjs", "dist", String(engine.site)], { PHONE_FRAMES: "1", HOLD_WASM: "1" });
  const control = (what) => fetch(`http://127.0.0.1:${engine.site}/__wasm/${what}`, { method: "POST" });
  let site = serve();
  const driver = start(...engine.driver(engine.port));
  try {
    await waitForHttp(`http://127.0.0.1:${engine.site}/`, "the static server", site);
    await waitForHttp(`http://127.0.0.1:${engine.port}/status`, `the ${name} driver`, driver);
    const session = await new Builder()
      .usingServer(`http://127.0.0.1:${engine.port}`)
      .withCapabilities(engine.capabilities)
      .build();
    await session.manage().window().setRect({ width: 1280, height: 1000 });
    const page = new Page(session, `http://127.0.0.1:${engine.site}`);
    return {
      page,
      /** Stops the site's server, as if the network were gone. */
      offline: () => new Promise((stopped) => {
        site.child.once("exit", stopped);
        stop(site);
      }),
      /**
       * Holds back every request for the WebAssembly, so the app cannot
       * start, until the function returned is called.
       */
      holdWasm: async () => {
        await control("hold");
        return () => control("release");
      },
      /** Starts it again. */
      online: async () => {
        site = serve();
        await waitForHttp(`http://127.0.0.1:${engine.site}/`, "the static server", site);
      },
      close: async () => {
        await session.quit().catch(() => {});
        stop(driver);
        stop(site);
      },
    };
  } catch (error) {
    stop(driver);
    stop(site);
    throw error;
  }
}

/**
 * Starts keeping the script errors of the page (or of the page in `frame`)
 * in its `scriptErrors`. It runs in the browser, so it names nothing outside.
 */
function record(frame) {
  const view = frame?.contentWindow ?? window;
  view.scriptErrors = [];
  view.addEventListener("error", (event) => view.scriptErrors.push(String(event.message)));
  view.addEventListener("unhandledrejection", (event) => view.scriptErrors.push(String(event.reason)));
}

/** One browser tab, with what the tests do in it, as a reader would. */
export class Page {
  constructor(session, origin) {
    this.session = session;
    this.origin = origin;
  }

  /** Runs a function in the page and returns its result. */
  run(fn, ...args) {
    return this.session.executeScript(fn, ...args);
  }

  /** Waits until `check` returns something truthy, and returns it. */
  async until(check, what) {
    const until = Date.now() + PATIENCE;
    let last;
    while (Date.now() < until) {
      last = await check();
      if (last) return last;
      await sleep(100);
    }
    throw new Error(`waited ${PATIENCE / 1000} s for ${what}; last saw ${JSON.stringify(last)}`);
  }

  /**
   * Waits until the app has taken over the page and shown what only the
   * browser knows (`data-app="settled"`), then watches for script errors.
   */
  async ready() {
    await this.until(() => this.run(() => document.documentElement.dataset.app === "settled"), "the app to start");
    await this.run(record);
  }

  /** Opens an address of the site and waits until the app has taken it over. */
  async open(path) {
    await this.session.get(this.origin + path);
    await this.ready();
  }

  /** Reloads the page, as the reader's browser would. */
  async reload() {
    await this.session.navigate().refresh();
    await this.ready();
  }

  /** Goes back in the history, as the Back button does. */
  async back() {
    await this.session.navigate().back();
  }

  /**
   * Script errors since the app took the page over; in a phone's frame
   * (`framed`), those of the page in the frame. A page nobody watched (opened
   * without `ready` or `framed`) reports that, rather than no errors.
   */
  errors() {
    return this.run(() => {
      const watched = location.pathname.startsWith("/__phone/") ? document.querySelector("iframe").contentWindow : window;
      return watched.scriptErrors ?? [`no one watched ${watched.location.pathname} for script errors`];
    });
  }

  /** Forgets everything the site saved in this browser. */
  async forget() {
    await this.session.get(`${this.origin}/404.html`);
    await this.run(() => localStorage.clear());
  }

  /** The path in the address bar. */
  path() {
    return this.run(() => location.pathname + location.search + location.hash);
  }

  /** The text of the page's main heading, once it is `expected`. */
  async heading(expected) {
    return this.until(async () => {
      const text = await this.run(() => document.querySelector("main h1")?.textContent);
      return text === expected && text;
    }, `the heading “${expected}”`);
  }

  /** Whether the element the selector names has focus. */
  focused(selector) {
    return this.run((selector) => document.activeElement === document.querySelector(selector), selector);
  }

  /** The element the selector names, scrolled into view. */
  async find(selector) {
    const element = await this.until(
      async () => (await this.session.findElements(By.css(selector)))[0],
      `an element ${selector}`,
    );
    await this.scrollTo(element);
    return element;
  }

  /** The first element matching the selector whose text contains `text`. */
  async withText(selector, text) {
    const element = await this.until(
      () => this.run((selector, text) => [...document.querySelectorAll(selector)].find((e) => e.textContent.includes(text)), selector, text),
      `${selector} with the text “${text}”`,
    );
    await this.scrollTo(element);
    return element;
  }

  /**
   * Scrolls an element to the middle of the window at once (the site scrolls
   * smoothly, which would move it after the driver had looked). WebKit's
   * driver does not scroll an element into view before it clicks it.
   */
  scrollTo(element) {
    return this.run((element) => element.scrollIntoView({ block: "center", behavior: "instant" }), element);
  }

  /** Clicks an element, as a mouse or a tap would. */
  async click(element) {
    await element.click();
  }

  /** Presses a key (or a chord) with focus where it is. */
  async press(...keys) {
    await this.session.actions().sendKeys(...keys).perform();
  }

  /**
   * The value of an element's attribute, as the page has it. (WebDriver's own
   * command gives "true" for any boolean attribute, such as `hidden`.)
   */
  attribute(element, name) {
    return this.run((element, name) => element.getAttribute(name), element, name);
  }

  /**
   * Opens an address of the site in a frame `width` px wide, as a phone's
   * screen would show it (WebKit's window cannot be made that narrow), and
   * returns how wide its page is laid out and how wide it scrolls.
   */
  async framed(path, width) {
    await this.session.get(`${this.origin}/__phone/${width}${path}`);
    const laidOut = await this.until(() => this.run(() => {
      const page = document.querySelector("iframe").contentDocument?.documentElement;
      return page?.dataset.app === "settled" && { width: page.clientWidth, scroll: page.scrollWidth };
    }), `${path} to start in the frame`);
    await this.run(record, await this.find("iframe"));
    return laidOut;
  }

  /**
   * Whether the element is rendered and takes up room on the page. Inside a
   * closed <details> an element may still have a box (its content is skipped
   * with content-visibility, so find-in-page can reach it): checkVisibility
   * says it is not shown.
   */
  shown(element) {
    return this.run((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
    }, element);
  }
}
