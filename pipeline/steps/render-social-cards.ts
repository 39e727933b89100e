/**
 * Post-export step: draw a social card for every post without an image (and one for the site), into
 * <site>/og/. Cards are kept in .cache/social-cards/, named by their text and the code and fonts that draw
 * them, so a rebuild only draws what changed. Drawn here, one after another: child processes, one a core,
 * were slower (80 cards: 28-32 s against 12-23 s at load 20-30, issue 23), each loading tsx and the renderer.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { site } from "../../lib/site";
import { listSocialCards, type SocialCard } from "../../lib/seo/social-images";
import type { PostExportStep } from "../export/step";
import { renderCardsInto } from "./social-card-render";
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
    await renderCardsInto(missing);
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

// The card's text, and what draws it: lib/ (the design, the settings), the renderer, and the fonts and
// libraries the lockfile pins.
function cacheKey(card: SocialCard): string {
  return createHash("sha256")
    .update(hashSources(["lib", "pipeline/steps/social-card-render.ts", "package-lock.json"]))
    .update(JSON.stringify([site.name, site.url, card.title, card.subtitle]))
    .digest("hex")
    .slice(0, 32);
}
