import type { Post, PostSpeaker } from "../content/post-file";
import { tagSlug } from "../content/tags";

/** One talk a speaker gave, at the meetup a post writes up. */
export type SpeakerTalk = PostSpeaker & {
  post: Post;
  /** The talk's section on the writeup: "/posts/<slug>/#speaker-<speaker>". */
  url: string;
};

/** A person across every writeup: the latest details, and all their talks, newest first. */
export type SpeakerProfile = Pick<PostSpeaker, "name" | "org" | "role" | "photo"> & {
  slug: string;
  talks: SpeakerTalk[];
};

/** A speaker's id on a writeup, "speaker-luke-addison": no id of the page's own ("sponsors", "photos") starts so. */
export function speakerAnchor(name: string): string {
  return `speaker-${tagSlug(name)}`;
}

/** Every speaker across `posts` (newest first), one profile per person, sorted by name. */
export function buildSpeakerIndex(posts: readonly Post[]): SpeakerProfile[] {
  const profiles = new Map<string, SpeakerProfile>();
  for (const post of posts) {
    for (const speaker of post.speakers) {
      const slug = tagSlug(speaker.name);
      const profile = profiles.get(slug) ?? { name: speaker.name, slug, talks: [] };
      profile.talks.push({ ...speaker, post, url: `${post.url}#${speakerAnchor(speaker.name)}` });
      // Posts come newest first, so a later talk only fills details the newest one left out.
      profile.org ??= speaker.org;
      profile.role ??= speaker.role;
      profile.photo ??= speaker.photo;
      profiles.set(slug, profile);
    }
  }
  return [...profiles.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}
