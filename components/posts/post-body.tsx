import type { Element, Root } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import type { ComponentProps, ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { Gallery } from "../photos/gallery";
import { MediaEmbed } from "../embeds/media-embed";
import { PhotoEmbed } from "../embeds/photo-embed";
import { findPhotosAnchor } from "@/lib/meetups/meetup-posts";

type PostBodyProps = {
  tree: Root;
  /** Load the first image eagerly: it is the largest thing above the fold when there is no hero. */
  eagerFirstImage?: boolean;
};

/** A post's sanitized body: photos as responsive <picture>s, runs of photos as galleries, iframes behind facades. */
export function PostBody({ tree, eagerFirstImage = false }: PostBodyProps) {
  return (
    <div className="prose" id="writeup">
      {renderTree(tree, { eagerFirstImage, photosAnchor: true })}
    </div>
  );
}

/** A sanitized tree of lib/markdown/pipeline.ts (a body, a takeaway) as React elements: how Markdown reaches a page. */
export function renderTree(tree: Root, { eagerFirstImage = false, photosAnchor = false } = {}): ReactNode {
  const firstImage = findPhotosAnchor(tree);
  const components: Partial<Components> = {
    img: ({ node, src = "", alt = "", width, height, ...rest }: ComponentProps<"img"> & { node?: Element }) => {
      if (!("data-standalone" in rest))
        return <img src={String(src)} alt={alt} width={width} height={height} loading="lazy" decoding="async" />;
      const first = node === firstImage;
      // The target of the header's "Photos" link.
      const id = photosAnchor && first ? "photos" : undefined;
      return <PhotoEmbed src={String(src)} alt={alt} priority={eagerFirstImage && first} id={id} />;
    },
    // lib/images/galleries.ts marks runs of photos; nothing else in a body carries data-gallery.
    div: ({ node, children, ...rest }: ComponentProps<"div"> & { node?: Element }) =>
      node && "data-gallery" in rest ? <Gallery gallery={node} /> : <div {...rest}>{children}</div>,
    // Allowed iframes (lib/markdown/pipeline.ts) become click-to-load facades: no third party loads unasked.
    // The only same-site frame lib/markdown/pipeline.ts lets through is a PDF of the site's own: no third party.
    iframe: ({ src, title }: ComponentProps<"iframe">) =>
      /^\/(?!\/)/.test(String(src ?? "")) ? (
        <iframe src={src} title={title} loading="lazy" className="pdf-frame" />
      ) : (
        <MediaEmbed url={String(src ?? "")} title={title || "Embedded content"} embeddable />
      ),
  };
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components, passNode: true });
}

