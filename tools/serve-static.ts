/**
 * `tsx tools/serve-static.ts [folder=out] [port=3000] [mount path=$BASE_PATH]`: serve an export the way a
 * static host does, with the rules of its _headers; with a mount path (a GitHub project page) only below it.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import sirv from "sirv";
import { parseHeadersFile, headersFor, HOST_FILES, decodeRequestPath } from "../lib/security/headers-file";
import { env, toolEnv } from "../lib/env";

const root = path.resolve(process.argv[2] ?? "out");
const port = Number(process.argv[3] ?? toolEnv.port);
const mountPath = (process.argv[4] ?? env.basePath).replace(/^\/*/, "/").replace(/\/+$/, "");
if (!existsSync(path.join(root, "index.html"))) {
  console.error(`${root} has no index.html: build the site first (npm run build).`);
  process.exit(1);
}

const headersPath = path.join(root, "_headers");
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, "utf8")) : [];
const notFoundPage = path.join(root, "404.html");
// A precompressed .gz sibling is served when the browser accepts it, as hosts compress (npm run lighthouse).
const serveFile = sirv(root, { dev: false, etag: true, extensions: ["html"], dotfiles: false, gzip: true });

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const notFound = () => {
    response.statusCode = 404;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : "Not found");
  };
  if (mountPath && url.pathname === mountPath)
    return response.writeHead(301, { Location: `${mountPath}/${url.search}` }).end();
  // The rules must match the path of the file that is served, not a spelling of it ("/x.sv%67", "/a/%2e%2e/b.svg").
  const decoded = decodeRequestPath(url.pathname);
  if (decoded === undefined)
    return response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad request");
  if (mountPath && !decoded.startsWith(`${mountPath}/`)) return notFound();
  const pathname = decoded.slice(mountPath.length);
  // The host's files in any spelling a file server would map to them: "/_headers/", "/_Redirects//".
  if (HOST_FILES.includes(pathname.replace(/\/+$/, "").toLowerCase())) return notFound();
  // sirv decodes the path again: each segment is encoded once more so that it finds exactly this file.
  request.url = `${pathname.split("/").map(encodeURIComponent).join("/")}${url.search}`;
  // Every matching rule applies, as on Netlify and Cloudflare, to the path with the base path.
  for (const [name, value] of headersFor(rules, decoded)) response.appendHeader(name, value);
  serveFile(request, response, notFound);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || "."} at http://localhost:${port}${mountPath}/`);
});
