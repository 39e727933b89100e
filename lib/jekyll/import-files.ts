import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { BodyLimitError } from "../body-limits";
import { YamlSyntaxError } from "../front-matter";
import { listLocalAssets } from "../post-assets";
import type { ImportReport } from "./import-site";

/**
 * Copy the local images and files a post refers to from the Jekyll site into `publicDir`, noting in the
 * report what was copied, what the Jekyll site lacks, and what already differs in public/.
 */
export function copyReferencedFiles(text: string, file: string, root: string, publicDir: string, report: ImportReport) {
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
    if (!from.startsWith(path.resolve(root) + path.sep) || !to.startsWith(path.resolve(publicDir) + path.sep)) {
      report.notCarriedOver.push({ file, line: asset.line, text: `${asset.path} points outside the site: not copied` });
    } else if (!existsSync(from) || !statSync(from).isFile()) {
      report.imagesMissing.push({ file, line: asset.line, text: `${asset.path} is not in the Jekyll site (${from})` });
    } else if (!existsSync(to)) {
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(from, to);
      report.imagesCopied.push(asset.path);
    } else if (!readFileSync(to).equals(readFileSync(from))) {
      report.notCarriedOver.push({
        file,
        line: asset.line,
        text: `public${asset.path} already exists and differs: kept as it was`,
      });
    }
  }
}
