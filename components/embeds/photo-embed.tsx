import { getImageSources } from "@/lib/images/picture";
import type { ImageRole } from "@/lib/images/settings";
import { Picture } from "../photos/picture";

type PhotoEmbedProps = {
  src: string;
  alt: string;
  /** A body photo (captioned, linked to its full size) or a speaker's; it decides the widths (lib/images/settings.ts). */
  role?: Extract<ImageRole, "body" | "speaker" | "speaker-profile">;
  /** Above the fold: load at once and with high priority. */
  priority?: boolean;
  id?: string;
};

// Remote photos have no size known at build time; a fixed frame keeps the layout still while they load.
const REMOTE_FRAME = { aspectRatio: "3 / 2", objectFit: "cover", width: "100%" } as const;

/** A photo as a <figure>, sized before it loads so nothing shifts; in a body, captioned with its alt text. */
export function PhotoEmbed({ src, alt, role = "body", priority = false, id }: PhotoEmbedProps) {
  const inBody = role === "body";
  const image = getImageSources(src, role);
  const picture = (
    <Picture image={image} alt={alt} priority={priority} style={image.width ? undefined : REMOTE_FRAME} />
  );
  return (
    <figure className={inBody ? "photo" : "photo speaker-photo"} id={id}>
      {inBody && image.fullSize ? (
        <a href={image.fullSize} className="photo-link">
          {picture}
          <span className="visually-hidden"> (full size)</span>
        </a>
      ) : (
        picture
      )}
      {inBody && alt ? <figcaption data-pagefind-ignore>{alt}</figcaption> : null}
    </figure>
  );
}
