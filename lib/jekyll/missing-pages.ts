import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseFrontMatter, YamlSyntaxError } from "../front-matter";
import { resolveLiquid } from "../liquid";
import { renderMarkdown } from "../markdown";
import { normaliseSitePath } from "../site-paths";
import type { ImportContext, ImportNote } from "./import-site";

// Paths the site builds itself, whatever was imported: they are checked by `npm run check`, not here.
const SITE_ROUTES = /^\/(tags|archive|events|speakers|sponsors|search|posts)\/|^\/$/;

/**
 * Links in the imported files to pages the old site did not have either: no page or redirect of the import
 * answers them and no file of the old site is there. They are broken on the old site today, and
 * `npm run check` names them too; the report lists them beside the images the old site lacks.
 */
export function findLinksToMissingPages(context: ImportContext): ImportNote[] {
  const answered = new Set([...context.answered].map((url) => normaliseSitePath(url)));
  const notes: ImportNote[] = [];
  for (const { file, text } of context.written) {
    let parsed;
    try {
      parsed = parseFrontMatter(text);
    } catch (error) {
      if (error instanceof YamlSyntaxError) continue; // Reported already, with its line.
      throw error;
    }
    const { internalLinks } = renderMarkdown(resolveLiquid(parsed.body).body);
    for (const link of internalLinks) {
      const target = normaliseSitePath(link.path).replace(/\/index\.html$/, "/");
      if (SITE_ROUTES.test(target) || answered.has(target) || isOldSiteFile(context.root, link.path)) continue;
      notes.push({
        file,
        line: parsed.bodyLine + link.line - 1,
        text: `the link to ${link.path} leads to no page of the old site either`,
        path: target,
      });
    }
  }
  return notes;
}

function isOldSiteFile(root: string, sitePath: string): boolean {
  const bare = decodeURI(sitePath.split(/[?#]/)[0] ?? "");
  const file = path.resolve(root, `.${bare}`);
  return file.startsWith(path.resolve(root) + path.sep) && existsSync(file) && statSync(file).isFile();
}
