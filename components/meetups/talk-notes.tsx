import { formatStartTime, parseEmbed } from "@/lib/markdown/embeds";
import type { PostSpeaker } from "@/lib/content/post-file";
import { renderTree } from "../posts/post-body";
import { LinkList } from "../layout/link-list";

/** A talk's takeaways, then links to its slides, its video (at its start time) and anything else the speaker shared. */
export function TalkNotes({ speaker }: { speaker: PostSpeaker }) {
  const video = speaker.video ? parseEmbed(speaker.video) : undefined;
  const slides = speaker.slides ? parseEmbed(speaker.slides) : undefined;
  const from = video?.start ? ` (from ${formatStartTime(video.start)})` : "";
  // All http(s) by the post schema, so LinkList writes each as a plain link.
  const links = [
    ...(slides ? [{ href: slides.url, label: `Slides on ${slides.provider}` }] : []),
    ...(video ? [{ href: video.url, label: `Video on ${video.provider}${from}` }] : []),
    ...speaker.links.map((link) =>
      typeof link === "string"
        ? { href: link, label: URL.parse(link)?.hostname.replace(/^www\./, "") ?? link }
        : { href: link.url, label: link.label },
    ),
  ];
  return (
    <>
      {speaker.takeaways.length > 0 ? (
        <ul className="takeaways" aria-label="Takeaways">
          {speaker.takeaways.map((takeaway) => (
            // Sanitized when the post was read (lib/content/post-render.ts), by the same rules as post bodies.
            <li key={takeaway.markdown}>{renderTree(takeaway.tree)}</li>
          ))}
        </ul>
      ) : null}
      <LinkList className="speaker-links" aria-label={`Links from ${speaker.name}`} links={links} />
    </>
  );
}
