import { browserScriptPath } from "@/lib/browser/browser-scripts";

type EmbedFacadeProps = {
  kind: "video" | "slides" | "form" | "other";
  title: string;
  provider: string;
  /** The player, loaded only after the reader presses the button. */
  embedUrl: string;
  /** The same thing on the provider's own site, for readers without JavaScript. */
  url: string;
  startLabel?: string;
  sandbox: string;
  referrerPolicy: "strict-origin-when-cross-origin";
};

const VERB = {
  video: "Play video",
  slides: "Show slides",
  form: "Load the form",
  other: "Load embedded content",
} as const;
const LINK = { video: "Watch", slides: "View the slides", form: "Open the form", other: "Open" } as const;
const ALLOW = "autoplay; encrypted-media; picture-in-picture; fullscreen";

/** A local poster in place of a third-party player, which loads only when pressed; valid anywhere in a body. */
export function EmbedFacade({
  kind,
  title,
  provider,
  embedUrl,
  url,
  startLabel,
  sandbox,
  referrerPolicy,
}: EmbedFacadeProps) {
  return (
    <span className={`embed embed-${kind}`}>
      <span className="embed-frame">
        <button
          type="button"
          className="embed-poster"
          data-embed-src={embedUrl}
          data-embed-title={title}
          data-embed-allow={ALLOW}
          data-embed-sandbox={sandbox}
          data-embed-referrer-policy={referrerPolicy}
        >
          <span className="embed-play" aria-hidden="true" />
          <span className="embed-label">
            <span className="visually-hidden">{VERB[kind]}: </span>
            <span className="embed-title">{title}</span>
            <span className="embed-provider">
              {provider}
              {startLabel ? ` · from ${startLabel}` : ""}
            </span>
          </span>
        </button>
        <script async type="module" src={browserScriptPath("embed-facade")} />
      </span>
      <span className="embed-caption">
        <a href={url}>
          {LINK[kind]} on {provider}
        </a>
      </span>
    </span>
  );
}
