/** `npm run new-post -- "Title"`: write posts/<today>-<slug>.md from the meetup template and print its path. */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { toDateKey } from "../lib/content/dates";
import { postPath, site } from "../lib/site";
import { tagSlug } from "../lib/content/tags";
import { env } from "../lib/env";

/** Why a new post was not written; the message says what to do instead. */
export class NewPostError extends Error {}

/** Write `<directory>/<today>-<slug>.md` from the meetup template; never overwrites a file or reuses a post's slug. */
export function createPost(title: string, directory: string, now = new Date()): string {
  const cleanTitle = title.trim().replace(/\s+/g, " ");
  if (!cleanTitle) throw new NewPostError(`Give the post a title: npm run new-post -- "${site.name} December 2026"`);
  const slug = tagSlug(cleanTitle);
  const file = path.join(directory, `${toDateKey(now)}-${slug}.md`);
  if (existsSync(file)) {
    throw new NewPostError(
      `${path.relative(process.cwd(), file) || file} already exists and was left as it is: edit it, or choose another title.`,
    );
  }
  const sameSlug = existsSync(directory)
    ? readdirSync(directory).find((name) => name.slice(11).replace(/\.(md|markdown)$/, "") === slug)
    : undefined;
  if (sameSlug) {
    throw new NewPostError(
      `${path.join(directory, sameSlug)} already has the URL ${postPath(slug)}: choose another title.`,
    );
  }
  writeFileSync(file, buildPostTemplate(cleanTitle, now), { flag: "wx" });
  return file;
}

/** The text of a new meetup post: valid as it is, with every optional field ready to uncomment. */
export function buildPostTemplate(title: string, now: Date): string {
  const today = toDateKey(now);
  const nextMonth = toDateKey(new Date(now.getTime() + 28 * 24 * 60 * 60 * 1000));
  // The defaults come from site.yml: where the meetup usually is, and where readers sign up.
  const location = site.location ? `location: ${JSON.stringify(site.location)}` : "# location: City, Country";
  const venue = site.venue?.name ?? "Venue name";
  const address = site.venue?.address ?? "Street, City";
  return `---
# The post's settings. A line starting with # is a comment: delete the "# " to use that field.
# CONTRIBUTING.md describes every field; npm run check says what is wrong and on which line.
title: ${JSON.stringify(title)}
# description: One line for lists, feeds and search results, at most 160 characters.
tags: [Meetup, "${today.slice(0, 4)}"]
${location}
# image: /images/${today}-photo.jpg  # the photo at the top; put the file in public/images/ first

# The meetup: when and where it happens, and where to sign up.
# event:
#   date: ${today}
#   start: "18:30"
#   end: "21:00"
#   venue: ${JSON.stringify(venue)}
#   address: ${JSON.stringify(address)}
#   rsvp: ${site.links.meetup}

# speakers:
#   - name: Speaker Name
#     org: Company
#     role: Job title
#     talk: Title of the talk
#     # photo: /images/speakers/speaker-name.jpg  # put the file in public/images/speakers/ first
#     # slides: https://speakerdeck.com/speaker/talk
#     # video: https://www.youtube.com/watch?v=VIDEO_ID
#     takeaways:
#       - One thing the audience took home

# Sponsors: a name from the sponsor list, or a name with a link as here.
# sponsors:
#   - name: Sponsor Name
#     url: https://sponsor.example/

# next_meetup:
#   date: ${nextMonth}
#   title: The next ${site.name}
#   speakers: [Speaker One, Speaker Two]
#   rsvp: ${site.links.meetup}
---

<!--
Write the post here, in Markdown, and delete this comment.
A photo: put the file in public/images/ and write ![What the photo shows](/images/your-photo.jpg)
See it: npm run dev, then open the post from http://localhost:3000/
-->
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(path.relative(process.cwd(), createPost(process.argv.slice(2).join(" "), env.postsDir)));
    console.log(
      "Next: fill it in (CONTRIBUTING.md lists every field), preview it with npm run dev, then run npm run check.",
    );
  } catch (error) {
    if (!(error instanceof NewPostError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
