// Where the WebAssembly's bytes go: reads `twiggy top` of a release build
// made as Trunk makes it (wasm-bindgen, wasm-opt -Oz) but with its names kept, and sums
// each item's own size by crate, and within the app by module (each
// component is a module). Prints figures; asserts nothing.
//
//   node scripts/size.mjs <file.wasm>
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const wasm = process.argv[2];
if (!wasm) {
  console.error("usage: size.mjs <file.wasm>");
  process.exit(2);
}
const items = JSON.parse(execFileSync("twiggy", ["top", "--format", "json", wasm], { maxBuffer: 1 << 28 }));
const app = "diplomacy_explainer";

/**
 * The crate (and, in the app, the module) an item belongs to, or null for
 * what is not shipped (names, wasm-bindgen's own section). Code generic over
 * one of the app's types (yew's lifecycle for one component, say) counts as
 * the app's: `CompStateInner<…::components::step_page::StepPage>::view` is
 * the step page's view.
 */
function owner(name) {
  if (/subsection|^custom section/.test(name)) return null;
  if (/^data segment/.test(name)) return ["data (text, content, tables)", null];
  const plain = name.replace(/\[[0-9a-f]+\]/g, "");
  const ours = plain.match(new RegExp(`${app}::(\\w+)(?:::(\\w+))?`));
  if (ours) {
    const [, group, module] = ours;
    return [app, group === "components" || group === "model" ? `${group}::${module}` : group];
  }
  const crate = plain.replace(/^[<&*\s]*(?:(?:dyn|mut|const|impl)\s+)*/, "").match(/^(\w+)::/)?.[1];
  return [crate ?? "other (imports, tables, glue)", null];
}

const byCrate = new Map();
const byModule = new Map();
let total = 0;
for (const item of items) {
  const found = owner(item.name);
  if (!found) continue;
  const [crate, module] = found;
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + item.shallow_size);
  if (module) byModule.set(module, (byModule.get(module) ?? 0) + item.shallow_size);
  total += item.shallow_size;
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const table = (title, map, limit) => {
  console.log(`\n## ${title}\n\n| part | raw | share |\n| --- | ---: | ---: |`);
  for (const [name, size] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`| ${name} | ${kb(size)} | ${((100 * size) / total).toFixed(1)}% |`);
  }
};
const bytes = readFileSync(wasm);
const compressed = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`${wasm}: ${kb(bytes.length)} with its names (${kb(compressed)} brotli), of which ` +
  `${kb(total)} is code and data that ship; the rest is names and wasm-bindgen's own section, ` +
  "which the shipped file does not carry.");
table("By crate", byCrate, 20);
table(`By module of ${app}`, byModule, 40);
