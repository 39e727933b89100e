/**
 * A seeded generator of synthetic posts for `npm run bench`: meetup writeups with speakers, sponsors,
 * photos, embeds, 1–4 tags out of about forty and a few drafts, plus some plain articles. Same seed,
 * same files. Images are picked from the ones committed under public/images/ so the content check passes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { FILLER, FIRST_NAMES, LAST_NAMES, MONTHS, ORGS, SPONSORS, SUBJECTS, TAGS, VENUES, VERBS } from "./corpus-words";
import { createRandom, type Random } from "./random";

/**
 * How posts name sponsors: "off" (none), "inline" ({ name, url, level } objects that need no registry),
 * or "registry" (names read from data/sponsors.json, which must then exist).
 */
export type SponsorMode = "off" | "inline" | "registry";

export type CorpusOptions = { directory: string; size: number; seed: number; sponsors: SponsorMode };

const FIRST_DAY = Date.UTC(2015, 0, 7);
const LAST_DAY = Date.UTC(2026, 9, 28);
const DAY_MS = 86_400_000;

/** Write `size` posts into `directory` (emptied first); returns how many are drafts. */
export function generateCorpus({ directory, size, seed, sponsors }: CorpusOptions): { drafts: number } {
  const random = createRandom(seed);
  const images = listImages("images");
  const photos = listImages("images/speakers");
  const sponsorPool = sponsorsFor(sponsors);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  let drafts = 0;
  let previous: string | undefined;
  for (let index = 0; index < size; index += 1) {
    const day = new Date(FIRST_DAY + Math.floor(((LAST_DAY - FIRST_DAY) / DAY_MS) * (index / size)) * DAY_MS);
    const dateKey = day.toISOString().slice(0, 10);
    const meetup = random.chance(0.85);
    const slug = `${meetup ? "cloud-native-london" : "notes"}-${dateKey.slice(0, 7)}-${String(index).padStart(5, "0")}`;
    const published = !random.chance(0.03);
    const context = { random, day, dateKey, images, photos, sponsorPool, previous };
    const { frontMatter, body } = meetup ? meetupPost(context) : article(context);
    if (!published) frontMatter.published = false;
    writeFileSync(path.join(directory, `${dateKey}-${slug}.md`), `---\n${toYaml(frontMatter)}---\n\n${body}\n`);
    if (published) previous = slug;
    else drafts += 1;
  }
  return { drafts };
}

type Context = {
  random: Random;
  day: Date;
  dateKey: string;
  images: string[];
  photos: string[];
  sponsorPool: (string | Record<string, string>)[];
  previous: string | undefined;
};
type Generated = { frontMatter: Record<string, unknown>; body: string };

function meetupPost({ random, day, dateKey, images, photos, sponsorPool, previous }: Context): Generated {
  const month = `${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  const speakers = Array.from({ length: random.int(2, 3) }, () => speaker(random, photos));
  const subjects = speakers.map((entry) => entry.subject);
  const sponsors = sponsorPool.length > 0 ? random.sample(sponsorPool, random.int(1, 3)) : [];
  const { venue, address } = random.pick(VENUES);
  const frontMatter: Record<string, unknown> = {
    title: `Cloud Native London, ${month}: ${subjects.slice(0, 2).join(" and ")}`,
    description: `${[...new Set(speakers.map((entry) => entry.org))].join(", ")} on ${subjects.join(", ")}.`,
    image: random.pick(images),
    tags: ["Meetup", ...random.sample(TAGS.slice(1), random.int(0, 3), true)],
    location: "London, UK",
    event: {
      date: dateKey,
      start: "18:30",
      end: "21:00",
      venue,
      address,
      rsvp: "https://www.meetup.com/Cloud-Native-London/",
    },
    speakers: speakers.map(({ subject: _subject, ...entry }) => entry),
  };
  if (sponsors.length > 0) frontMatter.sponsors = sponsors;
  if (random.chance(0.2)) frontMatter.video = `https://www.youtube.com/watch?v=${videoId(random)}`;
  if (random.chance(0.15)) frontMatter.slides = `https://speakerdeck.com/cnl/${dateKey}`;
  if (random.chance(0.2)) {
    const next = new Date(day.getTime() + 35 * DAY_MS).toISOString().slice(0, 10);
    frontMatter.next_meetup = {
      date: `${next} 18:30`,
      speakers: random.sample(ORGS, 2),
      rsvp: "https://www.meetup.com/Cloud-Native-London/",
    };
  }
  const sections = speakers.map((entry) => speakerSection(random, entry));
  const hosts = random.sample(SPONSORS, 2).map((sponsor) => `[${sponsor.name}](${sponsor.url})`);
  const thanks = `Thank you to ${hosts.join(" and ")}, who make these evenings free to attend.`;
  const outro = previous
    ? `Missed last time? Read [the previous writeup](/posts/${previous}/).`
    : "This was our first meetup.";
  return {
    frontMatter,
    body: [paragraph(random, 4), thanks, ...sections, "## See you next month", outro].filter(Boolean).join("\n\n"),
  };
}

