import { getImageSources } from "@/lib/images/picture";
import type { ImageRole } from "@/lib/images/settings";
import { Picture } from "../photos/picture";

type PostCoverProps = {
  /** The post's photo (its `image`). */
  image: { src: string; alt: string };
  /** Where the cover shows, which decides the widths the photo pipeline offers (lib/images/settings.ts). */
  role?: Extract<ImageRole, "card" | "body">;
  /** Above the fold: load at once and with high priority. */
  priority?: boolean;
};

// Remote photos have no size known at build time: a 3:2 frame keeps the layout still.
const FALLBACK = { width: 1200, height: 800 };

/** A post's photo at the sizes the layout shows it. */
export function PostCover({ image, role = "card", priority = false }: PostCoverProps) {
  const sources = getImageSources(image.src, role);
  const sized = sources.width && sources.height ? sources : { ...sources, ...FALLBACK };
  return <Picture image={sized} alt={image.alt} className="cover" priority={priority} />;
}
