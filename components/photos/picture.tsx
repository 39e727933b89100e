import type { CSSProperties } from "react";
import type { ImageSources } from "@/lib/images/picture";

type PictureProps = {
  image: ImageSources;
  alt: string;
  className?: string;
  /** Above the fold: load at once and with high priority. */
  priority?: boolean;
  style?: CSSProperties;
};

/** An image as a <picture>: AVIF and WebP sources, then the original format, all sized for the layout. */
export function Picture({ image, alt, className, priority = false, style }: PictureProps) {
  const img = (
    <img
      className={className}
      src={image.src}
      srcSet={image.srcSet}
      sizes={image.sizes}
      alt={alt}
      width={image.width}
      height={image.height}
      style={style}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
    />
  );
  if (image.sources.length === 0) return img;
  return (
    <picture>
      {image.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={image.sizes} />
      ))}
      {img}
    </picture>
  );
}
