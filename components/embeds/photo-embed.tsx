import { getLocalImageSize } from "@/lib/public-files";
import { sitePathUrl, withoutBasePath } from "@/lib/site";

type PhotoEmbedProps = {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  /** Above the fold: load at once and with high priority. */
  priority?: boolean;
  /** Show the alt text as a caption. */
  caption?: boolean;
  className?: string;
  id?: string;
};

// Remote photos have no size known at build time; a fixed frame keeps the layout still while they load.
const REMOTE_ASPECT = "3 / 2";

/** A photo as a <figure>, sized before it loads so nothing shifts, with its alt text as the caption. */
export function PhotoEmbed({
  src,
  alt,
  width,
  height,
  priority = false,
  caption = true,
  className,
  id,
}: PhotoEmbedProps) {
  const local = src.startsWith("/") && !src.startsWith("//");
  const size = width && height ? { width, height } : local ? getLocalImageSize(withoutBasePath(src)) : undefined;
  const url = local ? sitePathUrl(src) : src;
  return (
    <figure className={["photo", className].filter(Boolean).join(" ")} id={id}>
      <img
        src={url}
        alt={alt}
        width={size?.width}
        height={size?.height}
        style={size ? undefined : { aspectRatio: REMOTE_ASPECT, objectFit: "cover", width: "100%" }}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding="async"
      />
      {caption && alt ? <figcaption data-pagefind-ignore>{alt}</figcaption> : null}
    </figure>
  );
}
