import type { PostSpeaker } from "@/lib/post-file";
import { speakerSlug } from "@/lib/speakers";
import { PhotoEmbed } from "./photo-embed";
import { SpeakerLinks } from "./speaker-links";

/** One speaker of a meetup: photo, name, organisation, talk, takeaways and links; `#luke-addison` finds it. */
export function SpeakerSection({ speaker }: { speaker: PostSpeaker }) {
  const slug = speakerSlug(speaker.name);
  const affiliation = [speaker.role, speaker.org].filter(Boolean).join(", ");
  return (
    <section className={speaker.photo ? "speaker" : "speaker no-photo"} id={slug} aria-labelledby={`${slug}-name`}>
      {speaker.photo ? (
        <PhotoEmbed src={speaker.photo} alt={speaker.name} role="speaker" className="speaker-photo" />
      ) : null}
      <div className="speaker-text">
        <h3 id={`${slug}-name`}>{speaker.name}</h3>
        {affiliation ? <p className="meta">{affiliation}</p> : null}
        {speaker.talk ? <p className="talk-title">{speaker.talk}</p> : null}
        {speaker.takeaways.length > 0 ? (
          <ul className="takeaways" aria-label="Takeaways">
            {speaker.takeaways.map((takeaway) => (
              // Sanitized when the post was read (lib/post-file.ts), by the same rules as post bodies.
              <li key={takeaway.markdown} dangerouslySetInnerHTML={{ __html: takeaway.html }} />
            ))}
          </ul>
        ) : null}
        <SpeakerLinks speaker={speaker} />
      </div>
    </section>
  );
}
