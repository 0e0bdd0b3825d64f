// Response links for the class page's tests, made by the model itself: the
// Rust test `tests/response_links.rs` writes them (as the hand-in page would
// make them) to a JSON file once, before any test runs (Playwright's global
// set-up, global-setup.mjs; the engine suites' first hook), and the tests
// read that file.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The file the links are written to, in Cargo's target folder. */
const responseLinksFile = resolve(process.env.CARGO_TARGET_DIR ?? "target", "response-links.json");

/**
 * Has the model write the links. Cargo builds and runs the Rust test only
 * where it is out of date, but a first build takes minutes on a slow
 * machine: this runs before the tests, under no test's time limit.
 */
export function makeResponseLinks() {
  execFileSync("cargo", ["test", "--quiet", "--test", "response_links"], {
    env: { ...process.env, RESPONSE_LINKS: responseLinksFile },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

let made = null;

/**
 * The links: `assignment` (the class page's address with the assignment)
 * and `responses`, by student (`anna-first`, `ben`, `cleo`, `anna`, `finn`,
 * `dan-elsewhere`), each `{ name, link }`, the link relative to the site's
 * root (`teach/class/#r=2&…`).
 */
export function responseLinks() {
  if (made === null) made = JSON.parse(readFileSync(responseLinksFile, "utf8"));
  return made;
}

/** A response link as a student would send it: the whole address. */
export function address(origin, name) {
  return new URL(responseLinks().responses[name].link, origin).href;
}

/** The rows of a CSV file (RFC 4180): quoted cells, doubled quotes, CRLF. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const c = text[at];
    if (quoted) {
      if (c === '"' && text[at + 1] === '"') {
        cell += '"';
        at += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[at + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      at += 1;
    } else {
      cell += c;
    }
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
