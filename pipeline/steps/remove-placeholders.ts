import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { PLACEHOLDER_PARAM } from "../../lib/lists/static-params";
import type { PostExportStep } from "../export/step";

/** Delete what routes with nothing to build exported for their placeholder param (lib/lists/static-params.ts). */
export const removePlaceholders: PostExportStep = {
  name: "remove placeholders of empty routes",
  run(siteDir) {
    for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true }))
      if (entry.name.startsWith(PLACEHOLDER_PARAM))
        rmSync(path.join(entry.parentPath, entry.name), { recursive: true, force: true });
  },
};
