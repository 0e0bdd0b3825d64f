// The style each family of pages carries inline: index.html links every
// stylesheet and names the families that take it (`data-families`), and the
// prerenderer puts a family's inline on its pages. Every class a page shows
// that some stylesheet styles is styled on that page, and no family's style
// names a class that its pages and its binary never show (the classroom
// kit's or the map's rules on a step's page). Read from the built files: no
// page is loaded.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test as plain } from "@playwright/test";
import { dist, expect, inventory } from "./helpers.mjs";

/** The classes a stylesheet's selectors name, but for those inside `:not()`, which a page need not show. */
function styledClasses(css) {
  const classes = new Set();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const [, prelude] of text.matchAll(/(?:^|[{};])([^{};]*)\{/g)) {
    if (prelude.trim().startsWith("@")) continue;
    for (const [, name] of prelude.replace(/:not\([^)]*\)/g, "").matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(name);
  }
  return classes;
}

/** Every class any stylesheet styles. */
const styledAnywhere = new Set(
  readdirSync("styles").flatMap((file) => [...styledClasses(readFileSync(join("styles", file), "utf8"))]),
);

/** Each page of the site: its family, its inline style, the rest of its HTML, and its binary. */
const built = inventory.pages.map(({ path, family }) => {
  const html = readFileSync(join(dist, path.endsWith(".html") ? path : `${path}index.html`), "utf8");
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  const wasm = html.match(/fetch\('\/([^']+\.wasm)'/)[1];
  return { path, family, styles, rest: html.replace(/<style>[\s\S]*?<\/style>/g, ""), wasm };
});
const families = [...new Set(built.map((page) => page.family))];

plain("every page of a family carries its family's one style, and no other family carries the same", () => {
  expect(families.sort()).toEqual(["classroom", "steps", "views"]);
  const styleOf = {};
  for (const page of built) {
    expect(page.styles, page.path).toHaveLength(1);
    styleOf[page.family] ??= page.styles[0];
    expect(page.styles[0] === styleOf[page.family], `${page.path} carries another style than its family's (${page.family})`).toBe(true);
  }
  expect(new Set(Object.values(styleOf)).size).toBe(families.length);
});

plain("every class a page shows that a stylesheet styles is styled on that page", () => {
  const unstyled = [];
  for (const page of built) {
    const styled = styledClasses(page.styles[0]);
    const shown = new Set([...page.rest.matchAll(/\sclass="([^"]*)"/g)].flatMap((match) => match[1].split(/\s+/)));
    for (const name of shown) {
      if (styledAnywhere.has(name) && !styled.has(name)) unstyled.push(`${page.path} (${page.family}): .${name}`);
    }
  }
  expect(unstyled, "classes a page shows with no rule in its family's style").toEqual([]);
});

plain("no family's style names a class that its pages and its binary never show", () => {
  const foreign = [];
  for (const family of families) {
    const pages = built.filter((page) => page.family === family);
    const binaries = [...new Set(pages.map((page) => page.wasm))].map((file) => readFileSync(join(dist, file)).toString("latin1"));
    expect(binaries, `the ${family} pages start one binary`).toHaveLength(1);
    // What the binary may show: a class is one of its strings, or, for a modifier the
    // app writes from a value (`class-estimates--{when}`), the block and its `--`.
    const shows = (name) =>
      pages.some((page) => page.rest.includes(name)) ||
      binaries[0].includes(name) ||
      (name.includes("--") && binaries[0].includes(name.slice(0, name.indexOf("--") + 2)));
    for (const name of styledClasses(pages[0].styles[0])) {
      if (!shows(name)) foreign.push(`${family}: .${name}`);
    }
  }
  expect(foreign, "classes in a family's style that none of its pages can show").toEqual([]);
});

plain("the host's policy (_headers) allows each family's style by its hash, as each page's own does", () => {
  const headers = readFileSync(join(dist, "_headers"), "utf8");
  const styleSrc = (policy) => policy.match(/style-src ([^;]*)/)[1].split(" ");
  const host = styleSrc(headers.match(/Content-Security-Policy: (.*)/)[1]);
  for (const family of families) {
    const page = built.find((one) => one.family === family);
    const hash = `'sha256-${createHash("sha256").update(page.styles[0]).digest("base64")}'`;
    expect(host, family).toContain(hash);
    expect(styleSrc(page.rest.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1]), page.path).toEqual(["'self'", hash]);
  }
});
