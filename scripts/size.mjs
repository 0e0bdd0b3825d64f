// Where the WebAssembly's bytes go: reads `twiggy top` of Trunk's release
// build with its names kept (`make size`), and sums each item's own size by
// crate, and within the app by module (each component, page and hook is a
// module). First checks that the file is the shipped one but for its names:
// wasm-opt reads both, drops their names (--strip-debug) and writes them out
// again, byte for byte the same module. (Written out again, not compared with
// the shipped file as it is: the -Oz run that Trunk ends with also optimizes
// how the code is written, which a plain rewrite does not redo.)
//
//   node scripts/size.mjs <file with names.wasm> <shipped file.wasm>
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const [wasm, shipped] = process.argv.slice(2);
if (!wasm || !shipped) {
  console.error("usage: size.mjs <file with names.wasm> <shipped file.wasm>");
  process.exit(2);
}

/** The module in `file` as wasm-opt writes it without its names. */
function withoutNames(file, folder) {
  const output = join(folder, "module.wasm");
  execFileSync("wasm-opt", [file, "--strip-debug", "--output", output], { stdio: "inherit" });
  return readFileSync(output);
}
const folder = mkdtempSync(join(tmpdir(), "size-"));
const same = withoutNames(wasm, folder).equals(withoutNames(shipped, folder));
rmSync(folder, { recursive: true });
if (!same) {
  console.error(`${wasm} without its names is not ${shipped}: the figures would not be the shipped binary's.`);
  process.exit(1);
}
const bytes = readFileSync(wasm);
const shippedBytes = readFileSync(shipped);
const items = JSON.parse(execFileSync("twiggy", ["top", "--format", "json", wasm], { maxBuffer: 1 << 28 }));
const app = "diplomacy_explainer";

/**
 * The crate (and, in the app, the module) an item belongs to, or null for
 * what is not shipped (the names). Code generic over
 * one of the app's types (yew's lifecycle for one component, say) counts as
 * the app's: `CompStateInner<…::pages::step::StepPage>::view` is the step
 * page's view.
 */
function owner(name) {
  if (/subsection|^custom section/.test(name)) return null;
  if (/^data segment/.test(name)) return ["data (text, content, tables)", null];
  const plain = name.replace(/\[[0-9a-f]+\]/g, "");
  const ours = plain.match(new RegExp(`${app}::(\\w+)(?:::(\\w+))?`));
  if (ours) {
    const [, group, module] = ours;
    return [app, ["components", "hooks", "model", "pages"].includes(group) ? `${group}::${module}` : group];
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
const compressed = brotliCompressSync(shippedBytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`${shipped}, as shipped: ${kb(shippedBytes.length)} (${kb(compressed)} brotli). ` +
  `The same with its names, ${wasm} (${kb(bytes.length)}), has ${kb(total)} of code and data, by the items below.`);
table("By crate", byCrate, 20);
table(`By module of ${app}`, byModule, 40);
