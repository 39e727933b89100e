import Link from "next/link";
import { getMeetupIndex } from "@/lib/collection/meetup-index";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { site, speakerPath } from "@/lib/site";

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
      <ul className="directory">
        {speakers.map((speaker) => (
          <li key={speaker.slug}>
            <Link href={speakerPath(speaker.slug)} prefetch={false}>
              {speaker.name}
            </Link>
            {speaker.org ? <span className="meta">, {speaker.org}</span> : null}{" "}
            <span className="count">
              {speaker.talks.length} {speaker.talks.length === 1 ? "talk" : "talks"}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
