import type { PostSpeaker } from "@/lib/content/post-file";
import { speakerAnchor } from "@/lib/meetups/speakers";
import { PhotoEmbed } from "../embeds/photo-embed";
import { PersonAvatar } from "./person-avatar";
import { TalkNotes } from "./talk-notes";

/** One speaker of a meetup: photo (else initials), name, organisation, talk, takeaways and links; `#speaker-luke-addison` finds it. */
export function SpeakerSection({ speaker }: { speaker: PostSpeaker }) {
  const affiliation = [speaker.role, speaker.org].filter(Boolean).join(", ");
  return (
    <section className="speaker" id={speakerAnchor(speaker.name)} aria-label={speaker.name}>
      {speaker.photo ? (
        <PhotoEmbed src={speaker.photo} alt={speaker.name} role="speaker" />
      ) : (
        <PersonAvatar name={speaker.name} />
      )}
      <div className="speaker-text">
        <h3>{speaker.name}</h3>
        {affiliation ? (
          <p className="meta" data-pagefind-ignore>
            {affiliation}
          </p>
        ) : null}
        {speaker.talk ? <p className="talk-title">{speaker.talk}</p> : null}
        <TalkNotes speaker={speaker} />
      </div>
    </section>
  );
}
