import type { Element } from "hast";
import { browserScriptPath } from "@/lib/browser/browser-scripts";
import { getImageSources } from "@/lib/images/picture";
import { Picture } from "./picture";

/** Consecutive photos as a grid, each captioned with its alt text and linking to its full size, without JavaScript. */
export function Gallery({ gallery }: { gallery: Element }) {
  const photos = gallery.children.filter(
    (child): child is Element => child.type === "element" && child.tagName === "img",
  );
  // lib/browser/gallery-viewer.ts opens them larger in a dialog (arrow keys, Escape), on pages with a gallery only.
  return (
    <div className="gallery">
      <ul className="gallery-grid">
        {photos.map((photo, index) => {
          const alt = String(photo.properties.alt ?? "");
          const image = getImageSources(String(photo.properties.src ?? ""), "gallery");
          return (
            <li key={`${index}-${image.src}`}>
              <figure className="gallery-item">
                {image.fullSize ? (
                  <a href={image.fullSize} className="gallery-link">
                    <Picture image={image} alt={alt} className="gallery-image" />
                    <span className="visually-hidden"> (full size)</span>
                  </a>
                ) : (
                  <Picture image={image} alt={alt} className="gallery-image" />
                )}
                {alt ? <figcaption>{alt}</figcaption> : null}
              </figure>
            </li>
          );
        })}
      </ul>
      <script async type="module" src={browserScriptPath("gallery-viewer")} />
    </div>
  );
}
