// What the browser tests know of the site: the inventory the prerenderer
// wrote beside the pages it built (`inventory.json`, prerender/src/describe.rs,
// made from the model), read from the built site the tests run against
// (`SITE_DIST`, by default dist/). Nothing here knows the essay or words what
// the app says as the app does: every step, heading, mark and key comes from
// the inventory. Shared by the Playwright suite (tests/browser) and the other
// engines' (tests/engines).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The built site the tests run against. */
export const dist = resolve(new URL("..", import.meta.url).pathname, process.env.SITE_DIST ?? "dist");

/** The inventory's file in the built site. */
const file = resolve(dist, "inventory.json");

let read;
try {
  read = readFileSync(file, "utf8");
} catch (error) {
  throw new Error(`tests/site.mjs reads ${file}, which the prerenderer writes: build the site first (make dist)`, { cause: error });
}

/** The inventory as the prerenderer wrote it. */
export const inventory = JSON.parse(read);

/**
 * The site's words about its essay (content/site.toml), by key: `name`,
 * `question`, `outcome`, `directions.against`, `scale.before`, …
 */
export const site = inventory.site;

/**
 * The steps in order, as their pages name them: `id`, `kind` (as the content
 * names it), `direction` ("against", "toward" or null), `number`, `place`
 * ("Step 3 of 10"), `role` (the part it plays, or null), `title`, `heading`
 * (the main heading's text), `standing` (where the whole argument and the
 * preview card put it), `label` ("Step 3: …"), `labelInProse`,
 * `positionAndTitle`, `headings`, `sections` (the kinds of section its page
 * has) and `sectionIds`, `claim`, `gist`, `prose` (our texts in which its page
 * marks glossary terms), `quotes` (each `id`, `passage`, `text`), `marks`,
 * `repliesTo` (`step`, `words`, or null) and `repliedToBy`.
 */
export const steps = inventory.steps;

/** The step with this id. */
export function step(id) {
  const found = steps.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no step ${id} in ${file}`);
  return found;
}

/** The first step that `test` holds for, failing where none does. */
export function stepWhere(what, test) {
  const found = steps.find(test);
  if (!found) throw new Error(`no step is ${what} in ${file}`);
  return found;
}

/**
 * Steps by the part they play, for a test that needs one of a kind: each
 * looked up when a test asks for it, failing where the essay has none.
 */
export const the = {
  /** The question, the first step. */
  get question() { return stepWhere("the question", (one) => one.kind === "question"); },
  /** The first step that clarifies the question. */
  get definition() { return stepWhere("a definition", (one) => one.kind === "definition"); },
  /** The first reason the essay gives, either way. */
  get firstReason() { return stepWhere("a reason", (one) => one.kind.startsWith("reason-")); },
  /** The first thing the essay concedes. */
  get concession() { return stepWhere("a concession", (one) => one.kind === "concession"); },
  /** The first step that replies to an earlier one. */
  get reply() { return stepWhere("a step that replies to another", (one) => one.repliesTo); },
  /** The step it replies to. */
  get repliedTo() { return step(this.reply.repliesTo.step); },
  /** The essay's answer. */
  get conclusion() { return stepWhere("the conclusion", (one) => one.kind === "conclusion"); },
  /** The first `count` judged steps that follow one another. */
  judgedRun(count) {
    const run = (one) => steps.slice(one.number - 1, one.number - 1 + count);
    const first = stepWhere(`the first of ${count} judged steps in a row`, (one) => run(one).length === count && run(one).every((step) => step.direction));
    return run(first);
  },
  /** The first two judged steps that follow one another, such as a reason and a concession. */
  get judgedPair() {
    return this.judgedRun(2);
  },
  /** The first step with a quote in passage `id`. */
  quoting(id) { return stepWhere(`quoting ${id}`, (one) => one.quotes.some((quote) => quote.passage === id)); },
};

/** The steps the reader judges (a reason or a concession), in order. */
export const judged = steps.filter((one) => one.direction);

/** The steps that point one way ("against" or "toward"), in order. */
export const pointing = (direction) => steps.filter((one) => one.direction === direction);

/** The step ids in order. */
export const stepIds = steps.map((one) => one.id);

/** The glossary's term ids, in order. */
export const termIds = inventory.glossary.map((term) => term.id);

/** The essay's passages (its title first), each `id` and `text`. */
export const passages = inventory.essay.passages;

/** The essay's text, its passages a blank line apart, for checking that quoted text is verbatim. */
export const essayText = passages.map((passage) => passage.text).join("\n\n");

/** The scale the reader answers on, from its lowest point: each `id`, `label` and `rank`. */
export const scale = inventory.scale;

/**
 * The glossary terms each page that marks them marks, by the page's path,
 * in the page's order: each the term's headword and the words marked.
 */
export const markingPages = Object.fromEntries(Object.entries(inventory.marks)
  .map(([path, marks]) => [path, marks.map(({ headword, words }) => ({ headword, words }))]));

/** Every page the build writes, by its own address, but the shared verdicts' (`/verdict/<before>-to-<after>/`) and the not-found page. */
export const pages = inventory.pages.filter((page) => !["shared-verdict", "not-found"].includes(page.kind)).map((page) => page.path);

/** The path of the page of a kind ("map", "verdict", …). */
export function pathOf(kind) {
  const found = inventory.pages.find((page) => page.kind === kind);
  if (!found) throw new Error(`no page of kind ${kind} in ${file}`);
  return found.path;
}

/** Every page, and an address the explainer does not have. */
export const routes = [...pages, "/no-such-page"];

/** The localStorage keys the app saves the reader's progress and answers under. */
export const progressKey = inventory.storage.progress.key;
export const answersKey = inventory.storage.answers.key;

/** The localStorage key the app saves the assignment followed and each start under (`Following`). */
export const followingKey = inventory.storage.following.key;

/**
 * The localStorage key of a text the classroom kit keeps under `name`
 * ("teach-assignment", "class-paste"), as the model makes every key
 * (`Content::storage_key`): the essay's namespace, a dot, the name.
 */
export function storageKey(name) {
  return `${inventory.storage.namespace}.${name}`;
}

/**
 * Saved progress as the app writes it (model/src/progress.rs): the step last
 * read, the steps visited, and, once the reader has opened or closed a
 * section, the kinds of section open on every step, as `["why"]`.
 */
export function savedProgress({ last, visited = [], open }) {
  const fields = [`v=${inventory.storage.progress.version}`];
  if (last) fields.push(`last=${last}`);
  if (visited.length) fields.push(`visited=${visited.join(".")}`);
  if (open) fields.push(`open=${open.join(".")}`);
  return fields.join("&");
}
