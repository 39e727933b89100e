/**
 * Post-export step: draw a social card for every post without an image (and one for the site), into
 * <site>/og/. Cards are kept in .cache/social-cards/, named by their text and the code and fonts that draw
 * them, so a rebuild only draws what changed; many cards are drawn by one child process per core.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { site } from "../../lib/site";
import { listSocialCards, type SocialCard } from "../../lib/seo/social-images";
import type { PostExportStep } from "../export/step";
import { renderCardsInto } from "./social-card-render";
import { env } from "../../lib/env";
import { hashSources, usableCacheFolder } from "../../lib/cache-folder";

// Below this many cards, starting child processes costs more than it saves.
const CARDS_PER_WORKER = 40;

export const socialImagesStep: PostExportStep = {
  name: "social images",
  async run(siteDir) {
    const cacheDir = usableCacheFolder(env.socialCardCacheDir);
    const jobs = listSocialCards().map((card) => ({ card, cacheFile: path.join(cacheDir, `${cacheKey(card)}.png`) }));
    const missing = jobs.filter((job) => !existsSync(job.cacheFile));
    mkdirSync(cacheDir, { recursive: true });
    const started = Date.now();
    await drawCards(missing);
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

async function drawCards(jobs: { card: SocialCard; cacheFile: string }[]): Promise<void> {
  const workers = Math.min(availableParallelism(), Math.floor(jobs.length / CARDS_PER_WORKER));
  if (workers <= 1) return renderCardsInto(jobs);
  const chunks = Array.from({ length: workers }, (_, worker) => jobs.filter((_, index) => index % workers === worker));
  await Promise.all(chunks.map(runWorker));
}

// The child runs under the same TypeScript loader as this process (tsx), reading its jobs from stdin.
function runWorker(jobs: { card: SocialCard; cacheFile: string }[]): Promise<void> {
  const script = fileURLToPath(new URL("./social-card-worker.ts", import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script], { stdio: ["pipe", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`drawing social cards failed (worker exited with ${code})`)),
    );
    child.stdin.end(JSON.stringify(jobs));
  });
}