function article({ random, images, previous }: Context): Generated {
  const subject = random.pick(SUBJECTS);
  const frontMatter: Record<string, unknown> = {
    title: `Notes on ${subject}`,
    tags: random.sample(TAGS.slice(1), random.int(1, 4), true),
  };
  if (random.chance(0.6)) frontMatter.image = random.pick(images);
  const related = previous ? `\n\nSee also [an earlier post](/posts/${previous}/).` : "";
  const table = `| Tool | Purpose |\n| --- | --- |\n${random
    .sample(TAGS.slice(10, 30), 4)
    .map((tag) => `| ${tag} | ${random.pick(FILLER)} |`)
    .join("\n")}`;
  return {
    frontMatter,
    body: `${paragraph(random, 5)}\n\n## Why ${subject}\n\n${paragraph(random, 6)}\n\n${table}\n\n${paragraph(random, 4)}${related}`,
  };
}

type GeneratedSpeaker = {
  name: string;
  org: string;
  talk: string;
  photo: string;
  takeaways: string[];
  subject: string;
};

function speaker(random: Random, photos: string[]): GeneratedSpeaker {
  const subject = random.pick(SUBJECTS);
  const org = random.pickSkewed(ORGS);
  return {
    name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
    org,
    talk: `${subject[0]?.toUpperCase()}${subject.slice(1)} at ${org}`,
    photo: random.pick(photos),
    takeaways: random.sample(FILLER, 3),
    subject,
  };
}

function speakerSection(random: Random, entry: GeneratedSpeaker): string {
  const parts = [
    `## ${entry.talk}`,
    `![${entry.name}](${entry.photo})`,
    `${entry.name} of ${entry.org} ${random.pick(VERBS)} ${entry.subject}:`,
    entry.takeaways.map((line) => `- ${line};`).join("\n"),
    paragraph(random, 3),
  ];
  if (random.chance(0.25))
    parts.push("```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: demo\nspec:\n  replicas: 3\n```");
  if (random.chance(0.3))
    parts.push(
      `<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/${videoId(random)}" title="${entry.talk}" allowfullscreen></iframe>`,
    );
  else if (random.chance(0.1))
    parts.push(
      `<iframe src="https://speakerdeck.com/player/${videoId(random)}" title="Slides: ${entry.talk}"></iframe>`,
    );
  return parts.join("\n\n");
}

function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => {
    const sentence = `${random.pick(FIRST_NAMES)} ${random.pick(VERBS)} ${random.pick(SUBJECTS)}, and ${random.pick(FILLER)}`;
    return `${sentence[0]?.toUpperCase()}${sentence.slice(1)}.`;
  }).join(" ");
}

function videoId(random: Random): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  return Array.from({ length: 11 }, () => random.pick([...alphabet])).join("");
}

function listImages(folder: string): string[] {
  const names = readdirSync(path.join("public", folder)).filter((name) => /\.(jpe?g|png|webp)$/i.test(name));
  if (names.length === 0) throw new Error(`no images in public/${folder}/ to reference`);
  return names.sort().map((name) => `/${folder}/${name}`);
}

function sponsorsFor(mode: SponsorMode): (string | Record<string, string>)[] {
  if (mode === "off") return [];
  if (mode === "inline") return SPONSORS.map((sponsor) => ({ ...sponsor, level: "Community" }));
  const registry = path.join("data", "sponsors.json");
  if (!existsSync(registry)) throw new Error(`--sponsors registry needs ${registry}; use --sponsors off or inline`);
  const data: unknown = JSON.parse(readFileSync(registry, "utf8"));
  // The registry is a list of { name, ... } or strings, or an object keyed by name.
  const entries: unknown[] = Array.isArray(data) ? data : Object.keys(data as Record<string, unknown>);
  const names = entries.flatMap((entry) => {
    const name = typeof entry === "string" ? entry : (entry as { name?: unknown } | null)?.name;
    return typeof name === "string" ? [name] : [];
  });
  if (names.length === 0) throw new Error(`${registry} names no sponsors`);
  return names;
}

function toYaml(data: Record<string, unknown>): string {
  // YAML 1.1, as the site reads it, so "18:30" and "2018" stay quoted text.
  return stringify(data, { version: "1.1", lineWidth: 0 });
}
