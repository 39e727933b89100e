import { MediaEmbed } from "./media-embed";

/** A post's `video`: YouTube via youtube-nocookie.com, loaded only when the reader presses play. */
export function VideoEmbed({ url, title }: { url: string; title: string }) {
  return <MediaEmbed url={url} title={title} />;
}
