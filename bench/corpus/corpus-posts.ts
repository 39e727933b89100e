/** The shapes of the synthetic posts `npm run bench` writes (see bench/corpus/corpus.ts). */
import { FILLER, FIRST_NAMES, LAST_NAMES, MONTHS, ORGS, SPONSORS, SUBJECTS, TAGS, VENUES, VERBS } from "./corpus-words";
import type { Random } from "./random";
import { postPath } from "../../lib/site";

const DAY_MS = 86_400_000;

/** What one generated post may draw on. */
export type Context = {
  random: Random;
  day: Date;
  dateKey: string;
  images: string[];
  photos: string[];
  /** Event photos for this writeup's gallery (bench/corpus/corpus-photos.ts); often none. */
  gallery: string[];
  sponsorPool: (string | Record<string, string>)[];
  previous: string | undefined;
};
/** A generated post: front matter to write as YAML, and the Markdown body. */
export type Generated = { frontMatter: Record<string, unknown>; body: string };

/** A meetup writeup: event, two or three speakers with photos, takeaways and embeds, sponsors, tags. */
export function meetupPost({
  random,
  day,
  dateKey,
  images,
  photos,
  gallery,
  sponsorPool,
  previous,
}: Context): Generated {
  const month = `${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  const speakers: GeneratedSpeaker[] = [];
  // One talk per speaker per meetup, as the content check requires.
  for (const count = random.int(2, 3); speakers.length < count;) {
    const candidate = speaker(random, photos);
    if (!speakers.some((entry) => entry.name === candidate.name)) speakers.push(candidate);
  }
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
    ? `Missed last time? Read [the previous writeup](${postPath(previous)}).`
    : "This was our first meetup.";
  const pictures = gallery.map((src, index) => `![The evening, photo ${index + 1} of ${gallery.length}](${src})`);
  return {
    frontMatter,
    body: [paragraph(random, 4), thanks, ...sections, pictures.join("\n"), "## See you next month", outro]
      .filter(Boolean)
      .join("\n\n"),
  };
}

/** A plain article: a few paragraphs, a table, 1–4 tags, often a photo. */
export function article({ random, images, previous }: Context): Generated {
  const subject = random.pick(SUBJECTS);
  const frontMatter: Record<string, unknown> = {
    title: `Notes on ${subject}`,
    tags: random.sample(TAGS.slice(1), random.int(1, 4), true),
  };
  if (random.chance(0.6)) frontMatter.image = random.pick(images);
  const related = previous ? `\n\nSee also [an earlier post](${postPath(previous)}).` : "";
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
