import { readFileSync, writeFileSync } from "node:fs";
import escapeRegExp from "escape-string-regexp";
import type { ImportContext, ImportNote } from "./import-site";

const BASE_URL = String.raw`(?:\{\{-?\s*site\.baseurl\s*-?\}\})?`;

/**
 * Take links and images to what the old site lacked too out of the files this import wrote (`npm run check`
 * would refuse them): a link keeps its text, an image and a front-matter line naming one go.
 */
export function takeOutMissing(missing: readonly ImportNote[], context: ImportContext): void {
  for (const written of context.written) {
    const paths = missing.filter((note) => note.file === written.file && note.path).map((note) => note.path ?? "");
    if (paths.length === 0) continue;
    let text = written.text;
    for (const path of new Set(paths)) {
      const target = `${BASE_URL}(?:${[path, encodeURI(path)].map(escapeRegExp).join("|")})`;
      text = text
        .replace(new RegExp(String.raw`!\[[^\]\n]*\]\(\s*<?${target}>?(?:\s+"[^"\n]*")?\s*\)`, "g"), "")
        .replace(new RegExp(String.raw`\[([^\]\n]*)\]\(\s*<?${target}>?(?:\s+"[^"\n]*")?\s*\)`, "g"), "$1")
        .replace(new RegExp(String.raw`<img\b[^>]*\ssrc\s*=\s*["']${target}["'][^>]*>`, "gi"), "")
        .replace(new RegExp(String.raw`\s(?:href|src)\s*=\s*["']${target}["']`, "gi"), "");
      // A front-matter field or list item naming it (image:, a speaker's photo:) goes with its line.
      const end = text.startsWith("---\n") ? text.indexOf("\n---", 3) + 1 : 0;
      const field = new RegExp(String.raw`^[ \t]*(?:[\w-]+:|-)[ \t]*(["']?)${target}\1[ \t]*\n`, "gm");
      text = text.slice(0, end).replace(field, "") + text.slice(end);
    }
    const current = readFileSync(written.destination, "utf8");
    // What this run wrote is fixed; a file the last run wrote and fixed the same way is unchanged; any other
    // file that differs is the editor's, left as it was (reported by writeImported).
    if (current === written.text) writeFileSync(written.destination, text);
    else if (current === text) {
      const report = context.report;
      report.notCarriedOver = report.notCarriedOver.filter(
        (note) => note.file !== written.file || !/not overwritten/.test(note.text),
      );
      report.unchanged.push(written.file);
    }
    written.text = text;
  }
}
