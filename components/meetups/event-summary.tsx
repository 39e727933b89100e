import { eventTimesOf } from "@/lib/meetups/event-times";
import { formatWhen } from "@/lib/collection/meetup-callout";
import type { Post } from "@/lib/collection/posts";

/** When and where a post's own meetup is (or was), under its header. */
export function EventSummary({ post }: { post: Post }) {
  if (!post.event) return null;
  const times = eventTimesOf(post.event);
  const place = [post.event.venue, post.event.address].filter(Boolean).join(", ");
  const online = post.event.online ? "online" : "";
  return (
    <p className="event-summary" data-pagefind-ignore>
      <span className="visually-hidden">Meetup: </span>
      <time dateTime={times.start.toISOString()}>{formatWhen(times)}</time>
      {place || online ? <span> · {[place, online].filter(Boolean).join(" and ")}</span> : null}
    </p>
  );
}
