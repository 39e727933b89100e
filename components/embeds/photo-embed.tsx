import { getImageSources } from "@/lib/images/picture";
import type { ImageRole } from "@/lib/images/settings";
import { Picture } from "../photos/picture";

type PhotoEmbedProps = {
  src: string;
  alt: string;
  /** Where it is shown, which decides the widths offered (lib/images/settings.ts). */
  role?: ImageRole;
  /** Above the fold: load at once and with high priority. */
  priority?: boolean;
  /** Show the alt text as a caption. */
  caption?: boolean;
  /** Link the photo to its full-size version. */
  linked?: boolean;
  className?: string;
  id?: string;
};

// Remote photos have no size known at build time; a fixed frame keeps the layout still while they load.
const REMOTE_FRAME = { aspectRatio: "3 / 2", objectFit: "cover", width: "100%" } as const;

/** A photo as a <figure>, sized before it loads so nothing shifts, with its alt text as the caption. */
export function PhotoEmbed({
  src,
  alt,
  role = "body",
  priority = false,
  caption = true,
  linked = false,
  className,
  id,
}: PhotoEmbedProps) {
  const image = getImageSources(src, role);
  const picture = (
    <Picture image={image} alt={alt} priority={priority} style={image.width ? undefined : REMOTE_FRAME} />
  );
  return (
    <figure className={["photo", className].filter(Boolean).join(" ")} id={id}>
      {linked && image.fullSize ? (
        <a href={image.fullSize} className="photo-link">
          {picture}
          <span className="visually-hidden"> (full size)</span>
        </a>
      ) : (
        picture
      )}
      {caption && alt ? <figcaption data-pagefind-ignore>{alt}</figcaption> : null}
    </figure>
  );
}
