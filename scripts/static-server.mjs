// A plain static file server that behaves like GitHub Pages, for the browser
// tests: no rewrite rules, a folder without its trailing slash is redirected
// to it, a folder serves its index.html, and anything missing gets the
// site's 404.html with status 404.
//
// Usage: node scripts/static-server.mjs <folder> <port> [<base path>]
// With a base path (for example /explainer/) the folder is served under it.
// With PHONE_FRAMES=1 in the environment it also serves, for the tests in
// browsers whose windows cannot be made as narrow as a phone,
// /__phone/<width>/<page>: a page of the same origin that shows <page> in a
// frame <width> px wide (the site's own pages forbid frames).
// With HOLD_WASM=1 it also answers POST /__wasm/hold and POST /__wasm/release:
// between the two, every request for WebAssembly waits, so that a test in a
// browser it cannot intercept requests in sees the page before the app starts.
// With REQUEST_LOG=<file> it appends each request line it receives (method
// and target) to that file, as a host's access log would record it.
// With HOSTED=1 it serves as a real static host does, for the benchmark:
// brotli-compressed where the browser accepts it, hashed files cached for a
// year, pages revalidated by ETag.
import { createHash } from "node:crypto";
import { appendFileSync, createReadStream, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const [folder, port, base = "/"] = process.argv.slice(2);
if (!folder || !port || !base.startsWith("/") || !base.endsWith("/")) {
  console.error("usage: static-server.mjs <folder> <port> [<base path ending in />]");
  process.exit(2);
}
const root = resolve(folder);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

function fileAt(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

const hosted = process.env.HOSTED === "1";
const compressed = new Map();

/** The file brotli-compressed at the highest quality, as hosts store it. */
function brotli(path) {
  if (!compressed.has(path)) {
    const bytes = brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    compressed.set(path, { bytes, etag: `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 16)}"` });
  }
  return compressed.get(path);
}

function send(response, status, path, request) {
  const type = types[extname(path)] ?? "application/octet-stream";
  if (!hosted) {
    response.writeHead(status, { "content-type": type });
    createReadStream(path).pipe(response);
    return;
  }
  const { bytes, etag } = brotli(path);
  // Trunk names the script, the WebAssembly and the icon by their hash; the
  // service worker's name never changes.
  const cache = /-[0-9a-f]{1,16}(_bg)?\.(wasm|js|svg)$/.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
  const headers = { "content-type": type, "cache-control": cache, etag, vary: "accept-encoding" };
  if (status === 200 && request.headers["if-none-match"] === etag) {
    response.writeHead(304, headers).end();
  } else if (/\bbr\b/.test(request.headers["accept-encoding"] ?? "")) {
    response.writeHead(status, { ...headers, "content-encoding": "br", "content-length": bytes.length }).end(bytes);
  } else {
    response.writeHead(status, headers);
    createReadStream(path).pipe(response);
  }
}

function notFound(response, request) {
  const page = join(root, "404.html");
  if (fileAt(page)?.isFile()) {
    send(response, 404, page, request);
  } else {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}

/** While the WebAssembly is held: the function that lets it go. */
let releaseWasm = null;
let wasmReleased = Promise.resolve();

createServer(async (request, response) => {
  if (process.env.REQUEST_LOG) appendFileSync(process.env.REQUEST_LOG, `${request.method} ${request.url}\n`);
  if (process.env.HOLD_WASM === "1" && request.method === "POST" && /^\/__wasm\/(hold|release)$/.test(request.url)) {
    if (request.url === "/__wasm/hold" && !releaseWasm) {
      wasmReleased = new Promise((resolve) => { releaseWasm = resolve; });
    } else if (request.url === "/__wasm/release" && releaseWasm) {
      releaseWasm();
      releaseWasm = null;
    }
    return response.writeHead(204).end();
  }
  if (request.url.endsWith(".wasm")) await wasmReleased;
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  } catch {
    return notFound(response, request);
  }
  const phone = process.env.PHONE_FRAMES === "1" && pathname.match(/^\/__phone\/(\d+)(\/.*)$/);
  if (phone) {
    const frame = `<!doctype html><iframe src="${encodeURI(phone[2])}" style="width: ${phone[1]}px; height: 800px; border: 0"></iframe>`;
    return response.writeHead(200, { "content-type": types[".html"] }).end(frame);
  }
  if (!pathname.startsWith(base)) {
    return notFound(response, request);
  }
  const path = resolve(root, pathname.slice(base.length));
  if (path !== root && !path.startsWith(root + sep)) {
    return notFound(response, request);
  }
  const found = fileAt(path);
  if (found?.isDirectory()) {
    if (!pathname.endsWith("/")) {
      const query = request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "";
      response.writeHead(301, { location: `${encodeURI(pathname)}/${query}` }).end();
      return;
    }
    const index = join(path, "index.html");
    return fileAt(index)?.isFile() ? send(response, 200, index, request) : notFound(response, request);
  }
  return found?.isFile() ? send(response, 200, path, request) : notFound(response, request);
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
