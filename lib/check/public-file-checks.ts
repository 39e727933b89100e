import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "../content/content-error";
import { listPublicFiles, publicDirectories, shownPath, type PublicFile } from "../public-files";
import { findScriptsInHtml, findScriptsInXml, type ScriptFinding } from "./public-documents";
import { findFileClash, getSiteFiles, indexFiles } from "../lists/site-files";
import { isSymbolicLink, symbolicLinkProblem } from "../content/symbolic-links";
import { checkPixelCount } from "../images/limits";
import { fileTypeOf, PUBLIC_FILE_TYPES, PUBLIC_TYPES_EXPECTED, SCANNED_TYPES } from "../paths/file-types";

// Hosts refuse larger files (Cloudflare Pages: 25 MiB a file), so the deploy would fail after the build.
const MAX_FILE_BYTES = 25 * 2 ** 20;

// Names at the top of public/ that a host or Next reads as configuration or code, and where that belongs.
const HOST_NAMES: Record<string, string> = {
  _headers:
    "HTTP headers are the site's own: lib/security/security-headers.ts, written to out/_headers and Next's headers() by the build",
  _redirects:
    "redirects are declared with redirect_from or redirect_to in a post's front matter, or in redirects in site.yml; the build writes out/_redirects",
};
const HOST_NAME_EXPECTED =
  "no name starting with _ at the top of public/: those are the host's (_worker.js runs as code on Cloudflare Pages) and Next's (_next/)";

/**
 * Every problem with the files under public/ that the build would publish: symbolic links, host
 * configuration, types the site does not publish, documents that could run scripts (HTML, SVG), and files
 * too large to deploy.
 */
export function checkPublicFiles(directories: readonly string[] = publicDirectories()): ContentProblem[] {
  return directories.flatMap((directory) =>
    isSymbolicLink(directory)
      ? [symbolicLinkProblem(directory, shownPath(directory))]
      : listPublicFiles([directory]).flatMap(checkPublicFile),
  );
}

/**
 * The files of public/ that would replace a file the build writes, or stand where it needs a folder: Next
 * would stop, or one of the two would be lost. Needs the site's pages, so valid posts. Files named in
 * `reported` (shown paths) have a problem already, and are left out.
 */
export function checkPublicClashes(
  files: readonly PublicFile[] = listPublicFiles(),
  reported: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  const index = indexFiles(getSiteFiles());
  return files.flatMap((file) => {
    if (reported.has(file.shown)) return [];
    const clash = findFileClash(file.sitePath, index, "public file");
    if (!clash) return [];
    return [
      {
        file: file.shown,
        line: 1,
        field: "file",
        message: `is served at ${file.sitePath}, where the export has ${clash}`,
        expected: "a path the site's pages, feeds and scripts do not use, such as /images/ or /files/",
        severity: "error" as const,
      },
    ];
  });
}

function checkPublicFile(file: PublicFile): ContentProblem[] {
  const problem = (line: number, message: string, expected: string): ContentProblem => ({
    file: file.shown,
    line,
    field: "file",
    message,
    expected,
    severity: "error",
  });
  if (isSymbolicLink(file.full)) return [symbolicLinkProblem(file.full, file.shown)];
  const stats = lstatSync(file.full);
  if (!stats.isFile()) return [problem(1, "is not a regular file", "a file or a folder")];
  const [top = "", ...rest] = file.sitePath.slice(1).split("/");
  if (top.startsWith("_")) {
    const belongs = rest.length === 0 ? HOST_NAMES[top.toLowerCase()] : undefined;
    return [problem(1, `${top} would be read by the host as its own configuration`, belongs ?? HOST_NAME_EXPECTED)];
  }
  const hidden = file.sitePath.split("/").find((segment) => segment.startsWith("."));
  if (hidden && hidden !== ".well-known") {
    return [
      problem(
        1,
        `${hidden} is a hidden file, which hosts read as configuration (.htaccess) or skip`,
        "a file whose name does not start with a dot",
      ),
    ];
  }
  if (/^\/\.well-known\/acme-challenge\//i.test(file.sitePath)) {
    return [
      problem(
        1,
        "would answer a certificate authority's challenge, claiming the site's domain",
        "no file under .well-known/acme-challenge/: certificates are the host's business",
      ),
    ];
  }
  const size = stats.size;
  if (size > MAX_FILE_BYTES) {
    return [
      problem(
        1,
        `is ${(size / 2 ** 20).toFixed(1)} MiB, more than a host serves`,
        "at most 25 MiB a file: link to large files hosted elsewhere",
      ),
    ];
  }
  const name = path.posix.basename(file.sitePath);
  const type = fileTypeOf(name);
  if (!type || !PUBLIC_FILE_TYPES[type]) {
    const why = type
      ? `is a ${name.slice(-type.length)} file, a type the site does not publish`
      : `has no file type (${name.endsWith(".") ? "its name ends in a dot" : "no extension"})`;
    return [problem(1, `${why}: a host may serve it as anything, even as a page`, PUBLIC_TYPES_EXPECTED)];
  }
  const tooManyPixels = checkPixelCount(file.sitePath);
  if (tooManyPixels) return [problem(1, tooManyPixels.message, tooManyPixels.expected)];
  if (!SCANNED_TYPES.has(type)) return [];
  const extension = name.slice(-type.length);
  // A host's rules for .svg (the file policy) match the lower-case name only.
  if (extension !== type) {
    return [
      problem(
        1,
        `has the extension ${extension}, which the host's rules for ${type} files do not match`,
        `the same name ending in ${type}`,
      ),
    ];
  }
  const text = readFileSync(file.full, "utf8");
  // An SVG is served as XML, where it is read strictly; an .html file is read as HTML.
  const findings: ScriptFinding[] = type === ".svg" ? findScriptsInXml(text) : findScriptsInHtml(text);
  const expected =
    type === ".svg"
      ? "an SVG of shapes, text and images only: no script, event handler, script URL or foreignObject"
      : "a document with no script, event handler, script URL or frame: the site's pages are written as posts";
  return findings.map(({ line, what, unreadable }) =>
    unreadable
      ? problem(line, `is ${what}: it cannot be checked for scripts`, "XML a browser reads without error")
      : problem(line, `holds ${what}`, expected),
  );
}
