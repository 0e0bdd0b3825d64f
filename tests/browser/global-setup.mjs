// Playwright's global set-up, run once before any test and under no test's
// time limit: the model writes the class page's response links
// (responses.mjs).
import { makeResponseLinks } from "./responses.mjs";

export default makeResponseLinks;
