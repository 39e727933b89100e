import { buildMeetups, type Meetup } from "../meetups/meetups";
import type { Post } from "../content/post-file";
import { getAllPosts, readPostCollection } from "./posts";
import { buildSpeakerIndex, type SpeakerProfile } from "../meetups/speakers";
import { readSponsorRegistry, resolveSponsor, type Sponsor, type SponsorRegistry } from "../meetups/sponsors";
import { tagSlug } from "../content/tags";

/** A sponsor with the meetups (writeups) that thank them, newest first. */
export type SponsorProfile = Sponsor & { posts: Post[] };

/** Meetups, speakers and sponsors across the whole site, built once from every listed post. */
export type MeetupIndex = { meetups: Meetup[]; speakers: SpeakerProfile[]; sponsors: SponsorProfile[] };

let memo: { posts: readonly Post[]; registry: SponsorRegistry; index: MeetupIndex } | undefined;

/** The site-wide index, computed once per build (and again in `next dev` only when posts or sponsors change). */
export function getMeetupIndex(): MeetupIndex {
  const collection = readPostCollection().posts;
  const registry = readSponsorRegistry();
  if (memo?.posts === collection && memo.registry === registry) return memo.index;
  const posts = getAllPosts();
  const index = {
    meetups: buildMeetups(posts),
    speakers: buildSpeakerIndex(posts),
    sponsors: buildSponsorIndex(posts, registry),
  };
  memo = { posts: collection, registry, index };
  return index;
}

/** A post's sponsors, resolved against data/sponsors.yml. */
export function getPostSponsors(post: Post, registry: SponsorRegistry = readSponsorRegistry()): Sponsor[] {
  // The build refuses unknown names, so the name-only fallback is for `next dev` between edits.
  return post.sponsors.map((entry) => {
    const name = typeof entry === "string" ? entry : entry.name;
    return resolveSponsor(entry, registry) ?? { name, slug: tagSlug(name) };
  });
}

/** The meetup on this day (YYYY-MM-DD), if any post describes one. */
export function getMeetupById(id: string): Meetup | undefined {
  return getMeetupIndex().meetups.find((meetup) => meetup.id === id);
}

/** The speaker with this slug. */
export function getSpeakerBySlug(slug: string): SpeakerProfile | undefined {
  return getMeetupIndex().speakers.find((speaker) => speaker.slug === slug);
}

function buildSponsorIndex(posts: readonly Post[], registry: SponsorRegistry): SponsorProfile[] {
  const profiles = new Map<string, SponsorProfile>(
    registry.sponsors.map((sponsor) => [sponsor.slug, { ...sponsor, posts: [] }]),
  );
  for (const post of posts) {
    for (const sponsor of getPostSponsors(post, registry)) {
      const profile = profiles.get(sponsor.slug) ?? { ...sponsor, posts: [] };
      if (!profile.posts.includes(post)) profile.posts.push(post);
      profiles.set(sponsor.slug, profile);
    }
  }
  return [...profiles.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}
