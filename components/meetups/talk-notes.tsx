import { formatStartTime, parseEmbed } from "@/lib/markdown/embeds";
import type { PostSpeaker } from "@/lib/content/post-file";
import { renderTree } from "../posts/post-body";

/** A talk's takeaways, then links to its slides, its video (at its start time) and anything else the speaker shared. */
export function TalkNotes({ speaker }: { speaker: PostSpeaker }) {
  const video = speaker.video ? parseEmbed(speaker.video) : undefined;
  const slides = speaker.slides ? parseEmbed(speaker.slides) : undefined;
  const others = speaker.links.map((link) => (typeof link === "string" ? { label: hostOf(link), url: link } : link));
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
      {video || slides || others.length > 0 ? (
        <ul className="speaker-links" aria-label={`Links from ${speaker.name}`}>
          {slides ? (
            <li>
              <a href={slides.url}>Slides on {slides.provider}</a>
            </li>
          ) : null}
          {video ? (
            <li>
              <a href={video.url}>
                Video on {video.provider}
                {video.start ? ` (from ${formatStartTime(video.start)})` : ""}
              </a>
            </li>
          ) : null}
          {others.map((link) => (
            <li key={link.url}>
              <a href={link.url}>{link.label}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function hostOf(url: string): string {
  return URL.parse(url)?.hostname.replace(/^www\./, "") ?? url;
}
