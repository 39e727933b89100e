import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BodyLimitError } from "../../lib/markdown/body-limits";
import { YamlSyntaxError } from "../../lib/content/front-matter";
import { listLocalAssets } from "../../lib/content/post-assets";
import type { ImportContext, ImportReport } from "./import-site";
import { findLinkOnTheWay } from "../../lib/content/symbolic-links";

/** Why a symbolic link is reported rather than followed. */
export const SYMBOLIC_LINK_NOTE =
  "it is a symbolic link, which the import never follows (it could point to any file of this machine): copy the file itself in";

/** Write an imported file unless one is there (identical: unchanged; else reported), then copy the files it uses. */
export function writeImported(
  destination: string,
  shown: string,
  text: string,
  context: ImportContext,
  imported = context.report.imported,
): void {
  const { report } = context;
  context.written.push({ file: shown, text, destination });
  if (existsSync(destination)) {
    if (readFileSync(destination, "utf8") === text) report.unchanged.push(shown);
    else
      report.notCarriedOver.push({ file: shown, text: "already exists and differs: left as it was, not overwritten" });
  } else {
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, text);
    imported.push(shown);
  }
  copyReferencedFiles(text, shown, context.root, context.target.publicDir, report);
}

/** Copy the local files a post uses from the Jekyll site into `publicDir`, reporting what is missing or differs. */
function copyReferencedFiles(text: string, file: string, root: string, publicDir: string, report: ImportReport) {
  let assets;
  try {
    assets = listLocalAssets(text);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return; // Reported already, with its line.
    if (!(error instanceof BodyLimitError)) throw error;
    const text = `${error.message} (${error.expected}): the files it refers to are not copied; fix it by hand`;
    report.notCarriedOver.push({ file, line: error.line, text });
    return;
  }
  for (const asset of assets) {
    const from = path.resolve(root, `.${asset.path}`);
    const to = path.resolve(publicDir, `.${asset.path}`);
    const note = (text: string) => report.notCarriedOver.push({ file, line: asset.line, text });
    const inside = from.startsWith(path.resolve(root) + path.sep) && to.startsWith(path.resolve(publicDir) + path.sep);
    const link = inside ? (findLinkOnTheWay(root, from) ?? findLinkOnTheWay(publicDir, to)) : undefined;
    if (!inside) note(`${asset.path} points outside the site: not copied`);
    else if (link) note(`${asset.path} not copied: ${link} ${SYMBOLIC_LINK_NOTE.replace(/^it /, "")}`);
    else if (!existsSync(from) || !statSync(from).isFile()) {
      const text = `${asset.path} is not in the Jekyll site (${from}): taken out`;
      report.imagesMissing.push({ file, line: asset.line, text, path: asset.path });
    } else if (!existsSync(to)) {
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(from, to);
      report.imagesCopied.push(asset.path);
    } else if (!readFileSync(to).equals(readFileSync(from)))
      note(`public${asset.path} already exists and differs: kept as it was`);
  }
}
