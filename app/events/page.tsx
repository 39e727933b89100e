import { MeetupSummary } from "@/components/meetups/meetup-summary";
import { pastMeetups, upcomingMeetups } from "@/lib/meetups/meetups";
import { getMeetupIndex } from "@/lib/collection/meetup-index";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { site, withBasePath } from "@/lib/site";

export const metadata = buildPageMetadata({
  title: "Meetups",
  path: "/events/",
  description: `Every ${site.name} meetup: what is coming up, and what happened.`,
});

export default function EventsPage() {
  const { meetups } = getMeetupIndex();
  const now = new Date();
  const upcoming = upcomingMeetups(meetups, now);
  const past = pastMeetups(meetups, now);
  return (
    <>
      <h1>Meetups</h1>
      <p>
        Subscribe in your calendar app to <a href={withBasePath("/events.ics")}>the meetup calendar</a> to see each
        meetup as soon as it is announced.
      </p>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">Upcoming</h2>
        {upcoming.length > 0 ? (
          <ol className="meetup-list">
            {upcoming.map((meetup) => (
              <MeetupSummary key={meetup.id} meetup={meetup} upcoming />
            ))}
          </ol>
        ) : (
          <p>The next meetup has not been announced yet.</p>
        )}
      </section>
      <section aria-labelledby="past">
        <h2 id="past">Past</h2>
        <ol className="meetup-list">
          {past.map((meetup) => (
            <MeetupSummary key={meetup.id} meetup={meetup} upcoming={false} />
          ))}
        </ol>
      </section>
    </>
  );
}
