/**
 * Post-export step: a social card for every post without an image, and the site's, kept in .cache/social-cards/.
 * Drawn one after another: child processes were slower (80 cards: 28-32 s against 12-23 s, issue 23).
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { site } from "../../lib/site";
import { listSocialCards, type SocialCard } from "../../lib/seo/social-images";
import type { PostExportStep } from "../export/step";
import { renderSocialCard } from "../../lib/seo/social-card";
import { env } from "../../lib/env";
import { hashSources, usableCacheFolder } from "../../lib/cache-folder";

export const socialImagesStep: PostExportStep = {
  name: "social images",
  async run(siteDir) {
    const cacheDir = usableCacheFolder(env.socialCardCacheDir);
    const jobs = listSocialCards().map((card) => ({ card, cacheFile: path.join(cacheDir, `${cacheKey(card)}.png`) }));
    const missing = jobs.filter((job) => !existsSync(job.cacheFile));
    mkdirSync(cacheDir, { recursive: true });
    const started = Date.now();
    for (const job of missing) {
      // Written to a temporary name first, so that a crash leaves no half file in the cache.
      const temporary = `${job.cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, await renderSocialCard(job.card));
      renameSync(temporary, job.cacheFile);
    }
    if (missing.length > 0) {
      const each = ((Date.now() - started) / missing.length).toFixed(1);
      console.log(`  drew ${missing.length} of ${jobs.length} cards (${each} ms per card), the rest from cache`);
    }
    for (const job of jobs) {
      const target = path.join(siteDir, job.card.path);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(job.cacheFile, target);
    }
  },
};

// The card's text, and what draws it: lib/ (the design, the settings), this step, and the lockfile's fonts.
function cacheKey(card: SocialCard): string {
  return createHash("sha256")
    .update(hashSources(["lib", "pipeline/steps/render-social-cards.ts", "package-lock.json"]))
    .update(JSON.stringify([site.name, site.url, card.title, card.subtitle]))
    .digest("hex")
    .slice(0, 32);
}
