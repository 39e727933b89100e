import { renameSync, writeFileSync } from "node:fs";
import { renderSocialCard } from "../../lib/seo/social-card";
import type { SocialCard } from "../../lib/seo/social-images";

/** Draw each card into its cache file; written to a temporary name first so a crash leaves no half file. */
export async function renderCardsInto(jobs: readonly { card: SocialCard; cacheFile: string }[]): Promise<void> {
  for (const job of jobs) {
    const temporary = `${job.cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, await renderSocialCard(job.card));
    renameSync(temporary, job.cacheFile);
  }
}
