import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "../content/content-error";
import { listPublicFiles, publicDirectories, type PublicFile } from "../public-files";
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
const NO_DOT = "a file whose name does not start with a dot";
const NO_CHALLENGE = "no file under .well-known/acme-challenge/: certificates are the host's business";
const TOO_LARGE = "at most 25 MiB a file: link to large files hosted elsewhere";

/** Every problem with the files under public/ that the build would publish. */
export function checkPublicFiles(): ContentProblem[] {
  return publicDirectories().flatMap((directory) =>
    isSymbolicLink(directory)
      ? [symbolicLinkProblem(directory)]
      : listPublicFiles([directory]).flatMap(checkPublicFile),
  );
}

/**
 * The files of public/ where the build writes a file or needs a folder (Next would stop, or one would be lost),
 * but those in `reported`. Needs the site's pages, so valid posts.
 */
export function checkPublicClashes(reported: ReadonlySet<string>): ContentProblem[] {
  const index = indexFiles(getSiteFiles());
  return listPublicFiles().flatMap((file) => {
    const clash = reported.has(file.shown) ? undefined : findFileClash(file.sitePath, index, "public file");
    const expected = "a path the site's pages, feeds and scripts do not use, such as /images/ or /files/";
    return clash ? [problem(file, 1, `is served at ${file.sitePath}, where the export has ${clash}`, expected)] : [];
  });
}

function checkPublicFile(file: PublicFile): ContentProblem[] {
  if (isSymbolicLink(file.full)) return [symbolicLinkProblem(file.full, file.shown)];
  const refused = refuseFile(file);
  if (refused) return [problem(file, 1, ...refused)];
  const type = fileTypeOf(path.posix.basename(file.sitePath)) ?? "";
  if (!SCANNED_TYPES.has(type)) return [];
  const text = readFileSync(file.full, "utf8");
  // An SVG is served as XML, where it is read strictly; an .html file is read as HTML.
  const findings: ScriptFinding[] = type === ".svg" ? findScriptsInXml(text) : findScriptsInHtml(text);
  const expected =
    type === ".svg"
      ? "an SVG of shapes, text and images only: no script, event handler, script URL or foreignObject"
      : "a document with no script, event handler, script URL or frame: the site's pages are written as posts";
  return findings.map(({ line, what, unreadable }) =>
    unreadable
      ? problem(file, line, `is ${what}: it cannot be checked for scripts`, "XML a browser reads without error")
      : problem(file, line, `holds ${what}`, expected),
  );
}

function problem(file: PublicFile, line: number, message: string, expected: string): ContentProblem {
  return { file: file.shown, line, field: "file", message, expected, severity: "error" };
}

// Why the build must not publish the file as it is, as [message, expected]; undefined when it may.
function refuseFile(file: PublicFile): [message: string, expected: string] | undefined {
  const stats = lstatSync(file.full);
  if (!stats.isFile()) return ["is not a regular file", "a file or a folder"];
  const [top = "", ...rest] = file.sitePath.slice(1).split("/");
  if (top.startsWith("_")) {
    const belongs = rest.length === 0 ? HOST_NAMES[top.toLowerCase()] : undefined;
    return [`${top} would be read by the host as its own configuration`, belongs ?? HOST_NAME_EXPECTED];
  }
  const hidden = file.sitePath.split("/").find((segment) => segment.startsWith("."));
  if (hidden && hidden !== ".well-known")
    return [`${hidden} is a hidden file, which hosts read as configuration (.htaccess) or skip`, NO_DOT];
  if (/^\/\.well-known\/acme-challenge\//i.test(file.sitePath))
    return ["would answer a certificate authority's challenge, claiming the site's domain", NO_CHALLENGE];
  if (stats.size > MAX_FILE_BYTES)
    return [`is ${(stats.size / 2 ** 20).toFixed(1)} MiB, more than a host serves`, TOO_LARGE];
  const name = path.posix.basename(file.sitePath);
  const type = fileTypeOf(name);
  if (!type || !PUBLIC_FILE_TYPES[type]) {
    const why = type
      ? `is a ${name.slice(-type.length)} file, a type the site does not publish`
      : `has no file type (${name.endsWith(".") ? "its name ends in a dot" : "no extension"})`;
    return [`${why}: a host may serve it as anything, even as a page`, PUBLIC_TYPES_EXPECTED];
  }
  const tooManyPixels = checkPixelCount(file.sitePath);
  if (tooManyPixels) return [tooManyPixels.message, tooManyPixels.expected];
  const extension = name.slice(-type.length);
  // A host's rules for .svg (the file policy) match the lower-case name only.
  if (SCANNED_TYPES.has(type) && extension !== type)
    return [
      `has the extension ${extension}, which the host's rules for ${type} files do not match`,
      `the same name ending in ${type}`,
    ];
  return undefined;
}
