import { getPostSponsors } from "@/lib/collection/meetup-index";
import { getNextMeetupCallout, getOwnEventCallout } from "@/lib/collection/meetup-callout";
import type { Post } from "@/lib/collection/posts";
import { NextMeetupCallout } from "./next-meetup-callout";
import { SlidesEmbed } from "../embeds/slides-embed";
import { SpeakerSection } from "./speaker-section";
import { SponsorList } from "./sponsor-list";
import { VideoEmbed } from "../embeds/video-embed";

/** The parts of a meetup post after its body: video and slides, talks, sponsors and the next meetup. */
export function PostMeetup({ post }: { post: Post }) {
  const own = getOwnEventCallout(post);
  const next = getNextMeetupCallout(post);
  return (
    <>
      {post.video ? <VideoEmbed url={post.video} title={`Recording: ${post.title}`} /> : null}
      {post.slides ? <SlidesEmbed url={post.slides} title={`Slides: ${post.title}`} /> : null}
      {post.speakers.length > 0 ? (
        <section className="speakers" aria-labelledby="speakers">
          <h2 id="speakers">Talks</h2>
          {post.speakers.map((speaker) => (
            <SpeakerSection key={speaker.name} speaker={speaker} />
          ))}
        </section>
      ) : null}
      <SponsorList sponsors={getPostSponsors(post)} />
      {own ? <NextMeetupCallout callout={own} heading="Save the date" headingId="event" /> : null}
      {next ? <NextMeetupCallout callout={next} /> : null}
    </>
  );
}
