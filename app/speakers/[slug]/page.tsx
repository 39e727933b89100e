import type { Metadata } from "next";
import { PersonAvatar } from "@/components/meetups/person-avatar";
import { notFound } from "next/navigation";
import { PhotoEmbed } from "@/components/embeds/photo-embed";
import { SpeakerTalkItem } from "@/components/meetups/speaker-talk-item";
import { getMeetupIndex, getSpeakerBySlug } from "@/lib/collection/meetup-index";
import { PLACEHOLDER_PARAM, withPlaceholder } from "@/lib/lists/static-params";
import { buildPageMetadata } from "@/lib/seo/metadata";
import { site, speakerPath } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  const params = getMeetupIndex().speakers.map((speaker) => ({ slug: speaker.slug }));
  return withPlaceholder(params, { slug: PLACEHOLDER_PARAM });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const speaker = getSpeakerBySlug((await params).slug);
  if (!speaker) return {};
  return buildPageMetadata({
    title: speaker.name,
    path: speakerPath(speaker.slug),
    description: `Talks by ${speaker.name} at ${site.name}.`,
  });
}

export default async function SpeakerPage({ params }: Props) {
  const speaker = getSpeakerBySlug((await params).slug);
  if (!speaker) notFound();
  const affiliation = [speaker.role, speaker.org].filter(Boolean).join(", ");
  return (
    <article className="speaker-profile">
      <h1>{speaker.name}</h1>
      {affiliation ? <p className="meta">{affiliation}</p> : null}
      {speaker.photo ? (
        <PhotoEmbed src={speaker.photo} alt={speaker.name} role="speaker-profile" priority />
      ) : (
        <PersonAvatar name={speaker.name} />
      )}
      <h2>{speaker.talks.length === 1 ? "Talk" : `${speaker.talks.length} talks`}</h2>
      <ol className="talk-list" reversed>
        {speaker.talks.map((talk) => (
          <SpeakerTalkItem key={talk.url} talk={talk} />
        ))}
      </ol>
    </article>
  );
}
