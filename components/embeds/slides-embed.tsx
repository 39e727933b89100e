import { MediaEmbed } from "./media-embed";

/** A post's `slides`: Google Slides, SlideShare and Speaker Deck players load on request; other URLs are links. */
export function SlidesEmbed({ url, title }: { url: string; title: string }) {
  return <MediaEmbed url={url} title={title} />;
}
