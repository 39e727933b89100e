import { getPostSponsors } from "@/lib/collection/meetup-index";
import { formatWhen, getNextMeetupCallout, getOwnEventCallout } from "@/lib/collection/meetup-callout";
import { eventTimesOf } from "@/lib/meetups/event-times";
import type { Post } from "@/lib/collection/posts";
import { NextMeetupCallout } from "./next-meetup-callout";
import { MediaEmbed } from "../embeds/media-embed";
import { SpeakerSection } from "./speaker-section";
import { SponsorList } from "./sponsor-list";

/** On a post about its own meetup: ahead of it, the meetup block first (RSVP before anything else); when and where. */
export function PostOwnMeetup({ post }: { post: Post }) {
  if (!post.event) return null;
  const own = getOwnEventCallout(post);
  const times = eventTimesOf(post.event);
  const place = [post.event.venue, post.event.address].filter(Boolean).join(", ");
  const where = [place, post.event.online ? "online" : ""].filter(Boolean).join(" and ");
  return (
    <>
      {own ? <NextMeetupCallout callout={own} own /> : null}
      <p className="event-summary" data-pagefind-ignore>
        <span className="visually-hidden">Meetup: </span>
        <time dateTime={times.start.toISOString()}>{formatWhen(times)}</time>
        {where ? <span> · {where}</span> : null}
      </p>
    </>
  );
}

/** The parts of a meetup post after its body: video and slides, talks, sponsors, the next meetup, its tweets. */
export function PostMeetup({ post }: { post: Post }) {
  const next = getNextMeetupCallout(post);
  return (
    <>
      {post.video ? (
        <section id="recording" aria-label="Recording">
          <MediaEmbed url={post.video} title={`Recording: ${post.title}`} />
        </section>
      ) : null}
      {post.slides ? <MediaEmbed url={post.slides} title={`Slides: ${post.title}`} /> : null}
      {post.speakers.length > 0 ? (
        <section className="speakers" aria-labelledby="speakers">
          <h2 id="speakers" data-pagefind-ignore>
            Talks
          </h2>
          {post.speakers.map((speaker) => (
            <SpeakerSection key={speaker.name} speaker={speaker} />
          ))}
        </section>
      ) : null}
      <SponsorList sponsors={getPostSponsors(post)} />
      {next ? <NextMeetupCallout callout={next} /> : null}
      {post.twitter_moment ? (
        <p className="twitter-moment" data-pagefind-ignore>
          <a href={post.twitter_moment}>See the tweets from this event: the Twitter Moment on X/Twitter</a>
        </p>
      ) : null}
    </>
  );
}
