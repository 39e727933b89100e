import Link from "next/link";
import { PersonAvatar } from "@/components/meetups/person-avatar";
import { getMeetupIndex } from "@/lib/collection/meetup-index";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { site, speakerPath } from "@/lib/site";
import { plural } from "@/lib/plural";

export const metadata = buildPageMetadata({
  title: "Speakers",
  path: "/speakers/",
  description: `Everyone who has spoken at ${site.name}, with their talks.`,
});

export default function SpeakersPage() {
  const { speakers } = getMeetupIndex();
  return (
    <>
      <h1>Speakers</h1>
      <p>Everyone who has spoken at a meetup with a writeup on this site, and what they talked about.</p>
      <ul className="tile-grid">
        {speakers.map((speaker) => (
          <li key={speaker.slug} className="tile">
            <Link href={speakerPath(speaker.slug)} prefetch={false} className="tile-link">
              <PersonAvatar name={speaker.name} photo={speaker.photo} size={72} />
              <span className="tile-name">{speaker.name}</span>
              {speaker.org ? <span className="tile-detail">{speaker.org}</span> : null}
              <span className="tile-detail count">{plural(speaker.talks.length, "talk")}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
