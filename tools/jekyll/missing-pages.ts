import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { normaliseSitePath, pathKey } from "../../lib/content/path-syntax";
import { findLinkOnTheWay } from "../../lib/content/symbolic-links";
import { splitFile, bodyLineOf } from "./convert-body";
import type { ImportContext, ImportNote } from "./import-site";

// Root-relative links in Markdown and HTML, read from the text: rendering every file again would double
// the import's time on a big site, and `npm run check` reads the rendered links anyway.
const LINK = /\]\(\s*<?(\/(?!\/)[^()<>\n"]*?)>?(?:\s+"[^"\n]*")?\s*\)|\shref\s*=\s*["'](\/(?!\/)[^"'\s]*)["']/g;
const FENCE = /^(```|~~~)[\s\S]*?^\1/gm;

// Paths the site builds itself, whatever was imported: they are checked by `npm run check`, not here.
const SITE_ROUTES = /^\/(tags|archive|events|speakers|sponsors|search|posts)\/|^\/$/;

/** Links in the imported files to pages the old site did not have either: broken there today too. */
export function findLinksToMissingPages(context: ImportContext): ImportNote[] {
  const notes: ImportNote[] = [];
  for (const { file, text } of context.written) {
    const { frontMatter, body } = splitFile(text);
    const firstLine = frontMatter === undefined ? 1 : bodyLineOf(frontMatter);
    const prose = body.replace(FENCE, (block) => block.replace(/[^\n]/g, " "));
    for (const match of prose.matchAll(LINK)) {
      const href = match[1] ?? match[2] ?? "";
      const extension = /\.([a-z0-9]+)$/i.exec(href.split(/[?#]/)[0] ?? "")?.[1];
      // Images and files are the asset copier's to report; pages have no extension or .html.
      if (extension && !/^html?$/i.test(extension)) continue;
      const target = normaliseSitePath(href).replace(/\/index\.html$/, "/");
      if (SITE_ROUTES.test(target) || context.claims.has(pathKey(target)) || isOldSiteFile(context.root, href))
        continue;
      notes.push({
        file,
        line: firstLine + (prose.slice(0, match.index).match(/\n/g)?.length ?? 0),
        text: `the link to ${href} leads to no page of the old site either: the link is taken out, its text kept`,
        path: href,
      });
    }
  }
  return notes;
}

function isOldSiteFile(root: string, sitePath: string): boolean {
  const bare = decodeURI(sitePath.split(/[?#]/)[0] ?? "");
  const file = path.resolve(root, `.${bare}`);
  if (!file.startsWith(path.resolve(root) + path.sep) || findLinkOnTheWay(root, file)) return false;
  return existsSync(file) && statSync(file).isFile();
}
