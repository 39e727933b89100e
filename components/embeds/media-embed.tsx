import { browserScriptPath } from "@/lib/browser/browser-scripts";
import { formatStartTime, parseEmbed } from "@/lib/markdown/embeds";
import { IFRAME_POLICY } from "@/lib/markdown/sanitize-schema";

type MediaEmbedProps = {
  url: string;
  title: string;
  /** For raw iframes in a body: the URL is embeddable as it stands even when not a known player. */
  embeddable?: boolean;
};

const VERB = {
  video: "Play video",
  slides: "Show slides",
  form: "Load the form",
  other: "Load embedded content",
} as const;
const LINK = { video: "Watch", slides: "View the slides", form: "Open the form", other: "Open" } as const;
// The link shown in place of what cannot be embedded (a video's spelled out); anything else is named by its title.
const FALLBACK_LINK = { ...LINK, video: "Watch the video", other: undefined };
const ALLOW = "autoplay; encrypted-media; picture-in-picture; fullscreen";

/** A video or slides URL as a local poster with a play button, fetching nothing until asked; else a plain link. */
export function MediaEmbed({ url, title, embeddable = false }: MediaEmbedProps) {
  const embed = parseEmbed(url);
  const embedUrl = embed.embedUrl ?? (embeddable ? url : undefined);
  if (!embedUrl) {
    return (
      <p className="embed-link">
        <a href={embed.url}>
          {FALLBACK_LINK[embed.kind] ?? title} on {embed.provider}
        </a>
      </p>
    );
  }
  // Only phrasing elements, so it is valid wherever a body puts it; lib/browser/embed-facade.ts loads the player.
  return (
    <span className={`embed embed-${embed.kind}`}>
      <span className="embed-frame">
        <button
          type="button"
          className="embed-poster"
          data-embed-src={embedUrl}
          data-embed-title={title}
          data-embed-allow={ALLOW}
          // A form must be able to submit inside its frame; nothing else embedded may.
          data-embed-sandbox={`${IFRAME_POLICY.sandbox}${embed.kind === "form" ? " allow-forms" : ""}`}
          data-embed-referrer-policy={IFRAME_POLICY.referrerPolicy}
        >
          <span className="embed-play" aria-hidden="true" />
          <span className="embed-label">
            <span className="visually-hidden">{VERB[embed.kind]}: </span>
            <span className="embed-title">{title}</span>
            <span className="embed-provider">
              {embed.provider}
              {embed.start ? ` · from ${formatStartTime(embed.start)}` : ""}
            </span>
          </span>
        </button>
        <script async type="module" src={browserScriptPath("embed-facade")} />
      </span>
      <span className="embed-caption">
        <a href={embed.url}>
          {LINK[embed.kind]} on {embed.provider}
        </a>
      </span>
    </span>
  );
}
