import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderRedirectPage, renderRedirectsFile } from "../../lib/redirects/redirect-page";
import { getRedirectTable, type Redirect } from "../../lib/redirects/redirects";

/** Post-export step: a redirect page at every old path, and `_redirects`; stops where one would overwrite a file. */
export function writeRedirectFiles(siteDir: string, redirects: readonly Redirect[] = getRedirectTable()): void {
  // A file system that ignores letter case finds the page itself at a case-only alias: it answers already.
  const written = redirects
    .map((redirect) => {
      // The file that answers an old path: `<from>/index.html`, or exactly the path for `/old.html`.
      const relative = redirect.from.endsWith("/") ? `${redirect.from}index.html` : redirect.from;
      return { redirect, file: path.join(siteDir, ...relative.split("/").filter(Boolean)) };
    })
    .filter(({ redirect, file }) => !redirect.letterCaseOnly || !existsSync(file));
  const clashes = written
    .filter(({ file }) => existsSync(file))
    .map(({ redirect, file }) => {
      const { file: source, line, field } = redirect.source;
      return `${source}:${line}: ${field}: "${redirect.from}" would overwrite ${path.relative(siteDir, file)} in the export (an old path no file of the site uses)`;
    });
  if (clashes.length > 0) throw new Error(clashes.join("\n"));
  for (const { redirect, file } of written) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, renderRedirectPage(redirect));
  }
  // Hosts may match _redirects whatever the letter case; the alias's own file answers there.
  const hostRules = redirects.filter((redirect) => !redirect.letterCaseOnly);
  writeFileSync(path.join(siteDir, "_redirects"), renderRedirectsFile(hostRules));
}
