import { MeetupTimeline } from "@/components/meetups/meetup-timeline";
import { UpcomingMeetup } from "@/components/meetups/upcoming-meetup";
import { getAllPosts } from "@/lib/collection/posts";
import { buildMeetupTimeline } from "@/lib/meetups/meetup-posts";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { site, withBasePath } from "@/lib/site";

export const metadata = buildPageMetadata({
  title: "Meetups",
  path: "/events/",
  description: `Every ${site.name} meetup: what is coming up, and what happened.`,
});

export default function EventsPage() {
  const timeline = buildMeetupTimeline(getAllPosts());
  return (
    <>
      <h1>Meetups</h1>
      <p>
        Subscribe in your calendar app to <a href={withBasePath("/events.ics")}>the meetup calendar</a> to see each
        meetup as soon as it is announced.
      </p>
      <UpcomingMeetup
        fallback={
          <p>
            The next meetup has not been announced yet: <a href={site.links.meetup}>join the group on Meetup</a> to hear
            first.
          </p>
        }
      />
      <section aria-labelledby="every-meetup">
        <h2 id="every-meetup">Every meetup</h2>
        <MeetupTimeline entries={timeline} />
      </section>
    </>
  );
}
