import { cpSync, existsSync } from "node:fs";
import path from "node:path";
import { env } from "../../lib/env";
import type { PostExportStep } from "../export/step";

/**
 * Next always copies <project>/public into the export. A build with SITE_DIR (the test sites) reads its
 * images from that folder instead, so this step copies it over the export as well.
 */
export const copyPublicDir: PostExportStep = {
  name: "copy SITE_DIR's public/ into the export",
  run(siteDir) {
    const source = env.publicDir;
    if (source !== path.resolve("public") && existsSync(source)) cpSync(source, siteDir, { recursive: true });
  },
};
