import { splitCoverTitle } from "@/lib/content/cover-title";
import { getLocalImageSize } from "@/lib/public-files";
import { sitePathUrl, withoutBasePath } from "@/lib/site";

type PostCoverProps = {
  /** The post's real photo (its `image`), when it has one. */
  image?: { src: string; alt: string };
  /** Drawn on the CSS cover when there is no photo. */
  title: string;
  /** Above the fold: load at once and with high priority. */
  priority?: boolean;
};

// Remote photos have no size known at build time: a 3:2 frame keeps the layout still.
const FALLBACK = { width: 1200, height: 800 };

/**
 * A post's cover: its photo where it has one, else a cover drawn in CSS from its title, sharp at any size.
 * The photo pipeline's <picture> replaces the plain <img> here.
 */
export function PostCover({ image, title, priority = false }: PostCoverProps) {
  if (image) {
    const local = image.src.startsWith("/") && !image.src.startsWith("//");
    const size = (local && getLocalImageSize(withoutBasePath(image.src))) || FALLBACK;
    return (
      <img
        className="cover cover-photo"
        src={local ? sitePathUrl(image.src) : image.src}
        alt={image.alt}
        width={size.width}
        height={size.height}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding="async"
      />
    );
  }
  const { kicker, title: main } = splitCoverTitle(title);
  return (
    <div className="cover cover-drawn" aria-hidden="true">
      {kicker ? <span className="cover-kicker">{kicker}</span> : null}
      <span className="cover-title">{main}</span>
    </div>
  );
}
