import { splitCoverTitle } from "@/lib/content/cover-title";
import { getImageSources } from "@/lib/images/picture";
import type { ImageRole } from "@/lib/images/settings";
import { Picture } from "../photos/picture";

type PostCoverProps = {
  /** The post's real photo (its `image`), when it has one. */
  image?: { src: string; alt: string };
  /** Drawn on the CSS cover when there is no photo. */
  title: string;
  /** Where the cover shows, which decides the widths the photo pipeline offers (lib/images/settings.ts). */
  role?: Extract<ImageRole, "card" | "body">;
  /** Above the fold: load at once and with high priority. */
  priority?: boolean;
};

// Remote photos have no size known at build time: a 3:2 frame keeps the layout still.
const FALLBACK = { width: 1200, height: 800 };

/** A post's cover: its photo, at the sizes the layout shows, where it has one; else the title drawn in CSS. */
export function PostCover({ image, title, role = "card", priority = false }: PostCoverProps) {
  if (image) {
    const sources = getImageSources(image.src, role);
    const sized = sources.width && sources.height ? sources : { ...sources, ...FALLBACK };
    return <Picture image={sized} alt={image.alt} className="cover cover-photo" priority={priority} />;
  }
  const { kicker, title: main } = splitCoverTitle(title);
  return (
    <div className="cover cover-drawn" aria-hidden="true">
      {kicker ? <span className="cover-kicker">{kicker}</span> : null}
      <span className="cover-title">{main}</span>
    </div>
  );
}
