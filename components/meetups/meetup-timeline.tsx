import Link from "next/link";
import { toDateKey } from "@/lib/content/dates";
import { dateTile } from "@/lib/collection/meetup-callout";
import type { TimelineEntry } from "@/lib/meetups/meetup-posts";
import { LinkList } from "../layout/link-list";

/** Every meetup post as a timeline, newest first: a date badge, the title linking the post, recording and photos. */
export function MeetupTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <ol className="timeline">
      {entries.map(({ post, day, links }) => {
        const tile = dateTile(day);
        const extras = links.filter((link) => link.href !== post.url);
        return (
          <li key={post.slug} className="timeline-entry">
            <time className="date-badge" dateTime={toDateKey(day)}>
              <span className="date-badge-day">{tile.day}</span>
              <span>
                {tile.month} {tile.year}
              </span>
            </time>
            <div className="timeline-text">
              <h3>
                <Link href={post.url} prefetch={false}>
                  {post.title}
                </Link>
              </h3>
              <LinkList className="pill-links" aria-label={`More from ${post.title}`} links={extras} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
