/** Post-export step: the Pagefind index of every element marked data-pagefind-body, into <site>/pagefind/. */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { getContentPages } from "../../lib/pages/pages";
import { getAllPosts } from "../../lib/collection/posts";
import { site } from "../../lib/site";
import type { PostExportStep } from "../export/step";

export const searchIndexStep: PostExportStep = {
  name: "search index (Pagefind)",
  async run(siteDir) {
    try {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: site.language.split("-")[0] });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
      const added = await index.addDirectory({ path: siteDir });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
      const outputPath = path.join(siteDir, "pagefind");
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      // Only what the search page loads stays (PUBLISHED).
      for (const name of readdirSync(outputPath))
        if (!PUBLISHED.test(name)) rmSync(path.join(outputPath, name), { recursive: true });
      const indexed = countIndexedPages(outputPath);
      // Every post and page must be findable; fewer means a page lost its data-pagefind-body mark.
      const listed = getAllPosts().length + getContentPages().length;
      if (indexed < listed)
        throw new Error(`Pagefind indexed ${indexed} pages, but ${listed} posts and pages are published`);
      console.log(`  indexed ${indexed} post and content pages of ${added.page_count} pages`);
    } finally {
      await pagefind.close();
    }
  },
};

// What the search page loads (lib/browser/pagefind-client.ts): not Pagefind's own UI (434 kB).
const PUBLISHED =
  /^(pagefind(-worker)?\.js|pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|wasm\.[\w-]+\.pagefind|fragment|index|filter)$/;

function countIndexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(path.join(outputPath, "pagefind-entry.json"), "utf8")) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}
