import { getPostSponsors } from "@/lib/collection/meetup-index";
import { getNextMeetupCallout, getOwnEventCallout } from "@/lib/collection/meetup-callout";
import type { Post } from "@/lib/collection/posts";
import { NextMeetupCallout } from "./next-meetup-callout";
import { MediaEmbed } from "../embeds/media-embed";
import { SpeakerSection } from "./speaker-section";
import { SponsorList } from "./sponsor-list";

/** On a post announcing its own meetup, the meetup block at the top: RSVP before anything else. */
export function PostOwnMeetup({ post }: { post: Post }) {
  const own = getOwnEventCallout(post);
  return own ? (
    <NextMeetupCallout
      callout={own}
      heading="Come along"
      pastHeading="This meetup"
      headingId="event"
      showTitle={false}
    />
  ) : null;
}

/** The parts of a meetup post after its body: video and slides, talks, sponsors and the next meetup. */
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
    </>
  );
}
