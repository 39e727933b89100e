import { defaultSchema, type Options as Schema } from "rehype-sanitize";

/** The exact hosts (as the CSP's frame-src: no subdomains) a body's https iframes may load; others become links. */
export const EMBED_HOSTS = [
  "www.youtube.com",
  "youtube.com",
  "www.youtube-nocookie.com",
  "youtube-nocookie.com",
  "player.vimeo.com",
  "www.slideshare.net",
  "slideshare.net",
  "speakerdeck.com",
  "docs.google.com",
] as const;

/** True for a host an iframe may load from: one of EMBED_HOSTS exactly. */
export function isEmbedHost(host: string): boolean {
  return (EMBED_HOSTS as readonly string[]).includes(host.toLowerCase());
}

/** Paths an iframe may load on a host that serves more than players: Google Slides and Google Forms only. */
const EMBED_PATHS: Readonly<Record<string, RegExp>> = {
  "docs.google.com": /^\/(presentation\/d\/|forms\/d\/(e\/)?[A-Za-z0-9_-]+\/viewform$)/,
};

/** True for an iframe URL on an embed host whose path that host allows (every path, unless EMBED_PATHS lists some). */
export function isEmbedPath(url: URL): boolean {
  return EMBED_PATHS[url.hostname.toLowerCase()]?.test(url.pathname) ?? true;
}

/** Attributes forced onto every embedded iframe, whatever the post wrote. */
export const IFRAME_POLICY = {
  sandbox: "allow-scripts allow-same-origin allow-presentation allow-popups",
  referrerPolicy: "strict-origin-when-cross-origin",
  loading: "lazy",
} as const;

const { source: _sourceAttributes, ...defaultAttributes } = defaultSchema.attributes ?? {};

/** The one allowlist for HTML in bodies: GitHub's, plus figures, tweets, media and iframes; others unwrap to text. */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption", "iframe", "video", "audio"],
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
    // A form widget's button (lib/markdown/form-widgets.ts) keeps its class; the sanitizer reads only the first
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
    audio: ["src", "controls"],
    // <source> keeps only what a <video> needs: srcset, which no scheme check covers, is dropped.
    source: ["src", "type"],
  },
  protocols: {
    ...defaultSchema.protocols,
    // data: passes here for <img> only: lib/markdown/pipeline.ts removes it from every other element, and
    // narrows it to data:image/<raster>.
    src: ["http", "https", "data"],
    poster: ["http", "https"],
  },
};
