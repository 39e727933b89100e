import { formatStartTime, parseEmbed } from "@/lib/markdown/embeds";
import { IFRAME_POLICY } from "@/lib/markdown/sanitize-schema";
import { EmbedFacade } from "./embed-facade";

type MediaEmbedProps = {
  url: string;
  title: string;
  /** For raw iframes in a body: the URL is embeddable as it stands even when not a known player. */
  embeddable?: boolean;
};

/** A video or slides URL behind a click-to-load facade, or a plain link when it cannot be embedded. */
export function MediaEmbed({ url, title, embeddable = false }: MediaEmbedProps) {
  const embed = parseEmbed(url);
  const embedUrl = embed.embedUrl ?? (embeddable ? url : undefined);
  if (!embedUrl) {
    return (
      <p className="embed-link">
        <a href={embed.url}>
          {embed.kind === "slides"
            ? "View the slides"
            : embed.kind === "video"
              ? "Watch the video"
              : embed.kind === "form"
                ? "Open the form"
                : title}{" "}
          on {embed.provider}
        </a>
      </p>
    );
  }
  return (
    <EmbedFacade
      kind={embed.kind}
      title={title}
      provider={embed.provider}
      embedUrl={embedUrl}
      url={embed.url}
      startLabel={embed.start ? formatStartTime(embed.start) : undefined}
      // A form must be able to submit inside its frame; nothing else embedded may.
      sandbox={embed.kind === "form" ? `${IFRAME_POLICY.sandbox} allow-forms` : IFRAME_POLICY.sandbox}
      referrerPolicy={IFRAME_POLICY.referrerPolicy}
    />
  );
}
