import type { Element, Root } from "hast";
import { toDateKey } from "../content/dates";
import type { Post } from "../content/post-file";
import { tagSlug } from "../content/tags";
import { site } from "../site";

/** A link a meetup's page or timeline entry offers: the writeup, its recording, its photos. */
export type MeetupLink = { label: string; href: string };

/** One meetup on the /events/ timeline, from a post: the day, its page and what it has to offer. */
export type TimelineEntry = { post: Post; day: Date; links: MeetupLink[] };

const MEETUP_TAG = tagSlug(site.meetupTag);

/** A post about a meetup: it has `event` data, or carries the meetup tag (site.meetupTag). */
export function isMeetupPost(post: Post): boolean {
  return Boolean(post.event) || post.tags.some((tag) => tag.slug === MEETUP_TAG);
}

/** A meetup post written on or after the day: a writeup, not an announcement. */
function isWriteup(post: Post): boolean {
  return isMeetupPost(post) && (!post.event || toDateKey(post.date) >= toDateKey(post.event.date));
}

/** What a writeup offers at the top of its page, as anchors: the writeup, its recording(s), its photos. */
export function getWriteupLinks(post: Post): MeetupLink[] {
  if (!isWriteup(post)) return [];
  return sectionsOf(post).map(({ label, anchor }) => ({ label, href: `#${anchor}` }));
}

/** Every meetup post, newest first, as the /events/ timeline shows them: day, page, recording and photos. */
export function buildMeetupTimeline(posts: readonly Post[]): TimelineEntry[] {
  return posts
    .filter(isMeetupPost)
    .map((post) => ({
      post,
      day: post.event?.date ?? post.date,
      links: sectionsOf(post).map(({ label, anchor }) => ({
        label: label === "Writeup" && !isWriteup(post) ? "Announcement" : label,
        href: anchor === "writeup" ? post.url : `${post.url}#${anchor}`,
      })),
    }))
    .sort((a, b) => +b.day - +a.day);
}

function sectionsOf(post: Post): { label: string; anchor: string }[] {
  const sections = [{ label: "Writeup", anchor: "writeup" }];
  const talkVideos = post.speakers.filter((speaker) => speaker.video).length;
  if (post.video) sections.push({ label: "Recording", anchor: "recording" });
  else if (talkVideos > 0) sections.push({ label: talkVideos === 1 ? "Recording" : "Recordings", anchor: "talks" });
  if (findPhotosAnchor(post.body)) sections.push({ label: "Photos", anchor: "photos" });
  return sections;
}

/** The first photo on a line of its own in a body: where the header's "Photos" link leads (components/post-body.tsx). */
export function findPhotosAnchor(body: Root): Element | undefined {
  return body.children.find(
    (node): node is Element =>
      node.type === "element" && node.tagName === "img" && Boolean(node.properties.dataStandalone),
  );
}
