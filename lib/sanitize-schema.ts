import { defaultSchema, type Options as Schema } from "rehype-sanitize";

/** Hosts whose https iframes a post body may embed; every other iframe becomes a plain link. */
export const EMBED_HOSTS = [
  "youtube.com",
  "youtube-nocookie.com",
  "player.vimeo.com",
  "slideshare.net",
  "speakerdeck.com",
  "docs.google.com",
] as const;

/** Attributes forced onto every embedded iframe, whatever the post wrote. */
export const IFRAME_POLICY = {
  sandbox: "allow-scripts allow-same-origin allow-presentation allow-popups",
  referrerPolicy: "strict-origin-when-cross-origin",
  loading: "lazy",
} as const;

/**
 * The one allowlist for HTML in post bodies: GitHub's rules, plus figures, details, embedded-tweet
 * blockquotes and iframes. Scripts, styles, forms, objects and event handlers never pass.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption", "iframe", "video", "source"],
  strip: ["script", "style", "template", "noscript", "textarea", "title", "xmp", "noembed", "noframes"],
  attributes: {
    ...defaultSchema.attributes,
    blockquote: [...(defaultSchema.attributes?.blockquote ?? []), ["className", "twitter-tweet"]],
    p: [...(defaultSchema.attributes?.p ?? []), "lang", "dir"],
    iframe: ["src", "width", "height", "title", "allowFullScreen"],
    img: [...(defaultSchema.attributes?.img ?? []), "width", "height", "title"],
    video: ["src", "controls", "width", "height", "poster"],
    source: [...(defaultSchema.attributes?.source ?? []), "src", "type"],
  },
  protocols: {
    ...defaultSchema.protocols,
    // data: passes here for images only; lib/markdown.ts keeps just data:image/*.
    src: ["http", "https", "data"],
    poster: ["http", "https"],
  },
};
