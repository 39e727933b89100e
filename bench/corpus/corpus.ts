/**
 * A seeded generator of synthetic posts for `npm run bench`: meetup writeups with speakers, sponsors,
 * photos, embeds, 1–4 tags out of about forty and a few drafts, plus some plain articles. Same seed,
 * same files. Images are picked from the ones committed under public/images/ so the content check passes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { article, meetupPost } from "./corpus-posts";
import { SPONSORS } from "./corpus-words";
import { createRandom } from "./random";
import { readSponsorRegistry } from "../../lib/meetups/sponsors";
import { env } from "../../lib/env";

/**
 * How posts name sponsors: "off" (none), "inline" ({ name, url, level } objects that need no registry),
 * or "registry" (names read from the sponsors registry, data/sponsors.yml).
 */
export type SponsorMode = "off" | "inline" | "registry";

export type CorpusOptions = {
  directory: string;
  size: number;
  seed: number;
  sponsors: SponsorMode;
  /** Event photos to share out, two to ten a writeup, among the first writeups; none by default. */
  eventPhotos?: readonly string[];
};

const FIRST_DAY = Date.UTC(2015, 0, 7);
const LAST_DAY = Date.UTC(2026, 9, 28);
const DAY_MS = 86_400_000;

/** Write `size` posts into `directory` (emptied first); returns how many are drafts. */
export function generateCorpus({ directory, size, seed, sponsors, eventPhotos = [] }: CorpusOptions): {
  drafts: number;
} {
  const random = createRandom(seed);
  const images = listImages("images");
  const photos = listImages("images/speakers");
  const sponsorPool = sponsorsFor(sponsors);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  let drafts = 0;
  let previous: string | undefined;
  let nextPhoto = 0;
  for (let index = 0; index < size; index += 1) {
    const day = new Date(FIRST_DAY + Math.floor(((LAST_DAY - FIRST_DAY) / DAY_MS) * (index / size)) * DAY_MS);
    const dateKey = day.toISOString().slice(0, 10);
    const meetup = random.chance(0.85);
    const slug = `${meetup ? "cloud-native-london" : "notes"}-${dateKey.slice(0, 7)}-${String(index).padStart(5, "0")}`;
    const published = !random.chance(0.03);
    // Drawn from the random source only while photos are left, so a corpus without them stays as it was.
    const count = meetup && nextPhoto < eventPhotos.length ? random.int(2, 10) : 0;
    const gallery = eventPhotos.slice(nextPhoto, nextPhoto + count);
    nextPhoto += gallery.length;
    const context = { random, day, dateKey, images, photos, gallery, sponsorPool, previous };
    const { frontMatter, body } = meetup ? meetupPost(context) : article(context);
    if (!published) frontMatter.published = false;
    writeFileSync(path.join(directory, `${dateKey}-${slug}.md`), `---\n${toYaml(frontMatter)}---\n\n${body}\n`);
    if (published) previous = slug;
    else drafts += 1;
  }
  return { drafts };
}

function listImages(folder: string): string[] {
  const names = readdirSync(path.join(env.publicDir, folder)).filter((name) => /\.(jpe?g|png|webp)$/i.test(name));
  if (names.length === 0) throw new Error(`no images in ${path.join(env.publicDir, folder)}/ to reference`);
  return names.sort().map((name) => `/${folder}/${name}`);
}

function sponsorsFor(mode: SponsorMode): (string | Record<string, string>)[] {
  if (mode === "off") return [];
  if (mode === "inline") return SPONSORS.map((sponsor) => ({ ...sponsor, level: "Community" }));
  const registry = readSponsorRegistry();
  const names = registry.sponsors.map((sponsor) => sponsor.name);
  if (names.length === 0) throw new Error(`${registry.file} names no sponsors; use --sponsors off or inline`);
  return names;
}

function toYaml(data: Record<string, unknown>): string {
  // YAML 1.1, as the site reads it, so "18:30" and "2018" stay quoted text.
  return stringify(data, { version: "1.1", lineWidth: 0 });
}
