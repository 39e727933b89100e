import { defaultSchema, type Options as Schema } from "rehype-sanitize";

/** Hosts whose https iframes a post body may embed (and their subdomains); every other iframe becomes a link. */
export const EMBED_HOSTS = [
  "youtube.com",
  "youtube-nocookie.com",
  "player.vimeo.com",
  "slideshare.net",
  "speakerdeck.com",
  "docs.google.com",
] as const;

/** Paths an iframe may load on a host that serves more than players: Google Slides and Google Forms only. */
export const EMBED_PATHS: Readonly<Partial<Record<(typeof EMBED_HOSTS)[number], RegExp>>> = {
  "docs.google.com": /^\/(presentation\/d\/|forms\/d\/(e\/)?[A-Za-z0-9_-]+\/viewform$)/,
};

/** Attributes forced onto every embedded iframe, whatever the post wrote. */
export const IFRAME_POLICY = {
  sandbox: "allow-scripts allow-same-origin allow-presentation allow-popups",
  referrerPolicy: "strict-origin-when-cross-origin",
  loading: "lazy",
} as const;

/** Elements that keep a data: URL in `src`; lib/markdown.ts narrows it further to data:image/<raster>. */
export const DATA_URL_ELEMENTS: ReadonlySet<string> = new Set(["img"]);

const { source: _sourceAttributes, ...defaultAttributes } = defaultSchema.attributes ?? {};

/**
 * The one allowlist for HTML in post bodies: GitHub's rules, plus figures, details, embedded-tweet
 * blockquotes, video and iframes (whose hosts lib/markdown.ts checks). Scripts, styles, forms, objects,
 * embeds, SVG, MathML and event handlers never pass; elements not listed are unwrapped to their text.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption", "iframe", "video"],
  // Removed with everything inside them, not unwrapped: their content is code or markup, never prose.
  strip: [
    "script",
    "style",
    "template",
    "noscript",
    "textarea",
    "title",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
    "object",
    "embed",
    "applet",
    "select",
    "option",
  ],
  attributes: {
    ...defaultAttributes,
    // A form widget's button (lib/form-widgets.ts) keeps its class; the sanitizer reads only the first
    // className entry, so the footnotes' one is extended rather than repeated.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((entry) => !Array.isArray(entry) || entry[0] !== "className"),
      ["className", "data-footnote-backref", "form-button"],
    ],
    blockquote: [...(defaultSchema.attributes?.blockquote ?? []), ["className", "twitter-tweet"]],
    p: [...(defaultSchema.attributes?.p ?? []), "lang", "dir"],
    iframe: ["src", "width", "height", "title", "allowFullScreen"],
    img: [...(defaultSchema.attributes?.img ?? []), "width", "height", "title"],
    video: ["src", "controls", "width", "height", "poster"],
    // <source> keeps only what a <video> needs: srcset, which no scheme check covers, is dropped.
    source: ["src", "type"],
  },
  protocols: {
    ...defaultSchema.protocols,
    // data: passes here for <img> only: lib/markdown.ts removes it from every other element.
    src: ["http", "https", "data"],
    poster: ["http", "https"],
  },
};
