// What the browser tests know of the site, read from the content files and
// the route table: the essay, the steps and terms in order, each step's
// heading, and every page's address. Shared by the Playwright suite
// (tests/browser) and the other engines' (tests/engines).
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";

const read = (file) => readFileSync(new URL(`../${file}`, import.meta.url), "utf8");

/** The essay as shipped, for checking that quoted text is verbatim. */
export const essayText = read("content/essay.txt");

const argument = parse(read("content/argument.toml"));
const glossary = parse(read("content/glossary.toml"));

/**
 * The part a step plays, said in its heading before its title, as the app
 * words it (`ArgumentMap::role` in model/src/map.rs): the question and the
 * answer have none, their titles say it.
 */
function role(step, reasons) {
  switch (step.kind) {
    case "definition":
      return "Clarifies the question";
    case "reason-against":
      return `Reason ${reasons.indexOf(step) + 1} of ${reasons.length} against a break`;
    case "concession":
      return "Conceded by the essay";
    case "condition":
      return "The condition";
    default:
      return null;
  }
}

const reasons = argument.step.filter((step) => step.kind === "reason-against");

/**
 * The steps in order, each with its `kind` (the part it plays, as
 * content/argument.toml names it) and what its page says of it: `heading`, the
 * main heading's text (its role, then its title); `place`, "Step 3 of 10";
 * `standing`, where the whole argument and the preview card put it
 * ("Step 3 of 10 · Reason 1 of 5 against a break"); `prose`, our texts in
 * which its page marks glossary terms (`Step::prose`: claim, plain words, why).
 */
export const steps = argument.step.map((step, index) => {
  const part = role(step, reasons);
  const place = `Step ${index + 1} of ${argument.step.length}`;
  return {
    id: step.id,
    kind: step.kind,
    title: step.title,
    number: index + 1,
    heading: part ? `${part}: ${step.title}` : step.title,
    place,
    standing: part ? `${place} · ${part}` : place,
    prose: [step.claim, step.plain, step.why],
  };
});

/** The step with this id. */
export function step(id) {
  const found = steps.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no step ${id} in content/argument.toml`);
  return found;
}

/** The step ids in order. */
export const stepIds = steps.map((one) => one.id);

/** The glossary's terms in order: id, headword (the term as listed), and the forms marked. */
const terms = glossary.term.map(({ id, headword, matches }) => ({ id, headword, matches }));

/** The glossary's term ids, in order. */
export const termIds = terms.map((term) => term.id);

/** The essay's passages, its title first, up to the blog's furniture (`Comments`). */
const essayPassages = essayText.split(/^Comments$/m)[0]
  .split(/\n\s*\n/).map((passage) => passage.trim()).filter(Boolean);

/** Where `form` stands in `text` as a whole word, as the app finds it (`find_word`), or -1. */
function findWord(text, form) {
  const wordChar = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = [...text.slice(0, at)].at(-1);
    const after = [...text.slice(at + form.length)][0];
    if (!(before && wordChar.test(before)) && !(after && wordChar.test(after))) return at;
  }
  return -1;
}

/**
 * The glossary terms a page marks among its texts, given in the page's
 * order, as the app marks them (`Glossary::mark` and `first_uses`): each term
 * once, at its first use, where no earlier mark in the same text overlaps it.
 * Returns each mark as the term's headword and the words marked, in order.
 */
export function marks(texts) {
  const done = new Set();
  const found = [];
  for (const text of texts) {
    const candidates = terms.flatMap((term) => {
      const uses = term.matches.map((form) => ({ start: findWord(text, form), end: 0, form }))
        .filter((use) => use.start >= 0)
        .map((use) => ({ start: use.start, end: use.start + use.form.length }))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      return uses.length ? [{ term, ...uses[0] }] : [];
    }).sort((a, b) => a.start - b.start || b.end - a.end);
    let at = 0;
    for (const { term, start, end } of candidates) {
      if (start < at) continue;
      at = end;
      if (done.has(term.id)) continue;
      done.add(term.id);
      found.push({ headword: term.headword, words: text.slice(start, end) });
    }
  }
  return found;
}

/**
 * The pages that mark glossary terms, each with its texts in the page's
 * order: every step's page its own prose, the whole argument every step's,
 * and the essay its passages.
 */
export const markingPages = Object.fromEntries([
  ...steps.map((one) => [`/step/${one.id}/`, one.prose]),
  ["/all/", steps.flatMap((one) => one.prose)],
  ["/essay/", essayPassages],
]);

/**
 * The paths of the route table's pages (`fixed_pages!` in src/route.rs, a
 * row a page: `Map => "map", …;`), but the not-found page, which the build
 * writes as 404.html, not as a folder.
 */
const fixedPaths = [...read("src/route.rs").match(/^fixed_pages! \{\n([\s\S]*?)\n\}/m)[1]
  .matchAll(/^\s*\w+ => "([^"]*)",/gm)].map((row) => row[1]).filter((segment) => segment !== "404")
  .map((segment) => (segment ? `/${segment}/` : "/"));
if (fixedPaths.length < 2) throw new Error("tests/site.mjs no longer finds the route table fixed_pages! in src/route.rs");

/** Every page the build writes, by its own address, but the shared verdicts' (`/verdict/<before>-to-<after>/`). */
export const pages = [...fixedPaths.filter((path) => path === "/"), ...stepIds.map((id) => `/step/${id}/`),
  ...fixedPaths.filter((path) => path !== "/")];

/** Every page, and an address the explainer does not have. */
export const routes = [...pages, "/no-such-page"];

/** The localStorage keys the app saves the reader's progress and answers under. */
export const progressKey = "diplomacy-explainer.reader";
export const answersKey = "diplomacy-explainer.answers";

/** The localStorage key the app saves the assignment followed and each start under (`Following`). */
export const followingKey = "diplomacy-explainer.following";

/**
 * Saved progress as the app writes it (model/src/progress.rs): the step last
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
