// Playwright's global set-up, run once before any test and under no test's
// time limit: it has the model write the class page's response links
// (responses.mjs reads them). Cargo builds and runs the Rust test
// `tests/response_links.rs` only where it is out of date, but a first build
// takes minutes on a slow machine, which no test may have to wait for.
import { execFileSync } from "node:child_process";
import { responseLinksFile } from "./responses.mjs";

export default function makeResponseLinks() {
  execFileSync("cargo", ["test", "--quiet", "--test", "response_links"], {
    env: { ...process.env, RESPONSE_LINKS: responseLinksFile },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
