// What the browser tests know of the site, read from the content files: the
// essay, the steps and terms in order, and every page's address. Shared by
// the Playwright suite (tests/browser) and the other engines' (tests/engines).
import { readFileSync } from "node:fs";

const read = (file) => readFileSync(new URL(`../content/${file}`, import.meta.url), "utf8");

/** The essay as shipped, for checking that quoted text is verbatim. */
export const essayText = read("essay.txt");

/** The step ids in order, read from the argument map. */
export const stepIds = [...read("argument.toml").matchAll(/^\[\[step\]\]\nid = "([a-z0-9-]+)"/gm)].map((m) => m[1]);

/** The glossary's term ids, in order. */
export const termIds = [...read("glossary.toml").matchAll(/^\[\[term\]\]\nid = "([a-z0-9-]+)"/gm)].map((m) => m[1]);

/** Every page the build writes, by its own address. */
export const pages = ["/", ...stepIds.map((id) => `/step/${id}/`), "/all/", "/map/", "/essay/", "/glossary/", "/verdict/",
  "/teach/", "/teach/class/", "/teach/hand-in/"];

/** Every page, and an address the explainer does not have. */
export const routes = [...pages, "/no-such-page"];

/** The localStorage keys the app saves the reader's progress and answers under. */
export const storageKey = "diplomacy-explainer.reader";
export const answersKey = "diplomacy-explainer.answers";

/**
 * Saved progress as the app writes it (src/model/reader.rs): the step last
 * read, the steps visited, and, once the reader has opened or closed a
 * section, the kinds of section open on every step, as `["why"]`.
 */
export function savedProgress({ last, visited = [], open }) {
  const fields = ["v=3"];
  if (last) fields.push(`last=${last}`);
  if (visited.length) fields.push(`visited=${visited.join(".")}`);
  if (open) fields.push(`open=${open.join(".")}`);
  return fields.join("&");
}
