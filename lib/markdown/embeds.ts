/** What a video or slides URL can become: an embed behind a facade, or a plain link. */
export type Embed = {
  kind: "video" | "slides" | "form" | "other";
  /** "YouTube", "SlideShare", ...: named on the facade and its link. */
  provider: string;
  /** The player's URL, loaded only once the reader asks; absent when the URL cannot be embedded. */
  embedUrl?: string;
  /** Where the link for readers (and readers without JavaScript) goes. */
  url: string;
  /** Seconds into a video where playing starts. */
  start?: number;
};

const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/;

/** Read a video or slides URL (watch pages, embeds, youtu.be, SlideShare, Speaker Deck, Google Slides). */
export function parseEmbed(raw: string): Embed {
  const url = URL.parse(raw.startsWith("//") ? `https:${raw}` : raw);
  if (!url || !/^https?:$/.test(url.protocol)) return { kind: "other", provider: "the web", url: raw };
  const host = url.hostname.replace(/^(www|m)\./, "");
  if (["youtube.com", "youtube-nocookie.com", "youtu.be"].includes(host))
    return youtube(url, host) ?? link(url, "YouTube");
  if (host === "player.vimeo.com" || host === "vimeo.com") return vimeo(url);
  if (host === "slideshare.net" || host.endsWith(".slideshare.net")) {
    // The player is loaded from the one host the Content-Security-Policy's frame-src names, whatever was written.
    const player = `https://www.slideshare.net${url.pathname}${url.search}`;
    const embedUrl = /^\/slideshow\/embed_code\//.test(url.pathname) ? player : undefined;
    return { kind: "slides", provider: "SlideShare", embedUrl, url: url.href };
  }
  if (host === "speakerdeck.com") {
    const embedUrl = /^\/player\/[A-Za-z0-9]+$/.test(url.pathname)
      ? `https://speakerdeck.com${url.pathname}`
      : undefined;
    return { kind: "slides", provider: "Speaker Deck", embedUrl, url: url.href };
  }
  if (host === "docs.google.com") return googleDocs(url);
  return link(url, host);
}

/** A YouTube start time in seconds from "1837", "1837s", "30m37s" or "1h2m3s". */
export function parseStartTime(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+s?$/.test(value)) return Number.parseInt(value, 10) || undefined;
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!match || !match[0]) return undefined;
  const [, hours = "0", minutes = "0", seconds = "0"] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) || undefined;
}

/** "30:37" or "1:02:03", for "starts at" labels. */
export function formatStartTime(seconds: number): string {
  const [hours, minutes, secs] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const tail = `${String(minutes).padStart(hours ? 2 : 1, "0")}:${String(secs).padStart(2, "0")}`;
  return hours ? `${hours}:${tail}` : tail;
}

function youtube(url: URL, host: string): Embed | undefined {
  const [first, second] = url.pathname.split("/").filter(Boolean);
  const id =
    host === "youtu.be"
      ? first
      : ["embed", "shorts", "live"].includes(first ?? "")
        ? second
        : url.searchParams.get("v");
  if (!id || !YOUTUBE_ID.test(id)) return undefined;
  const hash = new URLSearchParams(url.hash.slice(1));
  const start = [url.searchParams.get("t"), url.searchParams.get("start"), hash.get("t")]
    .map(parseStartTime)
    .find(Boolean);
  // YOUTUBE_ID and a number need no escaping in a URL.
  const embedUrl = `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ""}`;
  const watch = `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ""}`;
  return { kind: "video", provider: "YouTube", embedUrl, url: watch, start };
}

function vimeo(url: URL): Embed {
  const id = /(?:^|\/)(\d+)(?=\/|$)/.exec(url.pathname)?.[1];
  if (!id) return link(url, "Vimeo", "video");
  const embedUrl = `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`;
  return { kind: "video", provider: "Vimeo", embedUrl, url: `https://vimeo.com/${id}` };
}

function googleDocs(url: URL): Embed {
  const form = /^\/forms\/d\/(e\/)?([A-Za-z0-9_-]+)\/viewform$/.exec(url.pathname);
  if (form) {
    const base = `https://docs.google.com/forms/d/${form[1] ?? ""}${form[2] ?? ""}/viewform`;
    return { kind: "form", provider: "Google Forms", embedUrl: `${base}?embedded=true`, url: base };
  }
  const match = /^\/presentation\/d\/(e\/)?([A-Za-z0-9_-]+)/.exec(url.pathname);
  if (!match) return link(url, "Google Docs");
  const [, published = "", id = ""] = match;
  const base = `https://docs.google.com/presentation/d/${published}${id}`;
  const page = `${base}/${published ? "pub" : "edit"}`;
  return { kind: "slides", provider: "Google Slides", embedUrl: `${base}/embed`, url: page };
}

function link(url: URL, provider: string, kind: Embed["kind"] = "other"): Embed {
  return { kind, provider, url: url.href };
}
